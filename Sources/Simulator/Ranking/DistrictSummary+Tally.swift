extension DistrictSummary {
    /// The running totals of one scenario, outcome by outcome (a streamed results file is summarised without
    /// holding its pairs). Adding the outcomes in the same order gives the same sums, to the bit.
    public struct Tally: Sendable {
        public let scenarioId: String
        var buildings = 0, dwellings = 0, blocked = 0, approval = 0
        var capex = 0.0, co2 = 0.0, energy = 0.0
        var before = Dictionary(uniqueKeysWithValues: DPEClass.allCases.map { ($0, 0) })
        var after = Dictionary(uniqueKeysWithValues: DPEClass.allCases.map { ($0, 0) })
        var steps = RentalBan.banYears.map { (year: $0, before: 0, after: 0, leaving: 0, entering: 0) }
        var application = Dictionary(uniqueKeysWithValues: ScenarioApplication.allCases.map { ($0, 0) })

        public init(scenarioId: String) { self.scenarioId = scenarioId }

        /// Counts one building's outcome: a blocked building stays as it is (its class before on both sides, no
        /// capex, CO₂ or energy).
        public mutating func add(_ o: RankableOutcome) {
            let isBlocked = o.heritage == .blocked
            let classAfter = isBlocked ? o.classBefore : o.classAfter
            buildings += 1
            dwellings += o.dwellings
            application[o.application, default: 0] += 1
            before[o.classBefore, default: 0] += o.dwellings
            after[classAfter, default: 0] += o.dwellings
            if isBlocked {
                blocked += 1
            } else {
                capex += o.capexEUR
                co2 += o.co2AvoidedKgPerYear
                energy += o.primaryEnergySavedKWhPerYear
                if o.heritage == .needsApproval { approval += 1 }
            }
            for i in steps.indices {
                let year = steps[i].year
                let wasBanned = o.classBefore.rentalBanYear.map { $0 <= year } ?? false
                let isBanned = classAfter.rentalBanYear.map { $0 <= year } ?? false
                if wasBanned { steps[i].before += o.dwellings }
                if isBanned { steps[i].after += o.dwellings }
                if wasBanned && !isBanned { steps[i].leaving += o.dwellings }
                if !wasBanned && isBanned { steps[i].entering += o.dwellings }
            }
        }

        public var summary: DistrictSummary {
            DistrictSummary(
                scenarioId: scenarioId, buildings: buildings, dwellings: dwellings, dwellingsByClassBefore: before,
                dwellingsByClassAfter: after,
                rentalBan: steps.map {
                    RentalBanStep(year: $0.year, bannedBefore: $0.before, bannedAfter: $0.after, leaving: $0.leaving,
                                  entering: $0.entering)
                },
                totalCapexEUR: capex, co2AvoidedKgPerYear: co2, primaryEnergySavedKWhPerYear: energy,
                buildingsBlocked: blocked, buildingsNeedingApproval: approval, buildingsByApplication: application)
        }
    }

    /// One `Tally` per scenario met.
    public struct Tallies: Sendable {
        var byScenario: [String: Tally] = [:]

        public init() {}

        public mutating func add(_ o: RankableOutcome) {
            byScenario[o.scenarioId, default: Tally(scenarioId: o.scenarioId)].add(o)
        }

        /// One summary per scenario, in `scenarioOrder` (scenarios without outcomes get an empty summary);
        /// scenarios met but missing from `scenarioOrder` follow, sorted by id.
        public func summaries(scenarioOrder: [String]) -> [DistrictSummary] {
            let listed = Set(scenarioOrder)
            let order = scenarioOrder + byScenario.keys.filter { !listed.contains($0) }.sorted()
            return order.map { (byScenario[$0] ?? Tally(scenarioId: $0)).summary }
        }
    }
}
