import Foundation

/// How a batch runs. None of these change the results (so none are part of the `RunManifest`).
public struct BatchOptions: Sendable, Hashable {
    /// Worker threads (≥ 1); default: every active core.
    public var threads: Int
    /// Pairs per chunk (≥ 1): the unit of parallel work and of database transactions.
    public var chunkSize: Int
    /// Retry the pairs recorded in the failures table (when resuming); otherwise they are skipped.
    public var retryFailures: Bool
    /// Test hook simulating a crash: stop after this many chunks are committed in this session, without
    /// finishing the run (throws `BatchError.stoppedForTesting`).
    public var stopAfterCommittedChunks: Int?

    public init(
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 64,
        retryFailures: Bool = false, stopAfterCommittedChunks: Int? = nil
    ) {
        self.threads = threads
        self.chunkSize = chunkSize
        self.retryFailures = retryFailures
        self.stopAfterCommittedChunks = stopAfterCommittedChunks
    }

    /// The smallest multiple of `scenarios` that is at least `pairs` (default: the default chunk size): chunks of
    /// whole buildings, so that a building's pairs are never split between two chunks, hence two workers, which
    /// would each simulate the thermal models the building's scenarios share (its baseline at least).
    public static func wholeBuildingChunkSize(scenarios: Int, pairs: Int = BatchOptions().chunkSize) -> Int {
        let s = max(1, scenarios)
        return max(1, (pairs + s - 1) / s) * s
    }

    func validate() throws(BatchError) {
        guard threads >= 1 else { throw .invalidOption("--threads must be at least 1, got \(threads)") }
        guard chunkSize >= 1 else { throw .invalidOption("chunk size must be at least 1, got \(chunkSize)") }
    }
}

/// What a batch session did.
public struct BatchReport: Sendable, Hashable {
    /// Pairs in the plan (the shard when one is selected).
    public var totalPairs: Int
    /// Pairs already in the store when the session started and not re-run.
    public var skippedPairs: Int
    /// Pairs evaluated and stored as results in this session.
    public var succeededPairs: Int
    /// Pairs that failed in this session.
    public var failedPairs: Int
    /// Rows of the failures table at the end (this session's and earlier ones not retried).
    public var failuresInStore: Int

    /// Whether the store holds failures: the CLI exits with a non-zero code then.
    public var hasFailures: Bool { failuresInStore > 0 }
}
