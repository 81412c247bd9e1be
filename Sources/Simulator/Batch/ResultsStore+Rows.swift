import BuildingModel
import GRDB

extension ResultsStore {
    /// The columns of the `run` table, in table order, with their GeoPackage types (for copying it).
    public static let runColumns: [GeoPackageColumn] = [
        .init(name: "id", type: .integer), .init(name: "tool_version", type: .text),
        .init(name: "inputs_json", type: .text), .init(name: "options_json", type: .text),
        .init(name: "schema_json", type: .text), .init(name: "plan_fingerprint", type: .text),
        .init(name: "building_count", type: .integer), .init(name: "scenario_count", type: .integer),
        .init(name: "shard", type: .text), .init(name: "started_at", type: .text),
        .init(name: "last_resumed_at", type: .text), .init(name: "finished_at", type: .text),
        .init(name: "sessions", type: .integer),
    ]

    /// The rows of a read-only query as property values (integers `.int`, reals `.double`, texts `.string`).
    /// - Complexity: O(rows × columns); every row is loaded.
    public func propertyRows(sql: String) throws(BatchError) -> [[PropertyValue]] {
        try wrap {
            try dbQueue.read { db in
                try Row.fetchAll(db, sql: sql).map { row in
                    row.databaseValues.map { value -> PropertyValue in
                        switch value.storage {
                        case .null: .null
                        case .int64(let i): .int(Int(i))
                        case .double(let d): .double(d)
                        case .string(let s): .string(s)
                        case .blob(let b): .string("<\(b.count) bytes>")
                        }
                    }
                }
            }
        }
    }

    /// Every results row (all `schema.allColumns`), sorted by building id then scenario id.
    public func sortedResultRows() throws(BatchError) -> [[PropertyValue]] {
        try propertyRows(
            sql: "SELECT \(schema.allColumns.map(\.name).joined(separator: ", ")) FROM results ORDER BY building_id, scenario_id")
    }

    /// The `run` row (columns `runColumns`).
    public func runRow() throws(BatchError) -> [PropertyValue] {
        try propertyRows(sql: "SELECT \(Self.runColumns.map(\.name).joined(separator: ", ")) FROM run WHERE id = 1")
            .first ?? []
    }
}
