import BuildingModel

/// One evaluated (building, scenario) pair as the batch stores it: the ranking fields and the evaluator's own
/// values, one per column of the run's `ResultSchema`, in the same order.
public struct ResultRecord: Sendable, Hashable {
    /// Key and ranking fields (building id, scenario id, capex, primary energy, classes, heritage…).
    public var outcome: RankableOutcome
    /// The evaluator-specific values, aligned with `ResultSchema.columns`.
    public var values: [PropertyValue]
    /// One row per storey, each aligned with `ResultSchema.storeyColumns` (empty without them).
    public var storeys: [[PropertyValue]]

    public init(outcome: RankableOutcome, values: [PropertyValue] = [], storeys: [[PropertyValue]] = []) {
        self.outcome = outcome
        self.values = values
        self.storeys = storeys
    }

    public var buildingId: String { outcome.buildingId }
    public var scenarioId: String { outcome.scenarioId }
}

/// A pair that could not be evaluated, with the error's description.
public struct BatchFailure: Sendable, Hashable, Codable {
    public var buildingId: String
    public var scenarioId: String
    public var error: String

    public init(buildingId: String, scenarioId: String, error: String) {
        self.buildingId = buildingId
        self.scenarioId = scenarioId
        self.error = error
    }
}

/// What the batch computed for one pair: a record or a failure.
enum PairResult: Sendable {
    case success(ResultRecord)
    case failure(BatchFailure)
}
