import Foundation

/// A formula of the `generateur_combustion` table ("84+2*log10(Pn)", "0.085*Pn*(Pn)^-0.4",
/// "Pn*(E+F*log10(Pn))/100", "4%") compiled once into a tree: numbers, variables, + − × ÷ ^, log10(), parentheses, a
/// trailing % (ignored here: the caller reads it as "of Pn"). The tables compile their rows' formulas when they are
/// loaded (`TableRow.formula(field:)`), so that a dwelling's computation evaluates them without parsing.
///
/// Evaluation does the operations the parser met, in its order (left to right for + − × ÷, right to left for ^),
/// so a compiled formula gives exactly what parsing and computing at once gave.
indirect enum TableFormula: Sendable, Hashable {
    case number(Double)
    case variable(String)
    case negate(TableFormula)
    case log10(TableFormula)
    case add(TableFormula, TableFormula)
    case subtract(TableFormula, TableFormula)
    case multiply(TableFormula, TableFormula)
    case divide(TableFormula, TableFormula)
    case power(TableFormula, TableFormula)

    /// The value with these variables; nil when a variable is missing.
    func evaluate(_ variables: FormulaVariables) -> Double? {
        switch self {
        case .number(let v): return v
        case .variable(let name): return variables[name]
        case .negate(let x): return x.evaluate(variables).map { -$0 }
        case .log10(let x): return x.evaluate(variables).map { Foundation.log10($0) }
        case .add(let a, let b): return Self.both(a, b, variables).map { $0 + $1 }
        case .subtract(let a, let b): return Self.both(a, b, variables).map { $0 - $1 }
        case .multiply(let a, let b): return Self.both(a, b, variables).map { $0 * $1 }
        case .divide(let a, let b): return Self.both(a, b, variables).map { $0 / $1 }
        case .power(let a, let b): return Self.both(a, b, variables).map { pow($0, $1) }
        }
    }

    private static func both(_ a: TableFormula, _ b: TableFormula, _ variables: FormulaVariables) -> (Double, Double)? {
        guard let x = a.evaluate(variables), let y = b.evaluate(variables) else { return nil }
        return (x, y)
    }

    /// The formula of a text; nil when it is not one.
    init?(text: String) {
        var p = FormulaCompiler(text: text)
        guard let f = p.compile() else { return nil }
        self = f
    }
}

/// The recursive-descent compiler of ``TableFormula``.
private struct FormulaCompiler {
    let chars: [Character]
    var i = 0

    init(text: String) {
        chars = Array(text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "%", with: ""))
    }

    mutating func compile() -> TableFormula? {
        guard let f = expression(), i == chars.count else { return nil }
        return f
    }

    mutating func expression() -> TableFormula? {
        guard var v = term() else { return nil }
        while i < chars.count, chars[i] == "+" || chars[i] == "-" {
            let op = chars[i]
            i += 1
            guard let t = term() else { return nil }
            v = op == "+" ? .add(v, t) : .subtract(v, t)
        }
        return v
    }

    mutating func term() -> TableFormula? {
        guard var v = power() else { return nil }
        while i < chars.count, chars[i] == "*" || chars[i] == "/" {
            let op = chars[i]
            i += 1
            guard let t = power() else { return nil }
            v = op == "*" ? .multiply(v, t) : .divide(v, t)
        }
        return v
    }

    mutating func power() -> TableFormula? {
        guard let base = unary() else { return nil }
        if i < chars.count, chars[i] == "^" {
            i += 1
            guard let exponent = power() else { return nil }
            return .power(base, exponent)
        }
        return base
    }

    mutating func unary() -> TableFormula? {
        if i < chars.count, chars[i] == "-" {
            i += 1
            return unary().map { .negate($0) }
        }
        return primary()
    }

    mutating func primary() -> TableFormula? {
        guard i < chars.count else { return nil }
        if chars[i] == "(" {
            i += 1
            let v = expression()
            guard i < chars.count, chars[i] == ")" else { return nil }
            i += 1
            return v
        }
        if chars[i].isNumber || chars[i] == "." {
            var s = ""
            while i < chars.count, chars[i].isNumber || chars[i] == "." {
                s.append(chars[i])
                i += 1
            }
            return Double(s).map { .number($0) }
        }
        var name = ""
        while i < chars.count, chars[i].isLetter || chars[i].isNumber {
            name.append(chars[i])
            i += 1
        }
        if name == "log10" {
            guard i < chars.count, chars[i] == "(" else { return nil }
            return primary().map { .log10($0) }
        }
        // An empty name is no formula (the parser met an operator or a character it does not know).
        return name.isEmpty ? nil : .variable(name)
    }
}

/// The variables the method's formulas use: Pn (nominal power, kW), and E and F (§13.2.1, by flue type). A value
/// type, so that evaluating a formula allocates nothing; a dictionary literal such as `["Pn": 24]` also makes one.
struct FormulaVariables: ExpressibleByDictionaryLiteral {
    var pn: Double?
    var e: Double?
    var f: Double?

    init(pn: Double? = nil, e: Double? = nil, f: Double? = nil) {
        self.pn = pn
        self.e = e
        self.f = f
    }

    init(dictionaryLiteral elements: (String, Double)...) {
        for (name, value) in elements {
            switch name {
            case "Pn": pn = value
            case "E": e = value
            case "F": f = value
            default: break
            }
        }
    }

    /// A variable by the name the formula gives it; nil for a name the method does not use.
    subscript(name: String) -> Double? {
        switch name {
        case "Pn": pn
        case "E": e
        case "F": f
        default: nil
        }
    }
}
