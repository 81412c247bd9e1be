import Foundation

/// §13.2.1 a `generateur_combustion` row's power criterion ("Pn≤70", "70<Pn≤400", "Pn>400", Pn in kW), parsed once
/// with its row (`TableRow.powerCriterion`), so that selecting a boiler's row by its power parses no text.
/// A text that is not such a criterion holds for no power.
struct PowerCriterion: Sendable {
    private let parsed: Bool
    private let lower: (value: Double, strict: Bool)?
    private let upper: (op: Character, value: Double)?

    init(text: String) {
        if let (lower, upper) = Self.parse(text) {
            parsed = true
            self.lower = lower
            self.upper = upper
        } else {
            parsed = false
            lower = nil
            upper = nil
        }
    }

    /// The bounds of a criterion text; nil when the text is not one.
    private static func parse(
        _ text: String
    ) -> (lower: (value: Double, strict: Bool)?, upper: (op: Character, value: Double)?)? {
        let parts = text.replacingOccurrences(of: " ", with: "").components(separatedBy: "Pn")
        guard parts.count == 2 else { return nil }
        let left = parts[0], right = parts[1]
        var lower: (value: Double, strict: Bool)?
        var upper: (op: Character, value: Double)?
        if !left.isEmpty {
            let strict = left.hasSuffix("<")
            guard let v = Double(left.trimmingCharacters(in: CharacterSet(charactersIn: "<≤="))) else { return nil }
            lower = (v, strict)
        }
        if let op = right.first {
            guard let v = Double(right.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: "="))),
                  ["≤", "<", ">", "≥"].contains(op) else { return nil }
            upper = (op, v)
        }
        return (lower, upper)
    }

    /// Whether the criterion holds for a nominal power `pn`, kW.
    func holds(for pn: Double) -> Bool {
        guard parsed else { return false }
        if let (v, strict) = lower, strict ? !(v < pn) : !(v <= pn) { return false }
        if let (op, v) = upper {
            switch op {
            case "≤": return pn <= v
            case "<": return pn < v
            case ">": return pn > v
            default: return pn >= v
            }
        }
        return true
    }
}
