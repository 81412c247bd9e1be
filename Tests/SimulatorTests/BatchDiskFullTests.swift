import Foundation
import GRDB
import Testing

@testable import Simulator

/// A disk that fills during a batch: the store keeps every committed chunk, the error says what to free and to
/// resume, and `--resume` then ends with the same results as an uninterrupted run. SQLite's `max_page_count`
/// plays the full disk (it fails the write with SQLITE_FULL, the code a full file system gives).
@Suite("Batch on a full disk") struct BatchDiskFullTests {
    @Test func aFullDiskStopsTheRunWithAdviceAndResumingFinishesIt() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("full.sqlite").path
        let plan = BatchFixture.plan()
        let store = try ResultsStore.create(path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
        try store.dbQueue.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        let evaluator = FakeEvaluator(plan: plan, failingBuildingId: BatchFixture.failingId)
        #expect {
            _ = try BatchRunner(options: BatchOptions(threads: 2, chunkSize: 7)).run(plan: plan, evaluator: evaluator, store: store)
        } throws: { error in
            guard case BatchError.diskFull(let p, let storeBytes, _, _)? = error as? BatchError else { return false }
            let message = (error as! BatchError).description
            return p == path && storeBytes > 0 && message.contains("the disk is full")
                && message.contains("Every pair committed so far is kept in this store")
                && message.hasSuffix("then run the same command with --resume")
        }
        let kept = try BatchKillTests.storedPairs(path)
        #expect(kept % 7 == 0 && kept < 200, "\(kept) pairs kept: whole chunks only")

        let resumed = try ResultsStore.resume(path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
        let report = try BatchRunner(options: BatchOptions(threads: 2, chunkSize: 7)).run(plan: plan, evaluator: evaluator, store: resumed)
        #expect(report.skippedPairs == kept)
        let (whole, _) = try BatchFixture.run(at: dir.appendingPathComponent("whole.sqlite").path, threads: 1)
        #expect(try BatchFixture.csv(resumed) == BatchFixture.csv(whole))
    }

    @Test func aStoreCutShortBeforeItsRunRowHoldsNoRun() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("empty.sqlite").path
        #expect(!ResultsStore.holdsRun(path: path))
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "CREATE TABLE results (x)") }
        #expect(!ResultsStore.holdsRun(path: path))
        _ = try BatchFixture.run(at: dir.appendingPathComponent("run.sqlite").path, threads: 1)
        #expect(ResultsStore.holdsRun(path: dir.appendingPathComponent("run.sqlite").path))
    }
}
