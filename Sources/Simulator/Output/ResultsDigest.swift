/// What the end of a run needs from every pair — the district totals per scenario, each building's best
/// scenario and blocked count, how many buildings rank each scenario first — gathered in one pass over the
/// store, building by building (`ResultsStore.forEachBuilding`): memory grows with the buildings and scenarios,
/// not with the pairs.
public struct ResultsDigest: Sendable {
    /// What the `buildings` layer shows of one building's ranking.
    public struct BuildingBest: Sendable {
        public var classBefore: DPEClass?
        /// The rank-1 outcome under the digest's rule, nil when no scenario is ranked.
        public var best: RankableOutcome?
        /// Scenarios the heritage rules block on the building.
        public var blockedScenarios: Int
    }

    public let rule: RankingRule
    public private(set) var buildings: [String: BuildingBest] = [:]
    /// Per scenario id: the buildings that rank it first.
    public private(set) var wins: [String: Int] = [:]
    var tallies = DistrictSummary.Tallies()

    public init(rule: RankingRule) { self.rule = rule }

    /// Adds one building's outcomes (every outcome of one building id).
    public mutating func add(buildingOutcomes outcomes: [RankableOutcome]) {
        guard let id = outcomes.first?.buildingId else { return }
        let ranking = BuildingRanking(buildingId: id, outcomes: outcomes, rule: rule)
        let best = ranking.best?.outcome
        buildings[id] = BuildingBest(classBefore: ranking.entries.first?.outcome.classBefore, best: best,
                                     blockedScenarios: ranking.entries.filter { $0.status == .blocked }.count)
        if let best { wins[best.scenarioId, default: 0] += 1 }
        for o in outcomes { tallies.add(o) }
    }

    /// One district summary per scenario, in `scenarioOrder` (see `DistrictSummary.perScenario`).
    public func summaries(scenarioOrder: [String]) -> [DistrictSummary] {
        tallies.summaries(scenarioOrder: scenarioOrder)
    }

    /// The digest of a store's results.
    public static func read(_ store: ResultsStore, rule: RankingRule) throws(BatchError) -> ResultsDigest {
        var digest = ResultsDigest(rule: rule)
        try store.forEachBuilding { digest.add(buildingOutcomes: $0) }
        return digest
    }
}
