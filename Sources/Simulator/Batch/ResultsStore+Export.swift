import BuildingModel
import Foundation
import GRDB

/// Exports of the results table, sorted by building id then scenario id (bytewise, SQLite's BINARY collation),
/// streamed row by row. The bytes depend only on the stored values: identical whatever the thread count, the
/// chunk size, an interruption and resume, or a merge of shards.
///
/// Numbers: integers in decimal; reals as Swift's shortest round-trip form (`12.5`, `1e-05`), so a value read
/// back is the stored double exactly.
extension ResultsStore {
    /// CSV (RFC 4180: comma separator, CRLF-free `\n` line ends, fields quoted when they hold `,` `"` or a line
    /// break), a header of column names, NULL as an empty field.
    /// - Complexity: O(rows × columns).
    public func exportCSV<Out: TextOutputStream>(to out: inout Out) throws(BatchError) {
        let columns = schema.allColumns.map(\.name)
        out.write(columns.map(Self.csvField).joined(separator: ",") + "\n")
        try forEachSortedRow { values in
            out.write(
                values.map { value in
                    switch value.storage {
                    case .null: ""
                    case .string(let s): Self.csvField(s)
                    default: Self.number(value)
                    }
                }.joined(separator: ",") + "\n")
        }
    }

    /// JSON Lines: one object per row with the columns in table order; NULL as `null`.
    /// - Complexity: O(rows × columns).
    public func exportJSONLines<Out: TextOutputStream>(to out: inout Out) throws(BatchError) {
        let keys = schema.allColumns.map { Self.jsonString($0.name) }
        try forEachSortedRow { values in
            var line = "{"
            for (i, value) in values.enumerated() {
                if i > 0 { line += "," }
                line += keys[i] + ":"
                switch value.storage {
                case .null: line += "null"
                case .string(let s): line += Self.jsonString(s)
                default: line += Self.number(value)
                }
            }
            out.write(line + "}\n")
        }
    }

    /// The failures table as CSV (`building_id,scenario_id,error`), sorted by building then scenario.
    public func exportFailuresCSV<Out: TextOutputStream>(to out: inout Out) throws(BatchError) {
        out.write("building_id,scenario_id,error\n")
        for f in try failures() {
            out.write([f.buildingId, f.scenarioId, f.error].map(Self.csvField).joined(separator: ",") + "\n")
        }
    }

    private func forEachSortedRow(_ body: ([DatabaseValue]) -> Void) throws(BatchError) {
        let sql =
            "SELECT \(schema.allColumns.map(\.name).joined(separator: ", ")) FROM results ORDER BY building_id, scenario_id"
        try wrap {
            try dbQueue.read { db in
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() { body(Array(row.databaseValues)) }
            }
        }
    }

    static func number(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .int64(let i): String(i)
        case .double(let d): String(d)
        case .null: ""
        case .string(let s): s
        case .blob(let b): "<\(b.count) bytes>"
        }
    }

    static func csvField(_ s: String) -> String { TextEscaping.csvField(s) }

    /// A JSON string literal (RFC 8259 §7).
    static func jsonString(_ s: String) -> String { TextEscaping.jsonString(s) }
}
