/// District totals for one scenario applied to every building that has a result for it.
///
/// Where the scenario is blocked by heritage rules on a building, that building stays as it is: its dwellings
/// count in their class before the works on both sides, and its capex, CO₂ and energy are not added. Buildings
/// needing ABF approval are counted as done (and counted in `buildingsNeedingApproval`).
public struct DistrictSummary: Sendable, Hashable {
    public let scenarioId: String
    /// Buildings with a result for this scenario.
    public let buildings: Int
    public let dwellings: Int
    /// Dwellings per DPE class before the works (every class present, zero when empty).
    public let dwellingsByClassBefore: [DPEClass: Int]
    /// Dwellings per DPE class after the works (blocked buildings unchanged).
    public let dwellingsByClassAfter: [DPEClass: Int]
    /// For each rental-ban step (2025 G, 2028 F, 2034 E): dwellings banned from renting in that year before
    /// and after the works, those the works take out of the ban and those they would bring into it.
    public let rentalBan: [RentalBanStep]
    /// Capex of the buildings where the scenario is carried out, EUR.
    public let totalCapexEUR: Double
    /// CO₂ avoided by those buildings, kg/year.
    public let co2AvoidedKgPerYear: Double
    /// Primary energy saved by those buildings, kWh/year.
    public let primaryEnergySavedKWhPerYear: Double
    /// Buildings where the scenario is blocked by heritage rules.
    public let buildingsBlocked: Int
    /// Buildings where the scenario needs the approval of the Architecte des Bâtiments de France.
    public let buildingsNeedingApproval: Int

    /// Dwellings of a rental-ban step.
    public struct RentalBanStep: Sendable, Hashable {
        /// The year from which the step's class can no longer be let.
        public let year: Int
        /// Dwellings whose class is banned by `year` (that class or worse) before the works.
        public let bannedBefore: Int
        /// Same after the works.
        public let bannedAfter: Int
        /// Dwellings banned by `year` before and not after.
        public let leaving: Int
        /// Dwellings not banned by `year` before and banned after (a worse label after the works).
        public let entering: Int
    }

    /// Summarises the outcomes of one scenario (every outcome must have `scenarioId`).
    /// - Complexity: O(n) for n buildings.
    public init(scenarioId: String, outcomes: [RankableOutcome]) {
        precondition(outcomes.allSatisfy { $0.scenarioId == scenarioId }, "outcomes of another scenario")
        var before = Dictionary(uniqueKeysWithValues: DPEClass.allCases.map { ($0, 0) })
        var after = before
        var capex = 0.0, co2 = 0.0, energy = 0.0
        var blocked = 0, approval = 0, dwellings = 0
        var steps = RentalBan.banYears.map { (year: $0, before: 0, after: 0, leaving: 0, entering: 0) }
        for o in outcomes {
            let isBlocked = o.heritage == .blocked
            let classAfter = isBlocked ? o.classBefore : o.classAfter
            dwellings += o.dwellings
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
        self.scenarioId = scenarioId
        self.buildings = outcomes.count
        self.dwellings = dwellings
        self.dwellingsByClassBefore = before
        self.dwellingsByClassAfter = after
        self.rentalBan = steps.map {
            RentalBanStep(year: $0.year, bannedBefore: $0.before, bannedAfter: $0.after, leaving: $0.leaving, entering: $0.entering)
        }
        self.totalCapexEUR = capex
        self.co2AvoidedKgPerYear = co2
        self.primaryEnergySavedKWhPerYear = energy
        self.buildingsBlocked = blocked
        self.buildingsNeedingApproval = approval
    }

    /// One summary per scenario, in `scenarioOrder` (scenarios without outcomes get an empty summary);
    /// scenarios of `outcomes` missing from `scenarioOrder` follow, sorted by id.
    /// - Complexity: O(n) for n outcomes.
    public static func perScenario(_ outcomes: [RankableOutcome], scenarioOrder: [String] = []) -> [DistrictSummary] {
        let groups = Dictionary(grouping: outcomes, by: \.scenarioId)
        let listed = Set(scenarioOrder)
        let order = scenarioOrder + groups.keys.filter { !listed.contains($0) }.sorted()
        return order.map { DistrictSummary(scenarioId: $0, outcomes: groups[$0] ?? []) }
    }
}
