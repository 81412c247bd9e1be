import Dispatch
import Foundation

/// Runs every pending (building, scenario) pair of a plan through a `PairEvaluator`, in parallel, into a
/// `ResultsStore`.
///
/// How it stays deterministic and bounded:
/// - The pending pairs (plan order, minus those already stored) are cut into chunks of `chunkSize`.
/// - `threads` workers (Dispatch `concurrentPerform`, or the calling thread for 1) each create one worker
///   context, then take chunks in increasing order and evaluate them into a private buffer.
/// - Finished chunks go into a reorder buffer and are committed strictly in chunk order, one transaction per
///   chunk, by whichever worker completes the next chunk due. A worker does not start a chunk more than
///   `2 × threads` chunks ahead of the next one due, so at most that many chunks are held in memory.
/// Hence the rows, and their insertion order, are the same for any thread count; an interruption loses at
/// most the chunks not yet committed, and `--resume` re-runs exactly those.
public struct BatchRunner: Sendable {
    public var options: BatchOptions

    public init(options: BatchOptions = BatchOptions()) {
        self.options = options
    }

    /// Runs the plan's pending pairs.
    ///
    /// A pair whose evaluation throws (or returns values that do not fit the schema) is written to the
    /// failures table and the run goes on; `BatchReport.hasFailures` tells the caller. A store error or a
    /// worker context that cannot be created stops the run (committed chunks stay; resume later).
    /// - Parameter progress: called after each committed chunk, never concurrently.
    /// - Complexity: O(pairs) evaluations, plus O(stored pairs) to find what is done.
    public func run<Evaluator: PairEvaluator>(
        plan: BatchPlan, evaluator: Evaluator, store: ResultsStore,
        progress: (@Sendable (BatchProgress) -> Void)? = nil
    ) throws(BatchError) -> BatchReport {
        try options.validate()
        let work = try pendingWork(plan: plan, store: store)
        let chunkSize = options.chunkSize
        let chunkCount = (work.pending.count + chunkSize - 1) / chunkSize
        let coordinator = ChunkCoordinator(
            chunkCount: chunkCount, window: 2 * options.threads, store: store,
            replacingFailures: options.retryFailures, stopAfter: options.stopAfterCommittedChunks,
            progress: progress,
            initial: BatchProgress(
                completed: plan.pairCount - work.pending.count, failed: work.keptFailures, total: plan.pairCount,
                completedThisSession: 0, elapsedSeconds: 0))
        let schema = store.schema
        let pending = work.pending

        @Sendable func worker() {
            var context: Evaluator.WorkerContext
            do {
                context = try evaluator.makeWorkerContext()
            } catch {
                coordinator.fail(.workerContext(String(describing: error)))
                return
            }
            while let chunk = coordinator.take() {
                let range = chunk * chunkSize..<min((chunk + 1) * chunkSize, pending.count)
                var results: [PairResult] = []
                results.reserveCapacity(range.count)
                for i in range {
                    let (b, s) = plan.pair(at: pending[i])
                    results.append(
                        Self.evaluate(
                            evaluator, building: b, scenario: s, plan: plan, schema: schema, context: &context))
                }
                coordinator.deliver(chunk, results)
            }
        }

        if options.threads == 1 {
            worker()
        } else {
            DispatchQueue.concurrentPerform(iterations: options.threads) { _ in worker() }
        }
        let outcome = coordinator.finish()
        if let error = outcome.error { throw error }
        try store.markFinished()
        let failuresInStore = try store.wrap {
            try store.dbQueue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM failures") ?? 0 }
        }
        return BatchReport(
            totalPairs: plan.pairCount, skippedPairs: plan.pairCount - work.pending.count,
            succeededPairs: outcome.succeeded, failedPairs: outcome.failed, failuresInStore: failuresInStore)
    }

    /// The plan ordinals still to run (ascending) and the number of stored failures that are kept (not retried).
    private func pendingWork(plan: BatchPlan, store: ResultsStore) throws(BatchError) -> (
        pending: [Int], keptFailures: Int
    ) {
        var position: [String: Int] = [:]
        for (p, b) in plan.selectedBuildingIndices.enumerated() { position[plan.buildingIds[b]] = p }
        var scenarioIndex: [String: Int] = [:]
        for (s, id) in plan.scenarioIds.enumerated() { scenarioIndex[id] = s }
        var done = [Bool](repeating: false, count: plan.pairCount)
        var keptFailures = 0
        let retry = options.retryFailures
        try store.forEachStoredPair { buildingId, scenarioId, failed in
            guard let p = position[buildingId], let s = scenarioIndex[scenarioId] else { return }
            if failed && retry { return }
            if failed { keptFailures += 1 }
            done[p * plan.scenarioIds.count + s] = true
        }
        return (done.indices.filter { !done[$0] }, keptFailures)
    }

