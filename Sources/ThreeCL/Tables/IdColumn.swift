/// One numeric field of a row table by the rows' `tv_<table>_id`, laid out once at load so that reading the value
/// of a cited row is an array read: no table- or field-name hashing, no row copy.
///
/// A row that is absent, or whose field is not a plain number, is not in the column; `value(_:in:)` then asks the
/// table itself (`MethodTables.row(_:id:)` and `TableRow.number(_:)`), which throws the error naming the table,
/// the row and the field.
public struct IdColumn: Sendable {
    public let table: String
    public let field: String
    private let values: IdIndexed<Double>

    /// - Parameter rows: the table's rows by id, as `MethodTables.row(_:id:)` reads them.
    init(table: String, field: String, rows: IdIndexed<TableRow>) {
        self.table = table
        self.field = field
        values = rows.compactMapValues { $0.optionalNumber(field) }
    }

    /// The field's value in the row `id`.
    @inline(__always)
    public func value(_ id: Int, in tables: MethodTables) throws(ThreeCLError) -> Double {
        if let v = values[id] { return v }
        return try tables.row(table, id: id).number(field)
    }
}
