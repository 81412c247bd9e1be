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
    /// - Complexity: O(rows × columns); every row is loaded (`withPropertyRows` streams them).
    public func propertyRows(sql: String) throws(BatchError) -> [[PropertyValue]] {
        try withPropertyRows(sql: sql) { Array($0) }
    }

    /// Calls `body` with the rows of a read-only query as a sequence read through a cursor, one row in memory at
    /// a time; the sequence is valid only inside `body`. A read error ends the sequence and is thrown after.
    public func withPropertyRows<T>(sql: String, _ body: (PropertyRowSequence) throws -> T) throws(BatchError) -> T {
        try wrap {
            try dbQueue.read { db in
                let rows = PropertyRowSequence(cursor: try Row.fetchCursor(db, sql: sql))
                let result = try body(rows)
                if let error = rows.error.value { throw error }
                return result
            }
        }
    }

    /// The columns of the file's `storeys` table after `building_id` and `scenario_id` (empty without one), with
    /// their declared types.
    public func storeyColumnsInFile() throws(BatchError) -> [ResultColumn] {
        try wrap {
            try dbQueue.read { db in
                try Row.fetchAll(db, sql: "PRAGMA table_info(storeys)").compactMap { row -> ResultColumn? in
                    let name: String = row["name"], type: String = row["type"]
                    guard !["fid", "building_id", "scenario_id"].contains(name) else { return nil }
                    return ResultColumn(name, ResultColumnType.allCases.first { $0.sqlType == type } ?? .text)
                }
            }
        }
    }

    /// Every per-storey row (`building_id`, `scenario_id`, then `storeyColumnsInFile`), sorted by building,
    /// scenario and storey, to `body` (see `withPropertyRows`).
    public func withSortedStoreyRows<T>(_ columns: [ResultColumn], _ body: (PropertyRowSequence) throws -> T) throws(BatchError) -> T {
        try withPropertyRows(
            sql: "SELECT building_id, scenario_id\(columns.map { ", " + $0.name }.joined()) FROM storeys "
                + "ORDER BY building_id, scenario_id, storey_index",
            body)
    }

    /// Every results row (all `schema.allColumns`), sorted by building id then scenario id, to `body` (see
    /// `withPropertyRows`).
    public func withSortedResultRows<T>(_ body: (PropertyRowSequence) throws -> T) throws(BatchError) -> T {
        try withPropertyRows(
            sql: "SELECT \(schema.allColumns.map(\.name).joined(separator: ", ")) FROM results ORDER BY building_id, scenario_id",
            body)
    }

    /// The `run` row (columns `runColumns`).
    public func runRow() throws(BatchError) -> [PropertyValue] {
        try propertyRows(sql: "SELECT \(Self.runColumns.map(\.name).joined(separator: ", ")) FROM run WHERE id = 1")
            .first ?? []
    }
}

/// The rows of a query as property values, read one at a time from a GRDB cursor (`ResultsStore.withPropertyRows`).
/// A `Sequence` cannot throw: the first read error ends it and is kept in `error`.
public struct PropertyRowSequence: Sequence, IteratorProtocol {
    let cursor: RowCursor
    let error = ErrorBox()

    final class ErrorBox { var value: (any Error)? }

    public mutating func next() -> [PropertyValue]? {
        guard error.value == nil else { return nil }
        do {
            guard let row = try cursor.next() else { return nil }
            return row.databaseValues.map(Self.value)
        } catch {
            self.error.value = error
            return nil
        }
    }

    static func value(_ value: DatabaseValue) -> PropertyValue {
        switch value.storage {
        case .null: .null
        case .int64(let i): .int(Int(i))
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .blob(let b): .string("<\(b.count) bytes>")
        }
    }
}
