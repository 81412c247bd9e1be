/// Evaluates one building under one scenario.
///
/// The evaluator holds everything shared by all pairs, read-only (the stock, the scenarios, the weather with its
/// irradiance on each orientation computed once): it is `Sendable` and is never copied per pair or per
/// scenario. What must not be shared between threads (a GEOS context, a PROJ context, scratch buffers for the
/// hourly model) lives in a `WorkerContext`, which the runner creates once per worker thread with
/// `makeWorkerContext()` and passes to every evaluation on that thread.
///
/// `evaluate` must be a pure function of its indices and the shared data (the worker context is a cache, not
/// an input): that is what makes results identical whatever the thread count.
public protocol PairEvaluator: Sendable {
    associatedtype WorkerContext

    /// Creates the per-thread state. Called once per worker thread; a throw aborts the run.
    func makeWorkerContext() throws -> WorkerContext

    /// Evaluates building `buildingIndex` (into `BatchPlan.buildingIds`) under scenario `scenarioIndex`
    /// (into `BatchPlan.scenarioIds`). A throw records the pair in the failures table and the batch goes on.
    func evaluate(buildingIndex: Int, scenarioIndex: Int, context: inout WorkerContext) throws -> ResultRecord
}

/// A `PairEvaluator` made of two closures, for callers that do not want a type.
public struct ClosurePairEvaluator<WorkerContext>: PairEvaluator {
    let factory: @Sendable () throws -> WorkerContext
    let body: @Sendable (Int, Int, inout WorkerContext) throws -> ResultRecord

    /// - Parameters:
    ///   - makeWorkerContext: creates the per-thread state (called once per worker thread).
    ///   - evaluate: `(buildingIndex, scenarioIndex, &context) -> record`.
    public init(
        makeWorkerContext: @escaping @Sendable () throws -> WorkerContext,
        evaluate: @escaping @Sendable (Int, Int, inout WorkerContext) throws -> ResultRecord
    ) {
        factory = makeWorkerContext
        body = evaluate
    }

    public func makeWorkerContext() throws -> WorkerContext { try factory() }

    public func evaluate(buildingIndex: Int, scenarioIndex: Int, context: inout WorkerContext) throws -> ResultRecord {
        try body(buildingIndex, scenarioIndex, &context)
    }
}

extension ClosurePairEvaluator where WorkerContext == Void {
    /// An evaluator without per-thread state.
    public init(evaluate: @escaping @Sendable (Int, Int) throws -> ResultRecord) {
        self.init(makeWorkerContext: {}, evaluate: { b, s, _ in try evaluate(b, s) })
    }
}
