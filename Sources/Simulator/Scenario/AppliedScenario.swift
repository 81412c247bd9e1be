import BuildingModel

/// One measure as it was applied to a building.
public struct AppliedMeasure: Sendable, Hashable {
    public var measureID: String
    public var kind: MeasureKind
    /// The measure of the scenario it replaces, when it came from a substitution.
    public var substitutedFor: String?
    /// Façade segments it was applied to (empty for building-wide measures).
    public var facadeSegments: [Int]
    /// Conditions of a conditional verdict ("needs ABF approval"); empty when allowed outright.
    public var conditions: [String]
    public var footprint: Measure.Footprint
    public var capexEUR: Double
    public var lifetimeYears: Double

    public var needsABFApproval: Bool { !conditions.isEmpty }
}

/// A measure (or one façade of it) left out, and why.
public struct SkippedMeasure: Sendable, Hashable {
    public var measureID: String
    public var facadeSegment: Int?
    public var reason: String
}

/// The result of applying a scenario to a building: the envelope after works and what happened to each measure.
public struct AppliedScenario: Sendable {
    public var scenarioID: String
    /// Whether the scenario's `apply_if` admits the building (false: no works, `envelope` unchanged).
    public var isApplicable: Bool
    public var notApplicableReason: String?
    public var envelope: Envelope
    public var applied: [AppliedMeasure]
    public var skipped: [SkippedMeasure]
    /// Set when a forbidden measure with `if_forbidden: block` stopped the scenario (the envelope then holds only
    /// the measures applied before it; the outcome is "blocked by heritage").
    public var blockedByHeritage: String?
    /// Measures of the scenario as written (its steps), whatever happened to them here.
    public var plannedMeasureCount: Int = 0

    public var needsABFApproval: Bool { applied.contains { $0.needsABFApproval } }

    /// The envelope the building has after the scenario: `baseline` when heritage blocked the works (they are not
    /// carried out), else `envelope`. What needs, labels and comparisons must all use.
    public func builtEnvelope(baseline: Envelope) -> Envelope { blockedByHeritage != nil ? baseline : envelope }

    public var capexEUR: Double { applied.reduce(0) { $0 + $1.capexEUR } }

    /// How much of the scenario the building got.
    public var application: ScenarioApplication {
        if blockedByHeritage != nil { return .blocked }
        if !isApplicable { return .notApplicable }
        if applied.isEmpty { return skipped.isEmpty ? .noWorks : .none }
        if !skipped.isEmpty { return .partial }
        return applied.contains { $0.substitutedFor != nil } ? .substituted : .full
    }

    /// What was left out and why, one entry per measure (and façade): `measure [façade #i]: reason`, joined
    /// by "; " (empty when nothing was).
    public var skippedSummary: String {
        skipped.map { s in
            s.measureID + (s.facadeSegment.map { " [façade #\($0)]" } ?? "") + ": " + s.reason
        }.joined(separator: "; ")
    }
}
