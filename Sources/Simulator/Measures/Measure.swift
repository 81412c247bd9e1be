import BuildingModel

/// One retrofit measure of the catalogue.
public struct Measure: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// Measure kind, the vocabulary of the heritage rules (`MeasureKind`, docs/heritage-rules.md).
    public var kind: MeasureKind
    public var effects: MeasureEffects
    /// The insulant, for insulation measures (decides the moisture risk of internal insulation).
    public var insulant: Insulant?
    public var cost: CostModel
    public var lifetimeYears: Double
    /// Where the figures come from.
    public var source: String
    /// Whether the figures are estimates rather than sourced values.
    public var isEstimate: Bool
    /// Line of the entry in its file (0 when built in code), for later error messages.
    public var line: Int

    public init(id: String, name: String, kind: MeasureKind, effects: MeasureEffects, insulant: Insulant? = nil,
                cost: CostModel, lifetimeYears: Double, source: String, isEstimate: Bool, line: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.effects = effects
        self.insulant = insulant
        self.cost = cost
        self.lifetimeYears = lifetimeYears
        self.source = source
        self.isEstimate = isEstimate
        self.line = line
    }
}
