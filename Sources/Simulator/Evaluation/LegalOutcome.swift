/// What the rental-ban law says about a dwelling after a scenario.
public enum LegalOutcome: Sendable, Hashable, CustomStringConvertible {
    /// May be let under the whole current calendar.
    case compliant
    /// May not be let from this year (2023 final-energy limit, 2025 G, 2028 F, 2034 E).
    case bannedFrom(Int)
    /// The works were refused on heritage grounds (art. 3 ter of décret 2002-120): the dwelling stays
    /// non-compliant from the given year but no court can order the works (domain.md §2). Nil year: the baseline
    /// is compliant anyway.
    case blockedByHeritage(banYear: Int?)

    public var description: String {
        switch self {
        case .compliant: "compliant"
        case .bannedFrom(let y): "banned-from-\(y)"
        case .blockedByHeritage(let y?): "blocked-by-heritage (banned from \(y))"
        case .blockedByHeritage(nil): "blocked-by-heritage"
        }
    }
}
