import BuildingModel
import Foundation
import GRDB

/// The SQLite file a batch writes (through GRDB), resumable and mergeable across shards.
///
/// Tables (plain SQL types, so the file can be copied into a GeoPackage as attribute tables):
/// - `run` — one row: tool version, inputs' content hashes (JSON), result-affecting options (JSON), results
///   schema (JSON), plan fingerprint and size, shard, start / last resume / end timestamps (ISO 8601 UTC),
///   number of sessions.
/// - `results` — one row per evaluated pair, `UNIQUE(building_id, scenario_id)`; columns
///   `ResultSchema.allColumns` after an `fid` primary key.
/// - `failures` — one row per pair that threw, `UNIQUE(building_id, scenario_id)`, with the error text.
///
/// Durability: while a run writes, the file is in WAL mode with `synchronous = NORMAL`. A chunk's transaction
/// is atomic: after SIGKILL every committed chunk is there and no partial one; after a power loss the last
/// few committed chunks may be lost (never corrupted), and `--resume` simply runs them again. This avoids one
/// fsync per chunk: 3 400 vs 16 900 pairs/s with a trivial evaluator and 64-pair chunks (debug build, this
/// machine). When a session ends with every pair done, the file is switched back to the rollback journal, so
/// a finished store is one self-contained file (GIS tools open it read-only without `-wal`/`-shm` files).
public final class ResultsStore: Sendable {
    public let path: String
    public let schema: ResultSchema
    let dbQueue: DatabaseQueue

    private init(path: String, schema: ResultSchema, dbQueue: DatabaseQueue) {
        self.path = path
        self.schema = schema
        self.dbQueue = dbQueue
    }

    // MARK: Opening

    /// Creates the tables of a new run.
    /// - Throws: `BatchError.storeExists` when the file already holds a run.
    public static func create(
        path: String, manifest: RunManifest, schema: ResultSchema, plan: BatchPlan
    ) throws(BatchError) -> ResultsStore {
        let store = try ResultsStore(opening: path, schema: schema)
        try store.wrap {
            if try store.dbQueue.read({ db in try db.tableExists("run") }) { throw BatchError.storeExists(path: path) }
        }
        try store.enterWriteMode()
        try store.wrap {
            try store.dbQueue.write { db in
                if try db.tableExists("run") { throw BatchError.storeExists(path: path) }
                try store.createTables(db)
                try db.execute(
                    sql: """
                        INSERT INTO run (id, tool_version, inputs_json, options_json, schema_json, plan_fingerprint,
                          building_count, scenario_count, shard, started_at, sessions)
                        VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                        """,
                    arguments: [
                        manifest.toolVersion, try Self.json(manifest.inputs.sorted { $0.name < $1.name }),
                        try Self.json(manifest.options), try Self.json(schema.columns), plan.idsFingerprint,
                        plan.buildingIds.count, plan.scenarioIds.count, plan.shard?.description, Self.now(),
                    ])
            }
        }
        return store
    }

    /// Opens an interrupted (or finished) run to continue it.
    /// - Throws: `BatchError.nothingToResume` without a run; `BatchError.resumeRefused` listing every
    ///   difference when the tool version, an input's hash, an option, the schema, the building or scenario
    ///   lists or the shard differ from the stored run.
    public static func resume(
        path: String, manifest: RunManifest, schema: ResultSchema, plan: BatchPlan
    ) throws(BatchError) -> ResultsStore {
        guard FileManager.default.fileExists(atPath: path) else { throw .nothingToResume(path: path) }
        let store = try ResultsStore(opening: path, schema: schema)
        let stored = try store.storedRun()
        var differences = manifest.differences(fromStored: stored.manifest)
        if stored.schema != schema.columns {
            differences.append(
                "the results columns differ (\(schema.columns.map(\.name)) now, \(stored.schema.map(\.name)) in the run)")
        }
        if stored.planFingerprint != plan.idsFingerprint {
            differences.append(
                "the building or scenario list differs (\(plan.buildingIds.count) buildings × \(plan.scenarioIds.count) "
                    + "scenarios now, \(stored.buildingCount) × \(stored.scenarioCount) in the run, or same counts with other ids)")
        }
        if stored.shard != plan.shard?.description {
            differences.append("the shard is \(plan.shard?.description ?? "none"), the run has \(stored.shard ?? "none")")
        }
        guard differences.isEmpty else { throw .resumeRefused(path: path, differences: differences) }
        try store.enterWriteMode()
        try store.wrap {
            try store.dbQueue.write { db in
                try db.execute(
                    sql: "UPDATE run SET last_resumed_at = ?, finished_at = NULL, sessions = sessions + 1 WHERE id = 1",
                    arguments: [Self.now()])
            }
        }
        return store
    }

