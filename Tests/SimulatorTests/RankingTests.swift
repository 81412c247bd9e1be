import Foundation
import PropertyBased
import Testing

@testable import Simulator

/// Hand-built outcomes: one building (before: 420 kWh/(m²·year), class F) under six scenarios.
private func outcome(
    _ scenario: String, capex: Double, saved: Double, co2: Double, npv: Double, after: Double,
    classAfter: DPEClass, overheating: Double, heritage: RankableOutcome.HeritageStatus = .allowed,
    building: String = "B1", dwellings: Int = 2, classBefore: DPEClass = .f
) -> RankableOutcome {
    RankableOutcome(
        buildingId: building, scenarioId: scenario, dwellings: dwellings, capexEUR: capex, npvEUR: npv,
        primaryEnergyBeforeKWhPerM2: 420, primaryEnergyAfterKWhPerM2: after, primaryEnergySavedKWhPerYear: saved,
        co2AvoidedKgPerYear: co2, classBefore: classBefore, classAfter: classAfter, overheatingHours: overheating,
        heritage: heritage)
}

private let building: [RankableOutcome] = [
    outcome("base", capex: 0, saved: 0, co2: 0, npv: 0, after: 400, classAfter: .f, overheating: 10),
    outcome("walls", capex: 20_000, saved: 10_000, co2: 500, npv: 5_000, after: 250, classAfter: .d, overheating: 30,
            heritage: .needsApproval),
    outcome("windows", capex: 8_000, saved: 2_000, co2: 100, npv: -1_000, after: 340, classAfter: .f, overheating: 12),
    outcome("roof", capex: 12_000, saved: 6_000, co2: 600, npv: 9_000, after: 300, classAfter: .e, overheating: 5),
    outcome("doors", capex: 9_000, saved: 1_000, co2: 50, npv: -3_000, after: 350, classAfter: .f, overheating: 13),
    outcome("ext-insulation", capex: 15_000, saved: 15_000, co2: 900, npv: 20_000, after: 200, classAfter: .c,
            overheating: 8, heritage: .blocked),
]

@Suite("Ranking") struct RankingTests {
    private func order(_ r: BuildingRanking) -> [String] { r.entries.map(\.scenarioId) }

    @Test func costPerKWhBreaksTiesByCapexAndPutsUnrankedThenBlockedLast() throws {
        let r = BuildingRanking(buildingId: "B1", outcomes: building, rule: try RankingRule(.costPerKWh))
        // roof 12000/6000 = 2.0 and walls 20000/10000 = 2.0 tie: cheaper roof first; windows 4.0; doors 9.0.
        #expect(order(r) == ["roof", "walls", "windows", "doors", "base", "ext-insulation"])
        #expect(r.entries.map(\.rank) == [1, 2, 3, 4, nil, nil])
        #expect(r.entries[0].score == 2.0 && r.entries[3].score == 9.0)
        #expect(r.entries[4].status == .notApplicable(reason: "saves no primary energy"))
        #expect(r.entries[5].status == .blocked)
        #expect(r.entries[1].needsApproval)
        #expect(r.best?.scenarioId == "roof")
    }

    @Test func otherCriteria() throws {
        let co2 = BuildingRanking(buildingId: "B1", outcomes: building, rule: try RankingRule(.costPerCO2))
        // roof 20, walls 40, windows 80, doors 180 EUR/(kg/year).
        #expect(order(co2) == ["roof", "walls", "windows", "doors", "base", "ext-insulation"])
        let npv = BuildingRanking(buildingId: "B1", outcomes: building, rule: try RankingRule(.npv))
        #expect(order(npv) == ["roof", "walls", "base", "windows", "doors", "ext-insulation"])
        let pe = BuildingRanking(buildingId: "B1", outcomes: building, rule: try RankingRule(.primaryEnergy))
        #expect(order(pe) == ["walls", "roof", "windows", "doors", "base", "ext-insulation"])
    }

    @Test func cheapestToClassRanksOnlyScenariosReachingIt() throws {
        let r = BuildingRanking(
            buildingId: "B1", outcomes: building, rule: try RankingRule(.cheapestToClass, targetClass: .e))
        #expect(order(r) == ["roof", "walls", "base", "doors", "windows", "ext-insulation"])
        #expect(r.entries.map(\.rank) == [1, 2, nil, nil, nil, nil])
        #expect(r.entries[2].status == .notApplicable(reason: "reaches class F, not E"))
        #expect(throws: RankingError.missingTargetClass) { try RankingRule(.cheapestToClass) }
    }

