/// A progress snapshot, reported after each committed chunk.
public struct BatchProgress: Sendable, Hashable {
    /// Pairs done (results or failures), including those found in the store when resuming.
    public var completed: Int
    /// Pairs of `completed` that failed.
    public var failed: Int
    /// Pairs in the plan.
    public var total: Int
    /// Pairs done in this session (the rate is computed on these).
    public var completedThisSession: Int
    /// Seconds since this session started.
    public var elapsedSeconds: Double

    public init(completed: Int, failed: Int, total: Int, completedThisSession: Int, elapsedSeconds: Double) {
        self.completed = completed
        self.failed = failed
        self.total = total
        self.completedThisSession = completedThisSession
        self.elapsedSeconds = elapsedSeconds
    }

    /// Done share, 0–1 (1 for an empty plan).
    public var fraction: Double { total > 0 ? Double(completed) / Double(total) : 1 }

    /// Pairs per second in this session, nil before any time has passed.
    public var ratePerSecond: Double? {
        elapsedSeconds > 0 && completedThisSession > 0 ? Double(completedThisSession) / elapsedSeconds : nil
    }

    /// Estimated seconds left at the session's rate, nil when the rate is unknown.
    public var etaSeconds: Double? {
        guard let rate = ratePerSecond else { return nil }
        return Double(max(total - completed, 0)) / rate
    }
}
