/// The scenarios of one building, ranked by a rule, with heritage status and Pareto membership.
public struct BuildingRanking: Sendable, Hashable {
    public let buildingId: String
    public let rule: RankingRule
    /// Ranked scenarios first (best first), then those the rule does not apply to, then the blocked ones.
    public let entries: [Entry]

    /// One scenario in a building's ranking.
    public struct Entry: Sendable, Hashable {
        public let outcome: RankableOutcome
        /// 1 for the best; nil when not ranked (blocked or not applicable).
        public let rank: Int?
        /// The criterion's value (EUR/(kWh/year), EUR/(kg/year), EUR or kWh/(m²·year)); nil when not ranked.
        public let score: Double?
        public let status: Status
        /// Whether the scenario is on the building's Pareto front of (capex, primary energy, overheating hours).
        public let onParetoFront: Bool

        public var scenarioId: String { outcome.scenarioId }
        /// Allowed only with the approval of the Architecte des Bâtiments de France.
        public var needsApproval: Bool { outcome.heritage == .needsApproval }
    }

    public enum Status: Sendable, Hashable, CustomStringConvertible {
        case ranked
        /// The rule does not apply (nothing saved, target class not reached…).
        case notApplicable(reason: String)
        /// A heritage rule forbids a measure of the scenario on this building.
        case blocked

        public var description: String {
            switch self {
            case .ranked: "ranked"
            case .notApplicable(let reason): "not applicable: \(reason)"
            case .blocked: "blocked by heritage rules"
            }
        }
    }

    /// Ranks the outcomes of one building (all with the same building id).
    ///
    /// Ties on the score are broken by lower capex, then by scenario id, so the order is total and
    /// reproducible. Unranked entries are sorted by scenario id.
    /// - Complexity: O(n²) for n scenarios (the Pareto front), O(n log n) for the ranking.
    public init(buildingId: String, outcomes: [RankableOutcome], rule: RankingRule) {
        precondition(outcomes.allSatisfy { $0.buildingId == buildingId }, "outcomes of another building")
        let front = Set(ParetoFront.members(of: outcomes).map(\.scenarioId))
        var scored: [(RankableOutcome, Double)] = []
        var unranked: [Entry] = []
        var blocked: [Entry] = []
        for o in outcomes {
            let onFront = front.contains(o.scenarioId)
            if o.heritage == .blocked {
                blocked.append(Entry(outcome: o, rank: nil, score: nil, status: .blocked, onParetoFront: false))
                continue
            }
            switch rule.score(o) {
            case .success(let s): scored.append((o, s))
            case .failure(let n):
                unranked.append(
                    Entry(outcome: o, rank: nil, score: nil, status: .notApplicable(reason: n.reason), onParetoFront: onFront))
            }
        }
        let higher = rule.criterion.higherIsBetter
        scored.sort { a, b in
            if a.1 != b.1 { return higher ? a.1 > b.1 : a.1 < b.1 }
            if a.0.capexEUR != b.0.capexEUR { return a.0.capexEUR < b.0.capexEUR }
            return a.0.scenarioId < b.0.scenarioId
        }
        let ranked = scored.enumerated().map { i, pair in
            Entry(outcome: pair.0, rank: i + 1, score: pair.1, status: .ranked, onParetoFront: front.contains(pair.0.scenarioId))
        }
        self.buildingId = buildingId
        self.rule = rule
        self.entries =
            ranked + unranked.sorted { $0.scenarioId < $1.scenarioId } + blocked.sorted { $0.scenarioId < $1.scenarioId }
    }

    /// The best ranked entry, if any.
    public var best: Entry? { entries.first { $0.rank == 1 } }

    /// Rankings of every building in `outcomes`, sorted by building id.
    /// - Complexity: O(N + Σ nᵢ²) for N outcomes and nᵢ scenarios per building.
    public static func rankAll(_ outcomes: [RankableOutcome], rule: RankingRule) -> [BuildingRanking] {
        Dictionary(grouping: outcomes, by: \.buildingId)
            .sorted { $0.key < $1.key }
            .map { BuildingRanking(buildingId: $0.key, outcomes: $0.value, rule: rule) }
    }
}
