import Foundation
import Testing

@testable import Simulator

/// The crash test for real: a child process (this test binary, re-run on one test) writes a batch and is
/// killed with SIGKILL midway; the parent then resumes the store and compares it with an uninterrupted run.
@Suite("Batch killed and resumed") struct BatchKillTests {
    static let childVariable = "RENOVATE_BATCH_KILL_CHILD_STORE"
    static let testBinary = "/proc/self/exe"

    /// Runs only in the child process: a slowed-down fake batch into the store the parent names.
    @Test(.enabled(if: ProcessInfo.processInfo.environment[childVariable] != nil, "runs only as the child of the SIGKILL test"))
    func childRunForTheKillTest() throws {
        let path = try #require(ProcessInfo.processInfo.environment[Self.childVariable])
        let plan = BatchFixture.plan()
        let store = try ResultsStore.create(
            path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
        let fake = FakeEvaluator(plan: plan, failingBuildingId: BatchFixture.failingId)
        let slow = ClosurePairEvaluator(makeWorkerContext: { FakeEvaluator.Scratch() }) { b, s, context in
            usleep(10_000)  // 10 ms per pair: 200 pairs take ≥ 1 s on 2 threads, time enough to be killed midway
            return try fake.evaluate(buildingIndex: b, scenarioIndex: s, context: &context)
        }
        _ = try BatchRunner(options: BatchOptions(threads: 2, chunkSize: 7)).run(
            plan: plan, evaluator: slow, store: store)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: testBinary), "needs /proc/self/exe (Linux)"))
    func aRunKilledMidwayThenResumedEqualsAnUninterruptedRun() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("killed.sqlite").path

        let child = Process()
        child.executableURL = URL(fileURLWithPath: Self.testBinary).resolvingSymlinksInPath()
        child.arguments = ["--testing-library", "swift-testing", "--filter", "childRunForTheKillTest"]
        child.environment = ProcessInfo.processInfo.environment.merging([Self.childVariable: path]) { _, new in new }
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()

        // Wait until a few chunks are committed, then kill without warning.
        var storedBeforeKill = 0
        let deadline = Date().addingTimeInterval(60)
        while storedBeforeKill < 21 && child.isRunning && Date() < deadline {
            usleep(20_000)
            storedBeforeKill = (try? Self.storedPairs(path)) ?? 0
        }
        try #require(child.isRunning, "the child finished or died before it could be killed")
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal && child.terminationStatus == SIGKILL)

        // What survived is whole chunks only (7 pairs each), fewer than the plan.
        let survived = try Self.storedPairs(path)
        #expect(survived % 7 == 0 && survived >= storedBeforeKill && survived < 200, "\(survived) pairs survived")

        let plan = BatchFixture.plan()
        let resumed = try ResultsStore.resume(
            path: path, manifest: BatchFixture.manifest(), schema: FakeEvaluator.schema, plan: plan)
        let report = try BatchRunner(options: BatchOptions(threads: 2, chunkSize: 7)).run(
            plan: plan, evaluator: FakeEvaluator(plan: plan, failingBuildingId: BatchFixture.failingId),
            store: resumed)
        #expect(report.skippedPairs == survived)

        let (whole, _) = try BatchFixture.run(at: dir.appendingPathComponent("whole.sqlite").path, threads: 1)
        let keys = try BatchFixture.storedKeys(resumed)
        #expect(keys.count == 200 && Set(keys).count == 200, "no duplicate and no missing pair")
        #expect(try BatchFixture.csv(resumed) == BatchFixture.csv(whole))
        #expect(try BatchFixture.rowsInInsertionOrder(resumed) == BatchFixture.rowsInInsertionOrder(whole))
        #expect(try resumed.failures() == whole.failures())
    }

    /// Results plus failures in the store (opening it also rolls back an interrupted transaction).
    static func storedPairs(_ path: String) throws -> Int {
        let rows = try ResultsStore.open(path: path).textRows(
            sql: "SELECT (SELECT COUNT(*) FROM results) + (SELECT COUNT(*) FROM failures)")
        return Int(rows.first ?? "") ?? 0
    }
}
