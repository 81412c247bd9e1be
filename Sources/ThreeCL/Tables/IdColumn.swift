/// One numeric field of a row table by the rows' `tv_<table>_id`, laid out once at load so that reading the value
/// of a cited row is an array read: no table- or field-name hashing, no row copy.
///
/// A row that is absent, or whose field is not a plain number, is not in the column; `value(_:in:)` then asks the
/// table itself (`MethodTables.row(_:id:)` and `TableRow.number(_:)`), which throws the error naming the table,
/// the row and the field.
public struct IdColumn: Sendable {
    public let table: String
    public let field: String
    private let firstId: Int
    /// The field's value by id − `firstId`; NaN where the column has no number.
    private let values: [Double]

    init(table: String, field: String, rows: [TableRow]) {
        self.table = table
        self.field = field
        var byId: [Int: Double] = [:]
        for r in rows {
            guard let id = r.string("tv_\(table)_id").flatMap({ Int($0) }), let v = r.optionalNumber(field) else { continue }
            // `MethodTables.row(_:id:)` returns the last row of a repeated id.
            byId[id] = v
        }
        let lo = byId.keys.min() ?? 0, hi = byId.keys.max() ?? -1
        // Ids are small and compact in the method's tables; a sparse column falls back to the table.
        guard hi - lo < 100_000 else {
            firstId = 0
            values = []
            return
        }
        var values = [Double](repeating: .nan, count: max(0, hi - lo + 1))
        for (id, v) in byId { values[id - lo] = v }
        self.firstId = lo
        self.values = values
    }

    /// The field's value in the row `id`.
    @inline(__always)
    public func value(_ id: Int, in tables: MethodTables) throws(ThreeCLError) -> Double {
        let i = id &- firstId
        if i >= 0, i < values.count {
            let v = values[i]
            if !v.isNaN { return v }
        }
        return try tables.row(table, id: id).number(field)
    }
}
