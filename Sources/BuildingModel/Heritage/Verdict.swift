/// What a rule set says about one measure on one façade (or on the building).
///
/// Ordered by restrictiveness: `allowed < conditional < forbidden`. When several rules match, the most
/// restrictive one wins.
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
    /// No heritage objection (ordinary permits still apply).
    case allowed
    /// Possible under conditions (materials, profiles, visibility…), usually with the ABF's agreement.
    case conditional
    /// Not acceptable in this context.
    case forbidden

    /// Restrictiveness rank: 0, 1, 2.
    public var rank: Int {
        switch self {
        case .allowed: 0
        case .conditional: 1
        case .forbidden: 2
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}
