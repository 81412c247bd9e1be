import Foundation
import PropertyBased
import Testing

@testable import Simulator

/// Determinism under any schedule: thread count, chunk size and crash point are drawn at random; the
/// exported table never changes. Few cases (each is a whole batch into SQLite).
@Suite("Batch determinism (property)") struct BatchDeterminismPropertyTests {
    /// The reference export of an uninterrupted 1-thread run (chunk size 7).
    static let reference: String = {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _) = try! BatchFixture.run(at: dir.appendingPathComponent("ref.sqlite").path, threads: 1)
        return try! BatchFixture.csv(store)
    }()

    @Test func anyThreadCountAndChunkSizeGiveTheSameTable() async {
        await propertyCheck(count: 8, input: Gen.int(in: 1...4), Gen.int(in: 1...40)) { threads, chunkSize in
            let dir = BatchFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let (store, _) = try BatchFixture.run(
                at: dir.appendingPathComponent("r.sqlite").path, threads: threads, chunkSize: chunkSize)
            #expect(try BatchFixture.csv(store) == Self.reference)
        }
    }

    @Test func anyCrashPointThenResumeGivesTheSameTable() async {
        await propertyCheck(count: 8, input: Gen.int(in: 1...3), Gen.int(in: 1...30), Gen.int(in: 1...6)) {
            threads, chunkSize, stopAfter in
            let dir = BatchFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let path = dir.appendingPathComponent("r.sqlite").path
            let plan = BatchFixture.plan()
            let evaluator = FakeEvaluator(plan: plan, failingBuildingId: BatchFixture.failingId)
            do {
                let store = try ResultsStore.create(
                    path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
                let crash = BatchOptions(threads: threads, chunkSize: chunkSize, stopAfterCommittedChunks: stopAfter)
                _ = try? BatchRunner(options: crash).run(plan: plan, evaluator: evaluator, store: store)
            }
            // Resume with another thread count and chunk size: neither is part of the run's identity.
            let resumed = try ResultsStore.resume(
                path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
            _ = try BatchRunner(options: BatchOptions(threads: 4 - threads, chunkSize: 41 - chunkSize)).run(
                plan: plan, evaluator: evaluator, store: resumed)
            let keys = try BatchFixture.storedKeys(resumed)
            #expect(keys.count == 200 && Set(keys).count == 200)
            #expect(try BatchFixture.csv(resumed) == Self.reference)
        }
    }

    @Test func anEmptyShardFinishesWithNothingToDo() throws {
        // Find a shard count where some shard of the 40 fixture ids is empty: 40 ids over 64 shards.
        let plans = try (1...64).map { try BatchFixture.plan(shard: ShardSpec(index: $0, count: 64)) }
        let empty = try #require(plans.first { $0.pairCount == 0 })
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try ResultsStore.create(
            path: dir.appendingPathComponent("r.sqlite").path, manifest: BatchFixture.manifest(),
            schema: FakeEvaluator.schema, plan: empty)
        let report = try BatchRunner(options: BatchOptions(threads: 2)).run(
            plan: empty, evaluator: FakeEvaluator(plan: empty), store: store)
        #expect(report.totalPairs == 0 && !report.hasFailures)
        #expect(try store.runInfo().finishedAt != nil)
    }
}