    /// Evaluates one pair and checks what the evaluator returned.
    private static func evaluate<Evaluator: PairEvaluator>(
        _ evaluator: Evaluator, building b: Int, scenario s: Int, plan: BatchPlan, schema: ResultSchema,
        context: inout Evaluator.WorkerContext
    ) -> PairResult {
        let buildingId = plan.buildingIds[b], scenarioId = plan.scenarioIds[s]
        func failure(_ message: String) -> PairResult {
            .failure(BatchFailure(buildingId: buildingId, scenarioId: scenarioId, error: message))
        }
        let record: ResultRecord
        do {
            record = try evaluator.evaluate(buildingIndex: b, scenarioIndex: s, context: &context)
        } catch {
            return failure(String(describing: error))
        }
        guard record.buildingId == buildingId, record.scenarioId == scenarioId else {
            return failure(
                "the evaluator returned a record for building \"\(record.buildingId)\", scenario "
                    + "\"\(record.scenarioId)\" (an evaluator bug)")
        }
        if let (name, value) = record.outcome.numericFields.first(where: { !$0.1.isFinite }) {
            return failure("\(name) is \(value), expected a finite number")
        }
        if record.outcome.dwellings < 0 {
            return failure("dwellings is \(record.outcome.dwellings), expected 0 or more")
        }
        if let problem = schema.validate(record.values) { return failure(problem) }
        if let problem = record.storeys.lazy.compactMap(schema.validateStorey).first { return failure(problem) }
        return .success(record)
    }
}

/// The reorder buffer shared by the workers of one run: hands out chunk numbers in order, holds finished
/// chunks until their turn, and commits them in order, one at a time.
///
/// `@unchecked Sendable`: every mutable field is read and written only while `condition` is locked, except
/// the commit itself, which only the worker that set `committing` performs.
private final class ChunkCoordinator: @unchecked Sendable {
    private let condition = NSCondition()
    private let chunkCount: Int
    private let window: Int
    private let store: ResultsStore
    private let replacingFailures: Bool
    private let stopAfter: Int?
    private let progress: (@Sendable (BatchProgress) -> Void)?
    private let start = ContinuousClock.now

    private var nextToTake = 0
    private var nextToCommit = 0
    private var finished: [Int: [PairResult]] = [:]
    private var committing = false
    private var stopped = false
    private var error: BatchError?
    private var committedChunks = 0
    private var succeeded = 0
    private var failed = 0
    private var current: BatchProgress

    init(
        chunkCount: Int, window: Int, store: ResultsStore, replacingFailures: Bool, stopAfter: Int?,
        progress: (@Sendable (BatchProgress) -> Void)?, initial: BatchProgress
    ) {
        self.chunkCount = chunkCount
        self.window = max(window, 2)
        self.store = store
        self.replacingFailures = replacingFailures
        self.stopAfter = stopAfter
        self.progress = progress
        self.current = initial
    }

    /// The next chunk to evaluate, or nil when there is none or the run stopped. Waits while the chunk would be
    /// more than `window` chunks ahead of the next one to commit.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && nextToTake < chunkCount && nextToTake >= nextToCommit + window {
            condition.wait()
        }
        guard !stopped, nextToTake < chunkCount else { return nil }
        defer { nextToTake += 1 }
        return nextToTake
    }

    /// Hands in a finished chunk; commits every chunk that is now due, in order, unless another worker is
    /// already committing (it will pick this one up).
    func deliver(_ chunk: Int, _ results: [PairResult]) {
        condition.lock()
        finished[chunk] = results
        guard !committing else {
            condition.unlock()
            return
        }
        committing = true
        while !stopped, let due = finished.removeValue(forKey: nextToCommit) {
            condition.unlock()
            var commitError: BatchError?
            do {
                try store.commit(due, replacingFailures: replacingFailures)
            } catch {
                commitError = error
            }
            condition.lock()
            if let commitError {
                stop(commitError)
                break
            }
            nextToCommit += 1
            committedChunks += 1
            let failures = due.reduce(0) { n, r in if case .failure = r { n + 1 } else { n } }
            failed += failures
            succeeded += due.count - failures
            current.completed += due.count
            current.failed += failures
            current.completedThisSession += due.count
            let elapsed = ContinuousClock.now - start
            current.elapsedSeconds =
                Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let snapshot = current
            condition.broadcast()
            if let stopAfter, committedChunks >= stopAfter, nextToCommit < chunkCount {
                stop(.stoppedForTesting(committedChunks: committedChunks))
            }
            if let progress {
                // Only the committing worker gets here, so reports are never concurrent.
                condition.unlock()
                progress(snapshot)
                condition.lock()
            }
        }
        committing = false
        condition.unlock()
    }

    /// Stops the run with an error (the first one wins).
    func fail(_ error: BatchError) {
        condition.lock()
        stop(error)
        condition.unlock()
    }

    /// Call with the lock held.
    private func stop(_ error: BatchError) {
        if self.error == nil { self.error = error }
        stopped = true
        condition.broadcast()
    }

    /// The outcome once every worker has returned.
    func finish() -> (error: BatchError?, succeeded: Int, failed: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (error, succeeded, failed)
    }
}
