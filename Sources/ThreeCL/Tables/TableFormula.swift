import Foundation

/// A small parser for the formulas of the `generateur_combustion` table ("84+2*log10(Pn)", "0.085*Pn*(Pn)^-0.4",
/// "Pn*(E+F*log10(Pn))/100", "4%"): numbers, variables, + − × ÷ ^, log10(), parentheses, a trailing %.
struct FormulaParser {
    let chars: [Character]
    var i = 0
    let variables: [String: Double]

    init(text: String, variables: [String: Double]) {
        chars = Array(text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "%", with: ""))
        self.variables = variables
    }

    mutating func parse() -> Double? {
        guard let v = expression(), i == chars.count else { return nil }
        return v
    }

    mutating func expression() -> Double? {
        guard var v = term() else { return nil }
        while i < chars.count, chars[i] == "+" || chars[i] == "-" {
            let op = chars[i]
            i += 1
            guard let t = term() else { return nil }
            v = op == "+" ? v + t : v - t
        }
        return v
    }

    mutating func term() -> Double? {
        guard var v = power() else { return nil }
        while i < chars.count, chars[i] == "*" || chars[i] == "/" {
            let op = chars[i]
            i += 1
            guard let t = power() else { return nil }
            v = op == "*" ? v * t : v / t
        }
        return v
    }

    mutating func power() -> Double? {
        guard let base = unary() else { return nil }
        if i < chars.count, chars[i] == "^" {
            i += 1
            guard let exponent = power() else { return nil }
            return pow(base, exponent)
        }
        return base
    }

    mutating func unary() -> Double? {
        if i < chars.count, chars[i] == "-" {
            i += 1
            return unary().map { -$0 }
        }
        return primary()
    }

    mutating func primary() -> Double? {
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
            return Double(s)
        }
        var name = ""
        while i < chars.count, chars[i].isLetter || chars[i].isNumber {
            name.append(chars[i])
            i += 1
        }
        if name == "log10" {
            guard i < chars.count, chars[i] == "(" else { return nil }
            return primary().map { log10($0) }
        }
        return variables[name]
    }
}
