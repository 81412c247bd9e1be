/// Errors in a measures catalogue or a scenario-set file. Each says where (file:line), which entry and field,
/// the bad value and what was expected.
public enum RetrofitInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in a file: path and 1-based line (0 when unknown).
    public struct Location: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public init(file: String, line: Int) { self.file = file; self.line = line }
        public var description: String { line > 0 ? "\(file):\(line)" : file }
    }

    case unreadable(file: String, reason: String)
    case yamlSyntax(Location, reason: String)
    case missingField(Location, entry: String, field: String)
    case wrongType(Location, entry: String, field: String, value: String, expected: String)
    case unknownValue(Location, entry: String, field: String, value: String, allowed: [String])
    case duplicateID(Location, id: String, firstLine: Int)
    case unknownMeasure(Location, entry: String, measureID: String, suggestion: String?)
    /// A measure `kind` outside the heritage vocabulary (`MeasureKind`, listed in docs/heritage-rules.md).
    case unknownMeasureKind(Location, entry: String, value: String, suggestion: String?)
    case negativeCost(Location, measureID: String, field: String, value: Double)
    case impossibleValue(Location, measureID: String, field: String, value: Double, expected: String)
    case cyclicSubstitution(Location, chain: [String])
    case unsupportedSchema(Location, found: String, expected: String)

    public var location: Location? {
        switch self {
        case .unreadable: nil
        case .yamlSyntax(let l, _), .missingField(let l, _, _), .wrongType(let l, _, _, _, _),
             .unknownValue(let l, _, _, _, _), .duplicateID(let l, _, _), .unknownMeasure(let l, _, _, _),
             .unknownMeasureKind(let l, _, _, _),
             .negativeCost(let l, _, _, _), .impossibleValue(let l, _, _, _, _), .cyclicSubstitution(let l, _),
             .unsupportedSchema(let l, _, _): l
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let f, let r): "\(f): cannot read: \(r)"
        case .yamlSyntax(let l, let r): "\(l): YAML syntax error: \(r)"
        case .missingField(let l, let e, let f): "\(l): \(e): missing field \"\(f)\""
        case .wrongType(let l, let e, let f, let v, let x): "\(l): \(e): field \"\(f)\": \"\(v)\" is not \(x)"
        case .unknownValue(let l, let e, let f, let v, let a):
            "\(l): \(e): field \"\(f)\": unknown value \"\(v)\"; expected one of \(a.joined(separator: ", "))"
        case .duplicateID(let l, let id, let first): "\(l): id \"\(id)\" already defined at line \(first)"
        case .unknownMeasure(let l, let e, let m, let s):
            "\(l): \(e): unknown measure \"\(m)\"" + (s.map { "; did you mean \"\($0)\"?" } ?? "")
        case .unknownMeasureKind(let l, let e, let v, let s):
            "\(l): \(e): field \"kind\": unknown measure kind \"\(v)\""
                + (s.map { "; did you mean \"\($0)\"?" } ?? "")
                + " (the kinds of the heritage rules are listed in docs/heritage-rules.md)"
        case .negativeCost(let l, let m, let f, let v):
            "\(l): measure \"\(m)\": field \"\(f)\": \(v) is negative; expected a cost ≥ 0 €"
        case .impossibleValue(let l, let m, let f, let v, let x):
            "\(l): measure \"\(m)\": field \"\(f)\": \(v) is impossible; expected \(x)"
        case .cyclicSubstitution(let l, let c):
            "\(l): cyclic substitution: \(c.joined(separator: " → "))"
        case .unsupportedSchema(let l, let f, let x): "\(l): schema \"\(f)\" is not supported; expected \"\(x)\""
        }
    }
}
