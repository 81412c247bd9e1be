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
    /// Buildings per `ScenarioApplication` (how much of the scenario each got), every case present.
    public let buildingsByApplication: [ScenarioApplication: Int]

    /// Buildings that got the whole scenario (as written, with substitutes, or a scenario without works).
    public var buildingsAppliedWhole: Int { ScenarioApplication.shares(buildingsByApplication).whole }
    /// Buildings that got part of it (some measures skipped).
    public var buildingsAppliedPartly: Int { ScenarioApplication.shares(buildingsByApplication).partly }
    /// Buildings that got none of it though not blocked: no measure possible, or excluded by `apply_if`.
    public var buildingsNotApplied: Int { ScenarioApplication.shares(buildingsByApplication).notApplied }
    /// `n` buildings as a whole percentage of this summary's buildings (0 without any).
    public func percentOfBuildings(_ n: Int) -> Int {
        buildings > 0 ? Int((Double(n) / Double(buildings) * 100).rounded()) : 0
    }
    /// Dwellings in classes F or G after the works (blocked buildings unchanged).
    public var dwellingsFGAfter: Int { (dwellingsByClassAfter[.f] ?? 0) + (dwellingsByClassAfter[.g] ?? 0) }
    /// Dwellings in classes F or G before the works.
    public var dwellingsFGBefore: Int { (dwellingsByClassBefore[.f] ?? 0) + (dwellingsByClassBefore[.g] ?? 0) }

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
        var tally = Tally(scenarioId: scenarioId)
        for o in outcomes { tally.add(o) }
        self = tally.summary
    }

    init(scenarioId: String, buildings: Int, dwellings: Int, dwellingsByClassBefore: [DPEClass: Int],
         dwellingsByClassAfter: [DPEClass: Int], rentalBan: [RentalBanStep], totalCapexEUR: Double,
         co2AvoidedKgPerYear: Double, primaryEnergySavedKWhPerYear: Double, buildingsBlocked: Int,
         buildingsNeedingApproval: Int, buildingsByApplication: [ScenarioApplication: Int]) {
        self.buildingsByApplication = buildingsByApplication
        self.scenarioId = scenarioId
        self.buildings = buildings
        self.dwellings = dwellings
        self.dwellingsByClassBefore = dwellingsByClassBefore
        self.dwellingsByClassAfter = dwellingsByClassAfter
        self.rentalBan = rentalBan
        self.totalCapexEUR = totalCapexEUR
        self.co2AvoidedKgPerYear = co2AvoidedKgPerYear
        self.primaryEnergySavedKWhPerYear = primaryEnergySavedKWhPerYear
        self.buildingsBlocked = buildingsBlocked
        self.buildingsNeedingApproval = buildingsNeedingApproval
    }

    /// One summary per scenario, in `scenarioOrder` (scenarios without outcomes get an empty summary);
    /// scenarios of `outcomes` missing from `scenarioOrder` follow, sorted by id.
    /// - Complexity: O(n) for n outcomes.
    public static func perScenario(_ outcomes: [RankableOutcome], scenarioOrder: [String] = []) -> [DistrictSummary] {
        var tallies = Tallies()
        for o in outcomes { tallies.add(o) }
        return tallies.summaries(scenarioOrder: scenarioOrder)
    }
}
