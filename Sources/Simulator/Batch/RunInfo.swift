/// The `run` row of a results store, for reports: what was run, with which inputs, and when.
public struct RunInfo: Sendable, Hashable {
    public var manifest: RunManifest
    public var schema: ResultSchema
    /// `k/N`, or nil for an unsharded (or merged) run.
    public var shard: String?
    public var buildingCount: Int
    public var scenarioCount: Int
    /// ISO 8601 UTC timestamps.
    public var startedAt: String
    public var lastResumedAt: String?
    /// Nil while pairs are pending (interrupted or running).
    public var finishedAt: String?
    /// Sessions that wrote to the run (1 + resumes).
    public var sessions: Int
}
