import Foundation
import GRDB
import Testing
import TestSupport

/// The `storeys` table of a results file: one row per storey of every pair, consistent with the pair's worst
/// storey, and the same whether the run is sharded and merged or not.
@Suite struct StoreysTableTests {
    @Test func everyStoreyOfEveryPairIsStoredAndMergesLikeTheResults() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 12)
        let whole = dir.appendingPathComponent("whole.gpkg")
        let run = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: whole))
        #expect(run.status == 0, "\(run.stderr)")

        let storeysOf = try DatabaseQueue(path: stock.path).read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, storeys FROM buildings").map {
                ($0["id"] as String, $0["storeys"] as Int)
            })
        }
        try DatabaseQueue(path: whole.path).read { db in
            let pairs = try Row.fetchAll(db, sql: "SELECT building_id, scenario_id, worst_overheating_hours FROM results")
            #expect(pairs.count == 48)
            for pair in pairs {
                let building: String = pair["building_id"], scenario: String = pair["scenario_id"]
                let rows = try Row.fetchAll(
                    db, sql: "SELECT storey_index, overheating_hours FROM storeys WHERE building_id = ? AND scenario_id = ? ORDER BY storey_index",
                    arguments: [building, scenario])
                #expect(rows.map { $0["storey_index"] as Int } == Array(0..<(storeysOf[building] ?? -1)), "\(building) \(scenario)")
                if let worst = pair["worst_overheating_hours"] as Int? {
                    #expect(rows.contains { ($0["overheating_hours"] as Int?) == worst }, "\(building) \(scenario): worst storey not among the storeys")
                }
            }
            let described = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM gpkg_data_columns WHERE table_name = 'storeys'") ?? 0
            #expect(described == 2 + (try Row.fetchAll(db, sql: "PRAGMA table_info(storeys)").count - 3))
        }

        // Two shards merged: the same storeys, byte for byte in the export.
        let shards = dir.appendingPathComponent("shards")
        try FileManager.default.createDirectory(at: shards, withIntermediateDirectories: true)
        for k in 1...2 {
            let out = shards.appendingPathComponent("shard-\(k)-of-2.gpkg")
            let r = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out) + ["--shard", "\(k)/2"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let shardFiles = (1...2).map { shards.appendingPathComponent("shard-\($0)-of-2.gpkg") }
        let before = try shardFiles.map { try Data(contentsOf: $0) }
        let merged = dir.appendingPathComponent("merged.gpkg")
        let m = try CLI.run(["merge", shards.path, "--out", merged.path])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(try shardFiles.map { try Data(contentsOf: $0) } == before, "merge changed a shard file")
        let a = try CLI.run(["export", whole.path, "--table", "storeys"]), b = try CLI.run(["export", merged.path, "--table", "storeys"])
        #expect(a.status == 0 && a.stdout.split(separator: "\n").count == 1 + storeysOf.values.reduce(0, +) * 4)
        #expect(a.stdout == b.stdout)
    }
}
