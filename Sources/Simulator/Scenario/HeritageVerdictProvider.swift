import BuildingModel

/// The heritage rules' answer on one measure kind on one façade (or on the building): the `Verdict` of the rule
/// set (the one verdict vocabulary of renovate), its conditions and the reason.
public struct HeritageRuling: Sendable, Hashable {
    public var verdict: Verdict
    /// Conditions of a conditional verdict (materials, visibility…); reported as "needs ABF approval".
    public var conditions: [String]
    /// Why (the deciding rule's reason, or why there is no verdict).
    public var reason: String

    public init(verdict: Verdict, conditions: [String] = [], reason: String = "") {
        self.verdict = verdict
        self.conditions = conditions
        self.reason = reason
    }

    public static let allowed = HeritageRuling(verdict: .allowed)
    public static func conditional(_ conditions: [String]) -> HeritageRuling {
        HeritageRuling(verdict: .conditional, conditions: conditions)
    }
    public static func forbidden(_ reason: String) -> HeritageRuling { HeritageRuling(verdict: .forbidden, reason: reason) }
}

/// Gives the heritage ruling of a measure kind on a façade (`nil`: the building as a whole).
///
/// The real provider is a building's `HeritageAssessment` (from `HeritageCheck.assess`), so the rules that
/// `renovate check` reports are the rules the simulation applies; tests may use `ClosureVerdictProvider`.
public protocol HeritageVerdictProvider: Sendable {
    func verdict(measureKind: MeasureKind, facade: FacadeSegment?) -> HeritageRuling
    /// Whether the building lies under at least one heritage protection (for `apply_if.protected`).
    var isProtected: Bool { get }
}

extension HeritageAssessment: HeritageVerdictProvider {
    /// The assessment's verdict for the measure on that façade (façade-bound kinds) or on the building.
    /// A façade-bound kind asked without a façade, or on a façade the assessment has no verdict for (not exposed),
    /// is forbidden: there is nowhere it could go.
    public func verdict(measureKind: MeasureKind, facade: FacadeSegment?) -> HeritageRuling {
        let index = measureKind.isFacadeBound ? facade?.index : nil
        guard let v = verdict(for: measureKind, facadeIndex: index) else {
            let place = index.map { "façade #\($0)" } ?? "the building"
            return .forbidden("no heritage verdict for \(measureKind.rawValue) on \(place) (no exposed façade)")
        }
        return HeritageRuling(verdict: v.verdict, conditions: v.conditions,
                              reason: v.ruleID.map { "\(v.reason) [rule \($0)]" } ?? v.reason)
    }

    public var isProtected: Bool { !protections.isEmpty }
}

/// A verdict provider from a closure (tests).
public struct ClosureVerdictProvider: HeritageVerdictProvider {
    let body: @Sendable (MeasureKind, FacadeSegment?) -> HeritageRuling
    public let isProtected: Bool
    public init(isProtected: Bool = true, _ body: @escaping @Sendable (MeasureKind, FacadeSegment?) -> HeritageRuling) {
        self.body = body
        self.isProtected = isProtected
    }
    public func verdict(measureKind: MeasureKind, facade: FacadeSegment?) -> HeritageRuling { body(measureKind, facade) }
}

/// Every measure allowed everywhere (an unprotected building).
public struct AllowEverything: HeritageVerdictProvider {
    public init() {}
    public func verdict(measureKind: MeasureKind, facade: FacadeSegment?) -> HeritageRuling { .allowed }
    public var isProtected: Bool { false }
}

/// The verdict provider of a building left out of a shard's heritage assessment
/// (`ScenarioPairEvaluator.init(stock:…assessing:)`): such a building is never planned, and if it were, every
/// measure would be refused with a reason that says why.
struct OutsideAssessedShard: HeritageVerdictProvider {
    let shard: ShardSpec

    func verdict(measureKind: MeasureKind, facade: FacadeSegment?) -> HeritageRuling {
        .forbidden("not assessed: the building is outside shard \(shard)")
    }

    var isProtected: Bool { false }
}
