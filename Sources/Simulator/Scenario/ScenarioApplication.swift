/// How much of a scenario a building actually got (`AppliedScenario.application`): a planner must not read a
/// scenario's district figures as if every building had received every measure.
public enum ScenarioApplication: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every measure carried out as written.
    case full
    /// Every measure carried out, some replaced by an allowed substitute (`substitutions` of the scenario file).
    case substituted
    /// Some measures carried out, others skipped (forbidden with no substitute, no façade to place them on, or
    /// their own `apply_if` failed): the building got part of the scenario.
    case partial
    /// No measure could be carried out: the building stays as it is.
    case none
    /// The scenario's `apply_if` excludes the building: it stays as it is.
    case notApplicable = "not-applicable"
    /// A forbidden measure with `if_forbidden: block` stopped the scenario (heritage): it stays as it is.
    case blocked
    /// The scenario has no measure (today's state).
    case noWorks = "no-works"

    /// Whether the building received the whole scenario (as written or with substitutes; "no works" is whole).
    public var isWhole: Bool { self == .full || self == .substituted || self == .noWorks }

    /// From buildings counted per case: those that got the whole scenario, part of it, and none of it though not
    /// blocked (no measure possible, or excluded by `apply_if`); the blocked ones are counted apart.
    public static func shares(_ counts: [ScenarioApplication: Int]) -> (whole: Int, partly: Int, notApplied: Int) {
        (counts.filter { $0.key.isWhole }.values.reduce(0, +), counts[.partial] ?? 0,
         (counts[.none] ?? 0) + (counts[.notApplicable] ?? 0))
    }
}
