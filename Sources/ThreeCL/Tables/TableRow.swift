/// One row of a 3CL table as the method prints it: named fields, every value a string (numbers, enum id lists
/// such as `"3|6"`, bounds such as `"≤ 100"`, or formulas such as `"84+2*log10(Pn)"`).
///
/// Rows are resolved once per dwelling (by the `tv_*_id` a DPE cites, or by matching enum ids); chapters parse the
/// few fields they need with `number(_:)` and `ids(_:)`.
public struct TableRow: Sendable, Hashable {
    public let table: String
    public let fields: [String: String]

    public init(table: String, fields: [String: String]) {
        self.table = table
        self.fields = fields
    }

    /// The raw value of a field, nil when absent or empty.
    public func string(_ field: String) -> String? {
        guard let v = fields[field], !v.isEmpty else { return nil }
        return v
    }

    /// A numeric field ("0.39", "4%" as 0.04 is NOT done here: see `percent(_:)`).
    public func number(_ field: String) throws(ThreeCLError) -> Double {
        guard let raw = string(field), let v = Double(raw.replacingOccurrences(of: ",", with: ".")) else {
            throw .corruptTables(reason: "\(table) row \(idDescription): field \(field) = \"\(fields[field] ?? "")\" is not a number")
        }
        return v
    }

    /// A numeric field, nil when it is absent or not a plain number.
    public func optionalNumber(_ field: String) -> Double? {
        guard let raw = string(field) else { return nil }
        return Double(raw.replacingOccurrences(of: ",", with: "."))
    }

    /// The enum ids a row applies to: `"3|6"` → [3, 6]. Empty when the field is absent.
    public func ids(_ field: String) -> [Int] {
        guard let raw = string(field) else { return [] }
        return raw.split(separator: "|").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Whether the row's enum-id list `field` contains `id`.
    public func matches(_ field: String, _ id: Int) -> Bool { ids(field).contains(id) }

    /// The row's own id (`tv_<table>_id`) for messages.
    public var idDescription: String { fields["tv_\(table)_id"].map { "#\($0)" } ?? "(no id)" }
}