    @Test func paretoFrontOnCapexEnergyAndOverheating() throws {
        // doors (9000, 350, 13) is dominated by windows (8000, 340, 12); the blocked scenario is never on it.
        let front = ParetoFront.members(of: building).map(\.scenarioId)
        #expect(front == ["base", "walls", "windows", "roof"])
        let r = BuildingRanking(buildingId: "B1", outcomes: building, rule: try RankingRule(.npv))
        #expect(Set(r.entries.filter(\.onParetoFront).map(\.scenarioId)) == Set(front))
    }

    @Test func dominanceOnSmallCases() {
        #expect(ParetoFront.dominates([1, 2, 3], [1, 2, 4]))
        #expect(!ParetoFront.dominates([1, 2, 3], [1, 2, 3]))
        #expect(!ParetoFront.dominates([0, 5, 3], [1, 2, 3]))
        #expect(ParetoFront.indices(of: [[1, 1, 1], [1, 1, 1], [2, 2, 2]]) == [0, 1])
    }

    @Test func frontMembersAreMutuallyNonDominatedAndDominateTheRest() async {
        let point = Gen.int(in: 0...6).map(Double.init).array(of: 3)
        await propertyCheck(input: point.array(of: 1...25)) { points in
            let front = Set(ParetoFront.indices(of: points))
            #expect(!front.isEmpty)
            for i in front {
                #expect(!front.contains { j in ParetoFront.dominates(points[j], points[i]) })
            }
            for i in points.indices where !front.contains(i) {
                #expect(front.contains { j in ParetoFront.dominates(points[j], points[i]) })
            }
        }
    }

    @Test func rankAllGroupsByBuildingInIdOrder() throws {
        let other = outcome("base", capex: 0, saved: 0, co2: 0, npv: 0, after: 100, classAfter: .b, overheating: 0, building: "A0")
        let rankings = BuildingRanking.rankAll(building + [other], rule: try RankingRule(.npv))
        #expect(rankings.map(\.buildingId) == ["A0", "B1"])
        #expect(rankings[1].entries.count == building.count)
    }

    @Test func classesParseAndCarryTheRentalBanYears() throws {
        #expect(try DPEClass(parsing: "d") == .d)
        #expect(throws: RankingError.unknownClass("H")) { try DPEClass(parsing: "H") }
        #expect(DPEClass.allCases.map(\.rentalBanYear) == [nil, nil, nil, nil, 2034, 2028, 2025])
        #expect(DPEClass.a < .g)
    }
}

@Suite("District summary") struct DistrictSummaryTests {
    let walls: [RankableOutcome] = [
        outcome("walls", capex: 10_000, saved: 1_000, co2: 100, npv: 0, after: 300, classAfter: .e, overheating: 0,
                building: "b1", dwellings: 4, classBefore: .g),
        outcome("walls", capex: 5_000, saved: 500, co2: 50, npv: 0, after: 150, classAfter: .c, overheating: 0,
                heritage: .needsApproval, building: "b2", dwellings: 2, classBefore: .f),
        outcome("walls", capex: 99_999, saved: 9_999, co2: 999, npv: 0, after: 200, classAfter: .d, overheating: 0,
                heritage: .blocked, building: "b3", dwellings: 3, classBefore: .g),
        outcome("walls", capex: 100, saved: -10, co2: -5, npv: 0, after: 260, classAfter: .e, overheating: 0,
                building: "b4", dwellings: 1, classBefore: .d),
    ]

    @Test func classesBeforeAndAfterWithBlockedBuildingsUnchanged() {
        let s = DistrictSummary(scenarioId: "walls", outcomes: walls)
        #expect(s.buildings == 4 && s.dwellings == 10)
        #expect(s.dwellingsByClassBefore == [.a: 0, .b: 0, .c: 0, .d: 1, .e: 0, .f: 2, .g: 7])
        #expect(s.dwellingsByClassAfter == [.a: 0, .b: 0, .c: 2, .d: 0, .e: 5, .f: 0, .g: 3])
        #expect(s.dwellingsByClassAfter.values.reduce(0, +) == s.dwellings)
    }