    /// Opens a store to read its results; the schema is the stored one.
    public static func open(path: String) throws(BatchError) -> ResultsStore {
        guard FileManager.default.fileExists(atPath: path) else { throw .nothingToResume(path: path) }
        let probe = try ResultsStore(opening: path, schema: ResultSchema.empty)
        let stored = try probe.storedRun()
        let schema = try ResultSchema(columns: stored.schema)
        return ResultsStore(path: path, schema: schema, dbQueue: probe.dbQueue)
    }

    /// Whether the file at `path` holds a run (false for a missing file, or a store whose creation was cut
    /// short — by a full disk or a kill — before its `run` row was written: nothing in it can be resumed).
    public static func holdsRun(path: String) -> Bool {
        do {
            _ = try open(path: path)
            return true
        } catch {
            if case .nothingToResume = error { return false }
            return true  // another problem: the caller's next step reports it
        }
    }

    convenience init(opening path: String, schema: ResultSchema) throws(BatchError) {
        var config = Configuration()
        config.label = "ResultsStore"
        // Someone reading the file during a run (a planner's GIS, `renovate rank`) briefly holds a shared lock:
        // wait for it instead of failing the chunk's commit.
        config.busyMode = .timeout(30)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
        } catch {
            throw Self.failure(error, path: path)
        }
        self.init(path: path, schema: schema, dbQueue: queue)
    }

    /// Switches to WAL with `synchronous = NORMAL` for a writing session (see the type's documentation).
    /// Not done when only reading: WAL mode persists in the file.
    func enterWriteMode() throws(BatchError) {
        try wrap {
            try dbQueue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
            }
        }
    }

    func createTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE run (
                  id INTEGER PRIMARY KEY CHECK (id = 1),
                  tool_version TEXT NOT NULL,
                  inputs_json TEXT NOT NULL,
                  options_json TEXT NOT NULL,
                  schema_json TEXT NOT NULL,
                  plan_fingerprint TEXT NOT NULL,
                  building_count INTEGER NOT NULL,
                  scenario_count INTEGER NOT NULL,
                  shard TEXT,
                  started_at TEXT NOT NULL,
                  last_resumed_at TEXT,
                  finished_at TEXT,
                  sessions INTEGER NOT NULL
                );
                CREATE TABLE failures (
                  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                  building_id TEXT NOT NULL,
                  scenario_id TEXT NOT NULL,
                  error TEXT NOT NULL,
                  UNIQUE (building_id, scenario_id)
                );
                """)
        // The fixed columns are NOT NULL (except the ban years: nil for classes A–D) and the enumerated texts
        // are checked, so a bad row cannot enter the table whatever writes it.
        let classes = DPEClass.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let heritage = RankableOutcome.HeritageStatus.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let nullable: Set<String> = ["rental_ban_year_before", "rental_ban_year_after"]
        let fixed = Set(ResultSchema.fixedColumns.map(\.name))
        let columns = schema.allColumns.map { column in
            var sql = "  \(column.name) \(column.type.sqlType)"
            if fixed.contains(column.name) && !nullable.contains(column.name) { sql += " NOT NULL" }
            if column.name.hasPrefix("class_") { sql += " CHECK (\(column.name) IN (\(classes)))" }
            if column.name == "heritage" { sql += " CHECK (heritage IN (\(heritage)))" }
            return sql
        }
        try db.execute(
            sql: "CREATE TABLE results (\n  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
                + columns.joined(separator: ",\n") + ",\n  UNIQUE (building_id, scenario_id)\n)")
        if !schema.storeyColumns.isEmpty {
            try db.execute(
                sql: "CREATE TABLE storeys (\n  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
                    + "  building_id TEXT NOT NULL,\n  scenario_id TEXT NOT NULL,\n"
                    + schema.storeyColumns.map { "  \($0.name) \($0.type.sqlType)" }.joined(separator: ",\n") + "\n)")
        }
    }

    // MARK: The stored run

    struct StoredRun {
        var manifest: RunManifest
        var schema: [ResultColumn]
        var planFingerprint: String
        var buildingCount: Int
        var scenarioCount: Int
        var shard: String?
        var finished: Bool
    }

    func storedRun() throws(BatchError) -> StoredRun {
        let path = path
        return try wrap {
            try dbQueue.read { db in
                guard try db.tableExists("run"), let row = try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = 1")
                else { throw BatchError.nothingToResume(path: path) }
                let decoder = JSONDecoder()
                func decode<T: Decodable>(_ type: T.Type, _ column: String) throws -> T {
                    let text: String = row[column]
                    do {
                        return try decoder.decode(T.self, from: Data(text.utf8))
                    } catch {
                        throw BatchError.store(path: path, message: "run.\(column) is not valid JSON: \(text)")
                    }
                }
                return StoredRun(
                    manifest: RunManifest(
                        toolVersion: row["tool_version"], inputs: try decode([InputFingerprint].self, "inputs_json"),
                        options: try decode([String: String].self, "options_json")),
                    schema: try decode([ResultColumn].self, "schema_json"),
                    planFingerprint: row["plan_fingerprint"], buildingCount: row["building_count"],
                    scenarioCount: row["scenario_count"], shard: row["shard"],
                    finished: (row["finished_at"] as String?) != nil)
            }
        }
    }

    /// What the `run` table says about the run (for reports).
    public func runInfo() throws(BatchError) -> RunInfo {
        let stored = try storedRun()
        let times = try textRowsRaw(sql: "SELECT started_at, last_resumed_at, finished_at, sessions FROM run")
        return RunInfo(
            manifest: stored.manifest, schema: schema, shard: stored.shard, buildingCount: stored.buildingCount,
            scenarioCount: stored.scenarioCount, startedAt: times[0] ?? "", lastResumedAt: times[1],
            finishedAt: times[2], sessions: Int(times[3] ?? "") ?? 0)
    }

    private func textRowsRaw(sql: String) throws(BatchError) -> [String?] {
        try wrap {
            try dbQueue.read { db in
                guard let row = try Row.fetchOne(db, sql: sql) else { return [] }
                return row.databaseValues.map { value -> String? in
                    switch value.storage {
                    case .null: nil
                    case .string(let s): s
                    default: Self.number(value)
                    }
                }
            }
        }
    }

    // MARK: Writing (used by BatchRunner)

    /// Calls `body` for each (building id, scenario id, is a failure) already stored.
    func forEachStoredPair(_ body: (String, String, Bool) -> Void) throws(BatchError) {
        try wrap {
            try dbQueue.read { db in
                for (table, failed) in [("results", false), ("failures", true)] {
                    let rows = try Row.fetchCursor(db, sql: "SELECT building_id, scenario_id FROM \(table)")
                    while let row = try rows.next() { body(row[0], row[1], failed) }
                }
            }
        }
    }

    /// Writes one chunk in one transaction. With `replacingFailures`, a stored failure of the same pair is
    /// deleted first (a retried pair).
    func commit(_ chunk: [PairResult], replacingFailures: Bool) throws(BatchError) {
        let insertResult =
            "INSERT INTO results (\(schema.allColumns.map(\.name).joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: schema.allColumns.count).joined(separator: ", ") + ")"
        let insertStorey =
            "INSERT INTO storeys (building_id, scenario_id\(schema.storeyColumns.map { ", " + $0.name }.joined())) VALUES (?, ?"
            + String(repeating: ", ?", count: schema.storeyColumns.count) + ")"
        try wrap {
            try dbQueue.write { db in
                for result in chunk {
                    let key: (String, String)
                    switch result {
                    case .success(let r): key = (r.buildingId, r.scenarioId)
                    case .failure(let f): key = (f.buildingId, f.scenarioId)
                    }
                    if replacingFailures {
                        try db.cachedStatement(sql: "DELETE FROM failures WHERE building_id = ? AND scenario_id = ?")
                            .execute(arguments: [key.0, key.1])
                    }
                    switch result {
                    case .success(let record):
                        try db.cachedStatement(sql: insertResult)
                            .execute(arguments: StatementArguments(Self.databaseValues(of: record)))
                        for storey in record.storeys {
                            try db.cachedStatement(sql: insertStorey).execute(
                                arguments: StatementArguments([record.buildingId.databaseValue, record.scenarioId.databaseValue]
                                                              + storey.map(Self.databaseValue)))
                        }
                    case .failure(let failure):
                        try db.cachedStatement(
                            sql: "INSERT INTO failures (building_id, scenario_id, error) VALUES (?, ?, ?)"
                        ).execute(arguments: [failure.buildingId, failure.scenarioId, failure.error])
                    }
                }
            }
        }
    }

    /// Records the end of a session that left no pair pending, and leaves WAL mode (best effort: if another
    /// connection holds the file, it stays in WAL mode, which SQLite readers handle too).
    func markFinished() throws(BatchError) {
        try wrap {
            try dbQueue.write { db in
                try db.execute(sql: "UPDATE run SET finished_at = ? WHERE id = 1", arguments: [Self.now()])
            }
            try? dbQueue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        }
    }

    static func databaseValues(of record: ResultRecord) -> [DatabaseValue] {
        let o = record.outcome
        var values: [DatabaseValue] = [
            o.buildingId.databaseValue, o.scenarioId.databaseValue, o.dwellings.databaseValue,
            o.capexEUR.databaseValue, o.npvEUR.databaseValue, o.primaryEnergyBeforeKWhPerM2.databaseValue,
            o.primaryEnergyAfterKWhPerM2.databaseValue, o.primaryEnergySavedKWhPerYear.databaseValue,
            o.co2AvoidedKgPerYear.databaseValue, o.classBefore.rawValue.databaseValue,
            o.classAfter.rawValue.databaseValue, o.classBefore.rentalBanYear.databaseValue,
            o.classAfter.rentalBanYear.databaseValue, o.overheatingHours.databaseValue,
            o.heritage.rawValue.databaseValue, o.application.rawValue.databaseValue, o.plannedMeasures.databaseValue,
        ]
        assert(values.count == ResultSchema.fixedColumns.count)
        values += record.values.map(databaseValue)
        return values
    }

    /// A checked value as SQLite stores it (booleans as 0/1).
    static func databaseValue(_ value: PropertyValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .bool(let b): (b ? 1 : 0).databaseValue
        case .int(let i): i.databaseValue
        case .double(let d): d.databaseValue
        case .string(let s): s.databaseValue
        }
    }

    // MARK: Reading

    /// Number of rows in the results table.
    public func resultCount() throws(BatchError) -> Int {
        try wrap { try dbQueue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM results") ?? 0 } }
    }

    /// The failures, sorted by building id then scenario id.
    public func failures() throws(BatchError) -> [BatchFailure] {
        try wrap {
            try dbQueue.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT building_id, scenario_id, error FROM failures ORDER BY building_id, scenario_id"
                ).map { BatchFailure(buildingId: $0[0], scenarioId: $0[1], error: $0[2]) }
            }
        }
    }

    /// The ranking fields of every result, sorted by building id then scenario id.
    /// - Complexity: O(rows) memory: every outcome is loaded; `forEachBuilding` streams them.
    public func outcomes() throws(BatchError) -> [RankableOutcome] {
        var all: [RankableOutcome] = []
        try forEachBuilding { all += $0 }
        return all
    }

    /// Calls `body` with the outcomes of each building in turn (sorted by building id, then scenario id), read
    /// through a cursor: memory holds one building's outcomes, whatever the number of pairs.
    public func forEachBuilding(_ body: ([RankableOutcome]) throws -> Void) throws(BatchError) {
        let path = path
        let fixed = ResultSchema.fixedColumns.map(\.name).joined(separator: ", ")
        try wrap {
            try dbQueue.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT \(fixed) FROM results ORDER BY building_id, scenario_id")
                var group: [RankableOutcome] = []
                while let row = try rows.next() {
                    let o = try Self.outcome(row, path: path)
                    if let last = group.last, last.buildingId != o.buildingId {
                        try body(group)
                        group.removeAll(keepingCapacity: true)
                    }
                    group.append(o)
                }
                if !group.isEmpty { try body(group) }
            }
        }
    }

    /// One results row's ranking fields, read with typed reads that throw: an edited file with NULL or text in a
    /// numeric column is named, not a trap.
    static func outcome(_ row: Row, path: String) throws -> RankableOutcome {
        func bad(_ column: String, _ expected: String) -> BatchError {
            let v: DatabaseValue = row[column]
            let building = String.fromDatabaseValue(row["building_id"] as DatabaseValue) ?? "?"
            return BatchError.store(path: path, message: "results.\(column) of building \"\(building)\": "
                                    + "\(v.isNull ? "NULL" : "\(v)") is not \(expected)")
        }
        func text(_ column: String) throws -> String {
            guard let s = String.fromDatabaseValue(row[column] as DatabaseValue) else { throw bad(column, "text") }
            return s
        }
        func real(_ column: String) throws -> Double {
            let v: DatabaseValue = row[column]
            guard case .double = v.storage, let d = Double.fromDatabaseValue(v), d.isFinite else {
                if case .int64(let i) = v.storage { return Double(i) }
                throw bad(column, "a number")
            }
            return d
        }
        func integer(_ column: String) throws -> Int {
            guard case .int64(let i) = (row[column] as DatabaseValue).storage, let n = Int(exactly: i) else {
                throw bad(column, "an integer")
            }
            return n
        }
        func parse<T: RawRepresentable<String>>(_ column: String) throws -> T {
            let text = try text(column)
            guard let value = T(rawValue: text) else {
                throw BatchError.store(path: path, message: "results.\(column): unknown value \"\(text)\"")
            }
            return value
        }
        return RankableOutcome(
            buildingId: try text("building_id"), scenarioId: try text("scenario_id"),
            dwellings: try integer("dwellings"), capexEUR: try real("capex_eur"), npvEUR: try real("npv_eur"),
            primaryEnergyBeforeKWhPerM2: try real("primary_energy_before_kwh_per_m2"),
            primaryEnergyAfterKWhPerM2: try real("primary_energy_after_kwh_per_m2"),
            primaryEnergySavedKWhPerYear: try real("primary_energy_saved_kwh_per_year"),
            co2AvoidedKgPerYear: try real("co2_avoided_kg_per_year"), classBefore: try parse("class_before"),
            classAfter: try parse("class_after"), overheatingHours: try real("overheating_hours"),
            heritage: try parse("heritage"), application: try parse("application"),
            plannedMeasures: try integer("planned_measures"))
    }

    // MARK: Helpers

    /// Rows of a read-only query, each as its values' descriptions joined by tabs (for tests and debugging).
    func textRows(sql: String) throws(BatchError) -> [String] {
        try wrap {
            try dbQueue.read { db in
                try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map { "\($0)" }.joined(separator: "\t") }
            }
        }
    }

    /// Runs GRDB work, turning its errors into `BatchError.store` (a `BatchError` thrown inside passes through).
    func wrap<T>(_ body: () throws -> T) throws(BatchError) -> T {
        do {
            return try body()
        } catch let error as BatchError {
            throw error
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// A GRDB error as a `BatchError`: `.diskFull` when the disk had no room, else `.store` with the message.
    static func failure(_ error: any Error, path: String) -> BatchError {
        guard DiskSpace.isFull(error) else { return .store(path: path, message: String(describing: error)) }
        return .diskFull(path: path, storeBytes: DiskSpace.size(of: path) + DiskSpace.size(of: path + "-wal"),
                         freeBytes: DiskSpace.freeBytes(near: path))
    }

    /// The room the rest of a run of `plan` and its final GeoPackage need, from the store's size per stored
    /// pair (nil before the first chunk): the remaining pairs at that rate, plus the GeoPackage (about the size
    /// of a finished store), plus a tenth for SQLite's journal.
    public func bytesNeededToFinish(plan: BatchPlan) -> Int64? {
        guard let stored = try? resultCount() + failures().count, stored > 0 else { return nil }
        let bytes = DiskSpace.size(of: path) + DiskSpace.size(of: path + "-wal")
        let perPair = Double(bytes) / Double(stored)
        let remaining = Double(max(plan.pairCount - stored, 0))
        return Int64((perPair * (remaining + Double(plan.pairCount)) * 1.1).rounded(.up))
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }
}

extension ResultSchema {
    /// A schema without evaluator columns.
    static let empty = try! ResultSchema(columns: [])
}
