import Foundation
import Testing

@testable import Simulator

/// What `renovate merge` reports before merging: every shard that is missing, unfinished or holds failed pairs.
@Suite("Shard inventory") struct ShardInventoryTests {
    /// Shard k of 3 of the fake batch into `dir/shard-k-of-3.gpkg` (a results store; the inventory reads its `run`).
    static func finishedShard(_ k: Int, in dir: URL, failing: String? = nil) throws -> String {
        let path = dir.appendingPathComponent("shard-\(k)-of-3.gpkg").path
        try BatchFixture.run(at: path, shard: try ShardSpec(index: k, count: 3), threads: 1, failing: failing)
        return path
    }

    /// The shard that holds the fixture's failing building.
    static var shardOfFailingBuilding: Int {
        (1...3).first { (try! ShardSpec(index: $0, count: 3)).contains(buildingId: BatchFixture.failingId) }!
    }

    @Test func everyShardIsClassifiedByNumber() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let failed = Self.shardOfFailingBuilding
        let others = (1...3).filter { $0 != failed }
        let complete = try Self.finishedShard(others[0], in: dir, failing: nil)
        let withFailures = try Self.finishedShard(failed, in: dir, failing: BatchFixture.failingId)
        // The remaining shard: an interrupted run (created, never finished) beside no output.
        let pending = dir.appendingPathComponent("shard-\(others[1])-of-3.gpkg.run.sqlite").path
        _ = try ResultsStore.create(path: pending, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema,
                                    plan: BatchFixture.plan(shard: try ShardSpec(index: others[1], count: 3)))

        let files = try ShardInventory.files(in: dir)
        #expect(Set(files) == [complete, withFailures, pending])
        let inventory = try ShardInventory.read(files: files, expectedShardCount: nil)
        #expect(inventory.shardCount == 3)
        #expect(inventory.states[others[0] - 1] == .complete(path: complete))
        #expect(inventory.states[failed - 1] == .failedPairs(path: withFailures, count: BatchFixture.scenarioIds.count))
        #expect(inventory.states[others[1] - 1] == .unfinished(path: pending, storedPairs: 0))
        #expect(inventory.blocking == [others[1]])
        #expect(inventory.toRerun == [failed, others[1]].sorted())
        #expect(inventory.finishedFiles == (1...3).compactMap { [others[0]: complete, failed: withFailures][$0] })
        let problems = inventory.problems()
        #expect(problems.count == 2)
        #expect(problems.contains("shard \(failed)/3: \(BatchFixture.scenarioIds.count) failed pairs in \(withFailures) (table failures)"))
        #expect(problems.contains { $0.hasPrefix("shard \(others[1])/3: unfinished: \(pending)") })

        // Without the interrupted store the shard is missing; a job layout says where it was expected.
        let withoutPending = try ShardInventory.read(files: [complete, withFailures], expectedShardCount: 3)
        #expect(withoutPending.states[others[1] - 1] == .missing)
        #expect(withoutPending.problems { "/job/shard-\($0)-of-3.gpkg" }
            .contains("shard \(others[1])/3: missing (no /job/shard-\(others[1])-of-3.gpkg)"))
        // A job whose shards have not started: every shard is missing.
        #expect(try ShardInventory.read(files: [], expectedShardCount: 2).states == [.missing, .missing])
    }

    @Test func anInterruptedRunOfAFinishedShardMakesItUnfinished() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = try Self.finishedShard(1, in: dir)
        let resumed = output + ".run.sqlite"  // --resume --retry-failures copies the output, then runs
        try FileManager.default.copyItem(atPath: output, toPath: resumed)
        let inventory = try ShardInventory.read(files: [output, resumed], expectedShardCount: 3)
        #expect(inventory.states == [.unfinished(path: resumed, storedPairs: try ResultsStore.open(path: output).resultCount()), .missing, .missing])
    }

    @Test func filesOfAnotherRunShapeAreRefused() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let shard = try Self.finishedShard(2, in: dir)
        let wrongCount = try #require(throws: BatchError.self) { try ShardInventory.read(files: [shard], expectedShardCount: 4) }
        #expect(wrongCount.description.contains("holds shard 2/3, expected one of 4 shards"))
        let copy = dir.appendingPathComponent("copy.gpkg").path
        try FileManager.default.copyItem(atPath: shard, toPath: copy)
        let twice = try #require(throws: BatchError.self) { try ShardInventory.read(files: [shard, copy], expectedShardCount: nil) }
        #expect(twice.description.contains("shard 2/3 is also given as \(shard)"))
        let whole = dir.appendingPathComponent("whole.gpkg").path
        try BatchFixture.run(at: whole, threads: 1)
        let notShard = try #require(throws: BatchError.self) { try ShardInventory.read(files: [whole], expectedShardCount: nil) }
        #expect(notShard.description.contains("not a shard's results"))
        #expect(throws: BatchError.self) { try ShardInventory.read(files: [], expectedShardCount: nil) }
    }
}
