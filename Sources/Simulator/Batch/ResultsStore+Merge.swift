import Foundation
import GRDB

extension ResultsStore {
    /// Merges the finished stores of shards 1/N … N/N of one run into a new store at `path`.
    ///
    /// Refused (with the reason) unless every shard store holds a finished run with the same tool version,
    /// inputs, options, schema and building/scenario lists, shards `1/N` … `N/N` each exactly once. Rows are
    /// copied shard by shard; the exports of the merged store equal those of an unsharded run.
    /// - Complexity: O(total rows).
    public static func merge(shardStores: [String], into path: String) throws(BatchError) -> ResultsStore {
        guard let firstPath = shardStores.first else {
            throw .mergeRefused(path: path, reason: "no shard store given")
        }
        let first = try ResultsStore.open(path: firstPath)
        let reference = try first.storedRun()
        var seenShards: [Int: String] = [:]
        var shardCount: Int?
        for shardPath in shardStores {
            let run = try ResultsStore.open(path: shardPath).storedRun()
            guard let shardText = run.shard, let shard = try? ShardSpec(parsing: shardText) else {
                throw .mergeRefused(path: shardPath, reason: "it is not a shard store (no --shard k/N in its run)")
            }
            guard run.finished else {
                throw .mergeRefused(path: shardPath, reason: "shard \(shard) is not finished: resume it first")
            }
            var differences = run.manifest.differences(fromStored: reference.manifest)
            if run.schema != reference.schema { differences.append("the results columns differ") }
            if run.planFingerprint != reference.planFingerprint {
                differences.append("the building or scenario lists differ")
            }
            guard differences.isEmpty else {
                throw .mergeRefused(
                    path: shardPath, reason: "not the same run as \(firstPath): " + differences.joined(separator: "; "))
            }
            if let n = shardCount, n != shard.count {
                throw .mergeRefused(path: shardPath, reason: "shard \(shard) is not one of \(n) shards")
            }
            shardCount = shard.count
            if let other = seenShards[shard.index] {
                throw .mergeRefused(path: shardPath, reason: "shard \(shard) is also given as \(other)")
            }
            seenShards[shard.index] = shardPath
        }
        let missing = (1...(shardCount ?? 1)).filter { seenShards[$0] == nil }
        guard missing.isEmpty else {
            throw .mergeRefused(
                path: path, reason: "shards \(missing.map { "\($0)/\(shardCount ?? 1)" }) are missing")
        }

        let merged = try ResultsStore(opening: path, schema: first.schema)
        try merged.enterWriteMode()
        let columns = first.schema.allColumns.map(\.name).joined(separator: ", ")
        try merged.wrap {
            try merged.dbQueue.writeWithoutTransaction { db in
                if try db.tableExists("run") { throw BatchError.storeExists(path: path) }
                try db.inTransaction {
                    try merged.createTables(db)
                    try db.execute(
                        sql: """
                            INSERT INTO run (id, tool_version, inputs_json, options_json, schema_json, plan_fingerprint,
                              building_count, scenario_count, shard, started_at, finished_at, sessions)
                            VALUES (1, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1)
                            """,
                        arguments: [
                            reference.manifest.toolVersion,
                            try json(reference.manifest.inputs.sorted { $0.name < $1.name }),
                            try json(reference.manifest.options), try json(reference.schema),
                            reference.planFingerprint, reference.buildingCount, reference.scenarioCount, now(), now(),
                        ])
                    return .commit
                }
                for index in seenShards.keys.sorted() {
                    try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [seenShards[index]!])
                    try db.inTransaction {
                        try db.execute(
                            sql: "INSERT INTO main.results (\(columns)) SELECT \(columns) FROM shard.results ORDER BY fid")
                        // Per-storey rows, when the run has them (same table in every shard of one run).
                        let storeyColumns = try Row.fetchAll(db, sql: "PRAGMA shard.table_info(storeys)")
                            .map { $0["name"] as String }.filter { $0 != "fid" }
                        if !storeyColumns.isEmpty {
                            // `main.` everywhere: unqualified, SQLite would find the shard's own table and write
                            // into the shard file.
                            if try !db.tableExists("storeys", in: "main") {
                                let types = try Row.fetchAll(db, sql: "PRAGMA shard.table_info(storeys)")
                                    .filter { ($0["name"] as String) != "fid" }
                                    .map { "  \($0["name"] as String) \($0["type"] as String)" }
                                try db.execute(sql: "CREATE TABLE main.storeys (\n  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
                                               + types.joined(separator: ",\n") + "\n)")
                            }
                            let list = storeyColumns.joined(separator: ", ")
                            try db.execute(sql: "INSERT INTO main.storeys (\(list)) SELECT \(list) FROM shard.storeys ORDER BY fid")
                        }
                        try db.execute(
                            sql: """
                                INSERT INTO main.failures (building_id, scenario_id, error)
                                SELECT building_id, scenario_id, error FROM shard.failures ORDER BY fid
                                """)
                        return .commit
                    }
                    try db.execute(sql: "DETACH DATABASE shard")
                }
                try? db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
        }
        return merged
    }
}
