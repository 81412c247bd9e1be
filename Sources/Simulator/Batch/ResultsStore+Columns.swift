import BuildingModel
import GRDB

extension ResultsStore {
    /// The stored values of one column of the results table, by building id then scenario id (NULLs left out).
    /// Integers come back as `.int`, reals as `.double`, texts as `.string`.
    /// - Throws: `BatchError.invalidSchema` when the run has no such column.
    /// - Complexity: O(rows).
    public func values(of column: String) throws(BatchError) -> [String: [String: PropertyValue]] {
        guard let declared = schema.allColumns.first(where: { $0.name == column }) else {
            throw .invalidSchema("the results table of \(path) has no column \"\(column)\"")
        }
        return try wrap {
            try dbQueue.read { db in
                var out: [String: [String: PropertyValue]] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT building_id, scenario_id, \(column) FROM results")
                while let row = try rows.next() {
                    let value: PropertyValue?
                    switch declared.type {
                    case .integer: value = (row[2] as Int?).map { .int($0) }
                    case .real: value = (row[2] as Double?).map { .double($0) }
                    case .text: value = (row[2] as String?).map { .string($0) }
                    }
                    if let value { out[row[0], default: [:]][row[1]] = value }
                }
                return out
            }
        }
    }
}
