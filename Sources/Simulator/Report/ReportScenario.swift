/// A retrofit scenario as the report names it.
public struct ReportScenario: Sendable, Hashable, Codable {
    /// Identifier used by `ReportOutcome.scenarioID`.
    public var id: String
    /// Human-readable name shown in charts and tables.
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
