import BuildingModel
import Foundation
import Synchronization
import Testing

@testable import Simulator

@Suite("Batch runner") struct BatchRunnerTests {
    @Test func oneAndTwoThreadsGiveByteIdenticalTables() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (one, _) = try BatchFixture.run(at: dir.appendingPathComponent("t1.sqlite").path, threads: 1)
        let (two, _) = try BatchFixture.run(at: dir.appendingPathComponent("t2.sqlite").path, threads: 2)
        let (four, _) = try BatchFixture.run(
            at: dir.appendingPathComponent("t4.sqlite").path, threads: 4, chunkSize: 3)
        let csv1 = try BatchFixture.csv(one)
        #expect(csv1.split(separator: "\n").count == 1 + 39 * 5)
        #expect(try BatchFixture.csv(two) == csv1)
        #expect(try BatchFixture.csv(four) == csv1)
        #expect(try BatchFixture.jsonLines(two) == BatchFixture.jsonLines(one))
        // Not only the sorted export: the table itself, rows in insertion order (fid included).
        #expect(try BatchFixture.rowsInInsertionOrder(two) == BatchFixture.rowsInInsertionOrder(one))
        #expect(try two.failures() == one.failures())
    }

    @Test func aCorruptedBuildingLandsInFailuresAndTheOthersAreSimulated() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, report) = try BatchFixture.run(at: dir.appendingPathComponent("r.sqlite").path, threads: 2)
        let failures = try store.failures()
        #expect(failures.map(\.buildingId) == Array(repeating: BatchFixture.failingId, count: 5))
        #expect(Set(failures.map(\.scenarioId)) == Set(BatchFixture.scenarioIds))
        #expect(failures.allSatisfy { $0.error.contains(BatchFixture.failingId) && $0.error.contains("footprint") })
        #expect(try store.resultCount() == 39 * 5)
        let simulated = Set(try store.outcomes().map(\.buildingId))
        #expect(simulated == Set(BatchFixture.buildingIds).subtracting([BatchFixture.failingId]))
        #expect(report.hasFailures)
        #expect(report.failedPairs == 5 && report.succeededPairs == 195 && report.skippedPairs == 0)
    }

    @Test func aRunWithoutFailuresReportsNone() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, report) = try BatchFixture.run(
            at: dir.appendingPathComponent("r.sqlite").path, threads: 2, failing: nil)
        #expect(!report.hasFailures)
        #expect(try store.resultCount() == 200)
        // A finished store is one self-contained file, back on the rollback journal.
        #expect(try store.textRows(sql: "PRAGMA journal_mode") == ["\"delete\""])
        #expect(!FileManager.default.fileExists(atPath: store.path + "-wal"))
        // Opening it to read does not turn WAL back on (that setting persists in the file).
        let reader = try ResultsStore.open(path: store.path)
        #expect(try reader.resultCount() == 200)
        #expect(try reader.textRows(sql: "PRAGMA journal_mode") == ["\"delete\""])
    }

    @Test(arguments: [1, 2])
    func anInterruptedRunResumedEqualsAnUninterruptedOne(threads: Int) throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (whole, _) = try BatchFixture.run(at: dir.appendingPathComponent("whole.sqlite").path, threads: threads)

        let path = dir.appendingPathComponent("crashed.sqlite").path
        let plan = BatchFixture.plan()
        let evaluator = FakeEvaluator(plan: plan, failingBuildingId: BatchFixture.failingId)
        do {
            // The store object is dropped without finishing the run, as a crash would leave it.
            let store = try ResultsStore.create(
                path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
            let crash = BatchOptions(threads: threads, chunkSize: 7, stopAfterCommittedChunks: 3)
            #expect(throws: BatchError.stoppedForTesting(committedChunks: 3)) {
                try BatchRunner(options: crash).run(plan: plan, evaluator: evaluator, store: store)
            }
            #expect(try BatchFixture.storedKeys(store).count == 3 * 7)
        }
        let resumed = try ResultsStore.resume(
            path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
        let report = try BatchRunner(options: BatchOptions(threads: threads, chunkSize: 7)).run(
            plan: plan, evaluator: evaluator, store: resumed)
        #expect(report.skippedPairs == 21)
        #expect(report.succeededPairs + report.failedPairs == 200 - 21)

        let keys = try BatchFixture.storedKeys(resumed)
        #expect(keys.count == 200, "every pair exactly once")
        #expect(Set(keys).count == keys.count, "no duplicate pair")
        #expect(try BatchFixture.csv(resumed) == BatchFixture.csv(whole))
        #expect(try BatchFixture.rowsInInsertionOrder(resumed) == BatchFixture.rowsInInsertionOrder(whole))
        #expect(try resumed.failures() == whole.failures())
        #expect(try resumed.textRows(sql: "SELECT sessions, finished_at IS NOT NULL FROM run") == ["2\t1"])
    }

    @Test func resumingAFinishedRunDoesNothing() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.sqlite").path
        let (store, _) = try BatchFixture.run(at: path, threads: 2)
        let before = try BatchFixture.rowsInInsertionOrder(store)
        let plan = BatchFixture.plan()
        let resumed = try ResultsStore.resume(
            path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
        let report = try BatchRunner(options: BatchOptions(threads: 2)).run(
            plan: plan, evaluator: FakeEvaluator(plan: plan, failingBuildingId: BatchFixture.failingId),
            store: resumed)
        #expect(report.skippedPairs == 200 && report.succeededPairs == 0 && report.failedPairs == 0)
        #expect(report.failuresInStore == 5)
        #expect(try BatchFixture.rowsInInsertionOrder(resumed) == before)
    }

    @Test func retryingFailuresReplacesThemWhenTheBuildingIsFixed() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.sqlite").path
        try BatchFixture.run(at: path, threads: 2)
        let (clean, _) = try BatchFixture.run(
            at: dir.appendingPathComponent("clean.sqlite").path, threads: 1, failing: nil)
        let plan = BatchFixture.plan()
        let resumed = try ResultsStore.resume(
            path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
        let report = try BatchRunner(options: BatchOptions(threads: 2, retryFailures: true)).run(
            plan: plan, evaluator: FakeEvaluator(plan: plan, failingBuildingId: nil), store: resumed)
        #expect(report.skippedPairs == 195 && report.succeededPairs == 5)
        #expect(!report.hasFailures)
        #expect(try resumed.failures().isEmpty)
        #expect(try BatchFixture.csv(resumed) == BatchFixture.csv(clean))
    }

    @Test func resumeWithAChangedScenarioFileIsRefusedWithAClearMessage() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.sqlite").path
        try BatchFixture.run(at: path, threads: 1)
        let changed = BatchFixture.manifest(scenarios: BatchFixture.scenarioYAML + "  - id: roof\n")
        let error = try #require(throws: BatchError.self) {
            try ResultsStore.resume(path: path, manifest: changed, schema: FakeEvaluator.schema, plan: BatchFixture.plan())
        }
        guard case .resumeRefused(_, let differences) = error else {
            Issue.record("expected resumeRefused, got \(error)")
            return
        }
        #expect(differences.count == 1)
        let message = error.description
        #expect(message.contains("refusing to resume"))
        #expect(message.contains("input \"scenarios\" changed"))
        #expect(message.contains(changed.inputs[1].hash))
        #expect(message.contains(BatchFixture.manifest().inputs[1].hash))
    }

    @Test func resumeWithAnotherPlanSchemaOrOptionIsRefused() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.sqlite").path
        try BatchFixture.run(at: path, threads: 1)
        var otherOptions = BatchFixture.manifest()
        otherOptions.options["discount-rate"] = "0.03"
        let fewerBuildings = try BatchPlan(
            buildingIds: Array(BatchFixture.buildingIds.dropLast()), scenarioIds: BatchFixture.scenarioIds)
        let otherSchema = try ResultSchema(columns: [ResultColumn("heating_need_kwh", .real)])
        let attempts: [(RunManifest, ResultSchema, BatchPlan, String)] = [
            (otherOptions, FakeEvaluator.schema, BatchFixture.plan(), "option discount-rate"),
            (BatchFixture.manifest(), FakeEvaluator.schema, fewerBuildings, "building or scenario list differs"),
            (BatchFixture.manifest(), otherSchema, BatchFixture.plan(), "results columns differ"),
            (BatchFixture.manifest(), FakeEvaluator.schema, BatchFixture.plan(shard: try ShardSpec(parsing: "1/2")), "shard"),
        ]
        for (manifest, schema, plan, expected) in attempts {
            let error = try #require(throws: BatchError.self) {
                try ResultsStore.resume(path: path, manifest: manifest, schema: schema, plan: plan)
            }
            #expect(error.description.contains(expected), "\(error)")
        }
    }

    @Test func creatingOverAnExistingRunOrResumingNothingIsRefused() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("r.sqlite").path
        try BatchFixture.run(at: path, threads: 1)
        #expect(throws: BatchError.storeExists(path: path)) {
            try BatchFixture.run(at: path, threads: 1)
        }
        let missing = dir.appendingPathComponent("missing.sqlite").path
        #expect(throws: BatchError.nothingToResume(path: missing)) {
            try ResultsStore.resume(
                path: missing, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema,
                plan: BatchFixture.plan())
        }
    }

    @Test func shardsTogetherEqualTheWholeRun() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (whole, _) = try BatchFixture.run(at: dir.appendingPathComponent("whole.sqlite").path, threads: 2)
        var shardPaths: [String] = []
        var shardBuildings: [Set<Int>] = []
        for k in 1...3 {
            let path = dir.appendingPathComponent("shard\(k).sqlite").path
            let shard = try ShardSpec(index: k, count: 3)
            try BatchFixture.run(at: path, shard: shard, threads: k == 2 ? 1 : 2)
            shardPaths.append(path)
            shardBuildings.append(Set(BatchFixture.plan(shard: shard).selectedBuildingIndices))
        }
        #expect(shardBuildings.allSatisfy { !$0.isEmpty }, "40 ids should spread over 3 shards")
        #expect(shardBuildings.reduce(0) { $0 + $1.count } == 40)
        #expect(shardBuildings.reduce(Set<Int>()) { $0.union($1) } == Set(0..<40))

        let merged = try ResultsStore.merge(
            shardStores: shardPaths.reversed(), into: dir.appendingPathComponent("merged.sqlite").path)
        #expect(try BatchFixture.csv(merged) == BatchFixture.csv(whole))
        #expect(try BatchFixture.jsonLines(merged) == BatchFixture.jsonLines(whole))
        #expect(try merged.failures() == whole.failures())
    }

    @Test func mergingIncompleteOrForeignShardsIsRefused() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = dir.appendingPathComponent("s1.sqlite").path
        try BatchFixture.run(at: first, shard: try ShardSpec(index: 1, count: 2), threads: 1)
        let error = try #require(throws: BatchError.self) {
            try ResultsStore.merge(shardStores: [first], into: dir.appendingPathComponent("m.sqlite").path)
        }
        #expect(error.description.contains("2/2"))
        let whole = dir.appendingPathComponent("whole.sqlite").path
        try BatchFixture.run(at: whole, threads: 1)
        let notShard = try #require(throws: BatchError.self) {
            try ResultsStore.merge(shardStores: [whole], into: dir.appendingPathComponent("m2.sqlite").path)
        }
        #expect(notShard.description.contains("not a shard store"))
    }

    @Test func valuesThatDoNotFitTheSchemaBecomeFailures() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try BatchPlan(buildingIds: ["a", "b", "c"], scenarioIds: ["s"])
        let store = try ResultsStore.create(
            path: dir.appendingPathComponent("r.sqlite").path, manifest: BatchFixture.manifest(),
            schema: FakeEvaluator.schema, plan: plan)
        let fake = FakeEvaluator(plan: plan, failingBuildingId: nil)
        let evaluator = ClosurePairEvaluator(makeWorkerContext: { FakeEvaluator.Scratch() }) { b, s, context in
            var record = try fake.evaluate(buildingIndex: b, scenarioIndex: s, context: &context)
            switch b {
            case 0: record.values[1] = .string("three")
            case 1: record.outcome.capexEUR = .nan
            default: record.values.removeLast()
            }
            return record
        }
        let report = try BatchRunner(options: BatchOptions(threads: 1)).run(
            plan: plan, evaluator: evaluator, store: store)
        #expect(report.failedPairs == 3)
        let errors = try store.failures().map(\.error)
        #expect(errors[0].contains("column \"measure_count\" expects integer"))
        #expect(errors[1].contains("capex_eur is nan"))
        #expect(errors[2].contains("returned 2 values for 3 declared columns"))
    }

    @Test func eachWorkerGetsItsOwnContext() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = BatchFixture.plan()
        let store = try ResultsStore.create(
            path: dir.appendingPathComponent("r.sqlite").path, manifest: BatchFixture.manifest(),
            schema: FakeEvaluator.schema, plan: plan)
        let contexts = Mutex(0)
        let fake = FakeEvaluator(plan: plan, failingBuildingId: nil)
        let evaluator = ClosurePairEvaluator(
            makeWorkerContext: {
                contexts.withLock { $0 += 1 }
                return FakeEvaluator.Scratch()
            },
            evaluate: { b, s, context in try fake.evaluate(buildingIndex: b, scenarioIndex: s, context: &context) })
        _ = try BatchRunner(options: BatchOptions(threads: 3, chunkSize: 5)).run(
            plan: plan, evaluator: evaluator, store: store)
        #expect(contexts.withLock { $0 } == 3)
        #expect(try store.resultCount() == 200)
    }

    @Test func progressIsReportedPerChunkUpToTheTotal() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = BatchFixture.plan()
        let store = try ResultsStore.create(
            path: dir.appendingPathComponent("r.sqlite").path, manifest: BatchFixture.manifest(),
            schema: FakeEvaluator.schema, plan: plan)
        let reports = Mutex<[BatchProgress]>([])
        _ = try BatchRunner(options: BatchOptions(threads: 2, chunkSize: 16)).run(
            plan: plan, evaluator: FakeEvaluator(plan: plan, failingBuildingId: BatchFixture.failingId),
            store: store, progress: { p in reports.withLock { $0.append(p) } })
        let seen = reports.withLock { $0 }
        #expect(seen.count == (200 + 15) / 16)
        #expect(seen.map(\.completed) == seen.map(\.completed).sorted())
        #expect(seen.last?.completed == 200 && seen.last?.total == 200 && seen.last?.failed == 5)
    }

    @Test func invalidOptionsAreRefused() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = BatchFixture.plan()
        let store = try ResultsStore.create(
            path: dir.appendingPathComponent("r.sqlite").path, manifest: BatchFixture.manifest(),
            schema: FakeEvaluator.schema, plan: plan)
        let error = try #require(throws: BatchError.self) {
            try BatchRunner(options: BatchOptions(threads: 0)).run(
                plan: plan, evaluator: FakeEvaluator(plan: plan), store: store)
        }
        #expect(error.description.contains("--threads must be at least 1, got 0"))
    }

    /// Chunks of whole buildings: the smallest multiple of the scenario count reaching 64 pairs.
    @Test(arguments: [(1, 64), (11, 66), (20, 80), (64, 64), (100, 100), (0, 64)])
    func wholeBuildingChunks(scenarios: Int, expected: Int) {
        #expect(BatchOptions.wholeBuildingChunkSize(scenarios: scenarios) == expected)
        #expect(BatchOptions.wholeBuildingChunkSize(scenarios: scenarios) % max(1, scenarios) == 0)
    }
}