    @Test func totalsLeaveOutBlockedBuildings() {
        let s = DistrictSummary(scenarioId: "walls", outcomes: walls)
        #expect(s.totalCapexEUR == 15_100)
        #expect(s.co2AvoidedKgPerYear == 145)
        #expect(s.primaryEnergySavedKWhPerYear == 1_490)
        #expect(s.buildingsBlocked == 1 && s.buildingsNeedingApproval == 1)
    }

    @Test func dwellingsLeavingAndEnteringTheRentalBan() {
        let s = DistrictSummary(scenarioId: "walls", outcomes: walls)
        let steps = s.rentalBan.map { [$0.year, $0.bannedBefore, $0.bannedAfter, $0.leaving, $0.entering] }
        #expect(steps == [
            [2025, 7, 3, 4, 0],  // G: b1 (4) leaves; b3 (3) blocked stays G.
            [2028, 9, 3, 6, 0],  // F or G: b1 and b2 leave.
            [2034, 9, 8, 2, 1],  // E to G: only b2 (C) leaves; b1 reaches E only; b4 falls from D to E.
        ])
    }

    @Test func perScenarioFollowsTheGivenOrderThenIds() {
        let extra = outcome("zz", capex: 1, saved: 1, co2: 1, npv: 0, after: 1, classAfter: .a, overheating: 0)
        let summaries = DistrictSummary.perScenario(walls + [extra], scenarioOrder: ["base", "walls"])
        #expect(summaries.map(\.scenarioId) == ["base", "walls", "zz"])
        #expect(summaries[0].buildings == 0 && summaries[0].dwellingsByClassAfter.values.reduce(0, +) == 0)
        #expect(summaries[1] == DistrictSummary(scenarioId: "walls", outcomes: walls))
    }

    @Test func summariesFromAStoreMatchTheFakeRun() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (store, _) = try BatchFixture.run(at: dir.appendingPathComponent("r.sqlite").path, threads: 2)
        let outcomes = try store.outcomes()
        let summaries = DistrictSummary.perScenario(outcomes, scenarioOrder: BatchFixture.scenarioIds)
        #expect(summaries.map(\.scenarioId) == BatchFixture.scenarioIds)
        #expect(summaries.allSatisfy { $0.buildings == 39 })
        // The fake blocks "windows" on every 4th building index (0, 4, … 36: 10 buildings).
        #expect(summaries[2].buildingsBlocked == 10)
        #expect(summaries[0].dwellingsByClassBefore == summaries[0].dwellingsByClassAfter)
    }
}


/// A building's Pareto front breaks exact ties by the scenario as written: fewer measures wins.
@Suite struct ParetoTieTests {
    @Test func theSimplerScenarioKeepsAnExactTie() {
        func o(_ id: String, capex: Double, after: Double, planned: Int) -> RankableOutcome {
            RankableOutcome(
                buildingId: "B", scenarioId: id, dwellings: 1, capexEUR: capex, npvEUR: 0, primaryEnergyBeforeKWhPerM2: 400,
                primaryEnergyAfterKWhPerM2: after, primaryEnergySavedKWhPerYear: (400 - after) * 100,
                co2AvoidedKgPerYear: 0, classBefore: .f, classAfter: .e, overheatingHours: 10, heritage: .allowed,
                application: planned == 0 ? .noWorks : .full, plannedMeasures: planned)
        }
        let outcomes = [
            o("baseline", capex: 0, after: 400, planned: 0),
            o("pellet-boiler", capex: 0, after: 400, planned: 2),  // every measure skipped: the same as no works
            o("attic-only", capex: 3_000, after: 300, planned: 1),
            o("attic-and-boiler", capex: 3_000, after: 300, planned: 2),  // the boiler skipped: the same as attic only
        ]
        #expect(ParetoFront.members(of: outcomes).map(\.scenarioId) == ["baseline", "attic-only"])
        let ranking = BuildingRanking(buildingId: "B", outcomes: outcomes, rule: try! RankingRule(.costPerKWh))
        #expect(ranking.entries.filter(\.onParetoFront).map(\.scenarioId).sorted() == ["attic-only", "baseline"])
    }
}
