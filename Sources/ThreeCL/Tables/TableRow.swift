/// One row of a 3CL table as the method prints it: named fields, every value a string (numbers, enum id lists
/// such as `"3|6"`, bounds such as `"≤ 100"`, or formulas such as `"84+2*log10(Pn)"`).
///
/// The numbers and id lists are parsed once, when the tables are loaded, so that chapters selecting rows by
/// attributes (`matches`, `ids`, `number`) never parse strings on the hot path.
public struct TableRow: Sendable, Hashable {
    /// What a row holds, shared by its copies (a row is copied on every lookup: one reference to retain, not five).
    private final class Storage: Sendable {
        let table: String
        let fields: [String: String]
        /// Fields whose value is a plain number, parsed.
        let numbers: [String: Double]
        /// Fields whose value is an id or a `|`-separated list of ids, parsed.
        let idLists: [String: [Int]]
        /// Fields read as interval bounds ("0,25 <", "≤ 1,00": `TableLookup.boundValue`), parsed.
        let bounds: [String: Double]
        /// §13.2.1 the `critere_pn` of a `generateur_combustion` row, parsed.
        let powerCriterion: PowerCriterion?
        /// The formulas of the row by field (tables whose fields hold them, `formulaTables`), plain numbers
        /// included, compiled.
        let formulasByField: [String: TableFormula]

        init(table: String, fields: [String: String], numbers: [String: Double], idLists: [String: [Int]],
             bounds: [String: Double], powerCriterion: PowerCriterion?, formulasByField: [String: TableFormula]) {
            self.table = table
            self.fields = fields
            self.numbers = numbers
            self.idLists = idLists
            self.bounds = bounds
            self.powerCriterion = powerCriterion
            self.formulasByField = formulasByField
        }
    }

    private let storage: Storage
    public var table: String { storage.table }
    public var fields: [String: String] { storage.fields }

    /// The tables some of whose fields are formulas of Pn.
    static let formulaTables: Set<String> = ["generateur_combustion"]

    public init(table: String, fields: [String: String]) {
        var numbers: [String: Double] = [:]
        var idLists: [String: [Int]] = [:]
        for (k, raw) in fields where !raw.isEmpty {
            if let v = Double(raw.contains(",") ? raw.replacingOccurrences(of: ",", with: ".") : raw) { numbers[k] = v }
            let parts = raw.split(separator: "|")
            let ids = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            if !ids.isEmpty { idLists[k] = ids }
        }
        var formulasByField: [String: TableFormula] = [:]
        if Self.formulaTables.contains(table) {
            for (field, raw) in fields where !raw.isEmpty { formulasByField[field] = TableFormula(text: raw) }
        }
        var bounds: [String: Double] = [:]
        for (k, raw) in fields where !raw.isEmpty { bounds[k] = TableLookup.boundValue(raw) }
        let criterion = table == "generateur_combustion"
            ? fields["critere_pn"].flatMap { $0.isEmpty ? nil : PowerCriterion(text: $0) } : nil
        storage = Storage(table: table, fields: fields, numbers: numbers, idLists: idLists, bounds: bounds,
                          powerCriterion: criterion, formulasByField: formulasByField)
    }

    /// The formula a field of this row holds (a number is one too), compiled at load; nil when the field holds
    /// none or the row's table has no formulas (`formulaTables`).
    func formula(field: String) -> TableFormula? { storage.formulasByField[field] }


    public static func == (l: TableRow, r: TableRow) -> Bool {
        l.storage === r.storage || (l.table == r.table && l.fields == r.fields)
    }
    public func hash(into h: inout Hasher) {
        h.combine(table)
        h.combine(fields)
    }

    /// The raw value of a field, nil when absent or empty.
    public func string(_ field: String) -> String? {
        guard let v = storage.fields[field], !v.isEmpty else { return nil }
        return v
    }

    /// A numeric field (a plain number; "4%" or a formula is not one).
    public func number(_ field: String) throws(ThreeCLError) -> Double {
        guard let v = storage.numbers[field] else {
            throw .corruptTables(reason: "\(table) row \(idDescription): field \(field) = \"\(fields[field] ?? "")\" is not a number")
        }
        return v
    }

    /// A numeric field, nil when it is absent or not a plain number.
    public func optionalNumber(_ field: String) -> Double? { storage.numbers[field] }

    /// §13.2.1 the row's power criterion (`critere_pn`, `generateur_combustion` rows), nil when it has none.
    var powerCriterion: PowerCriterion? { storage.powerCriterion }

    /// A field read as an interval bound (`TableLookup.boundValue`: "≤ 0,50" → 0.5), nil when absent or not one.
    func bound(_ field: String) -> Double? { storage.bounds[field] }

    /// The enum ids a row applies to: `"3|6"` → [3, 6]. Empty when the field is absent or holds no id.
    public func ids(_ field: String) -> [Int] { storage.idLists[field] ?? [] }

    /// Whether the row's enum-id list `field` contains `id`.
    public func matches(_ field: String, _ id: Int) -> Bool { storage.idLists[field]?.contains(id) ?? false }

    /// The row's own id (`tv_<table>_id`) for messages.
    public var idDescription: String { fields["tv_\(table)_id"].map { "#\($0)" } ?? "(no id)" }
}
