/// The figures the report shows, computed once from a validated `ReportInput`.
///
/// Dwelling counts give each building's dwellings the building's class (the DPE here is per building).
/// Means of primary energy are weighted by `ReportBuilding.floorAreaM2`, so they are district kWh / district m².
public struct ReportSummary: Sendable {
    /// Figures of one scenario over the district.
    public struct ScenarioFigures: Sendable {
        public var scenario: ReportScenario
        /// 1-based number shown in charts and tables.
        public var number: Int
        /// Dwellings per class after works (buildings with an outcome only).
        public var dwellingsAfter: [DPEClass: Int]
        /// Dwellings in buildings that have no outcome for this scenario.
        public var dwellingsWithoutResult: Int
        /// Dwellings in F or G before and not after.
        public var dwellingsLeavingFOrG: Int
        /// Dwellings in F or G after works.
        public var dwellingsStillFOrG: Int
        public var totalCapexEUR: Double
        /// Floor-area-weighted mean primary energy after works, kWh/(m²·year); nil when no floor area has a result.
        public var meanPrimaryEnergyKWhPerM2Year: Double?
        public var buildingsWithResult: Int
        public var buildingsBlockedByHeritage: Int
        public var buildingsNeedingABFApproval: Int
        /// Buildings per `ScenarioApplication` (how much of the scenario each got).
        public var buildingsByApplication: [ScenarioApplication: Int] = [:]
        /// Measures of the scenario as written (from its outcomes; 0 without any).
        public var plannedMeasures = 0
        /// Whether no other scenario is both cheaper-or-equal and better-or-equal on mean primary energy.
        public var isOnParetoFront: Bool
        /// Dwellings in buildings with an outcome.
        public var dwellingsWithResult = 0
        /// Summer overheating of the top storeys (nil when no outcome carries it).
        public var topStoreys: TopStoreyOverheating?

        /// Total capex over the dwellings of the buildings with a result; nil without dwellings.
        public var capexPerDwellingEUR: Double? {
            dwellingsWithResult > 0 ? totalCapexEUR / Double(dwellingsWithResult) : nil
        }
    }

    /// Hours above 28 °C (1 May – 30 September, free float) of the top storey of every building with the figure.
    public struct TopStoreyOverheating: Sendable, Hashable {
        public var buildings: Int
        public var meanHours: Double
        /// 90th percentile (nearest rank) of the buildings' top-storey hours.
        public var p90Hours: Int
        public var meanDegreeHoursKh: Double

        /// nil for no building.
        init?(hours: [Int], degreeHoursKh: [Double]) {
            guard !hours.isEmpty else { return nil }
            let sorted = hours.sorted()
            buildings = hours.count
            meanHours = Double(hours.reduce(0, +)) / Double(hours.count)
            p90Hours = sorted[min(sorted.count - 1, max(0, Int((0.9 * Double(sorted.count)).rounded(.up)) - 1))]
            meanDegreeHoursKh = degreeHoursKh.reduce(0, +) / Double(max(1, degreeHoursKh.count))
        }
    }

    public var totalDwellings: Int
    public var dwellingsBefore: [DPEClass: Int]
    /// Floor-area-weighted mean primary energy today, when every building with floor area has it.
    public var meanPrimaryEnergyBeforeKWhPerM2Year: Double?
    public var scenarios: [ScenarioFigures]
    /// The scenarios on the Pareto front, by increasing total capex.
    public var paretoFront: [ScenarioParetoFront.Point]
    /// `outcomes[b][s]`: outcome of building `b` (input order) under scenario `s` (input order).
    public var outcomes: [[ReportOutcome?]]

    /// Validates `input` (collecting every problem) and computes the figures.
    /// - Throws: `ReportError.invalidInput` listing every problem found.
    /// - Complexity: O(buildings × scenarios + outcomes).
    public init(_ input: ReportInput) throws(ReportError) {
        var problems: [ReportInputProblem] = []
        var buildingIndex: [String: Int] = [:]
        for (i, b) in input.buildings.enumerated() {
            if buildingIndex[b.id] != nil { problems.append(.duplicateBuildingID(b.id)) } else { buildingIndex[b.id] = i }
            let owner = "building \"\(b.id)\""
            if b.dwellings < 0 {
                problems.append(.invalidValue(owner: owner, field: "dwellings", value: String(b.dwellings),
                                              expected: "a whole number ≥ 0"))
            }
            if !(b.floorAreaM2.isFinite && b.floorAreaM2 >= 0) {
                problems.append(.invalidValue(owner: owner, field: "floorAreaM2", value: "\(b.floorAreaM2)",
                                              expected: "a finite area ≥ 0 m²"))
            }
            if b.footprint.exterior.count < 4 || b.footprint.exterior.contains(where: { !$0.x.isFinite || !$0.y.isFinite }) {
                problems.append(.invalidValue(owner: owner, field: "footprint",
                                              value: "\(b.footprint.exterior.count) points",
                                              expected: "a closed ring of at least 4 finite points"))
            }
            if let pe = b.primaryEnergyBeforeKWhPerM2Year, !(pe.isFinite && pe >= 0) {
                problems.append(.invalidValue(owner: owner, field: "primaryEnergyBeforeKWhPerM2Year", value: "\(pe)",
                                              expected: "a finite value ≥ 0 kWh/(m²·year)"))
            }
        }
        var scenarioIndex: [String: Int] = [:]
        for (i, s) in input.scenarios.enumerated() {
            if scenarioIndex[s.id] != nil { problems.append(.duplicateScenarioID(s.id)) } else { scenarioIndex[s.id] = i }
        }
        var table = [[ReportOutcome?]](repeating: [ReportOutcome?](repeating: nil, count: input.scenarios.count),
                                       count: input.buildings.count)
        for (i, o) in input.outcomes.enumerated() {
            let b = buildingIndex[o.buildingID], s = scenarioIndex[o.scenarioID]
            if b == nil { problems.append(.unknownBuilding(outcomeIndex: i, buildingID: o.buildingID)) }
            if s == nil { problems.append(.unknownScenario(outcomeIndex: i, scenarioID: o.scenarioID)) }
            let owner = "outcome of building \"\(o.buildingID)\" in scenario \"\(o.scenarioID)\""
            if !(o.capexEUR.isFinite && o.capexEUR >= 0) {
                problems.append(.invalidValue(owner: owner, field: "capexEUR", value: "\(o.capexEUR)",
                                              expected: "a finite cost ≥ 0 €"))
            }
            if !(o.primaryEnergyKWhPerM2Year.isFinite && o.primaryEnergyKWhPerM2Year >= 0) {
                problems.append(.invalidValue(owner: owner, field: "primaryEnergyKWhPerM2Year",
                                              value: "\(o.primaryEnergyKWhPerM2Year)",
                                              expected: "a finite value ≥ 0 kWh/(m²·year)"))
            }
            if let h = o.topStoreyOverheatingHours, !(0...8760).contains(h) {
                problems.append(.invalidValue(owner: owner, field: "topStoreyOverheatingHours", value: String(h),
                                              expected: "a number of hours in 0…8760"))
            }
            if let dh = o.topStoreyOverheatingDegreeHoursKh, !(dh.isFinite && dh >= 0) {
                problems.append(.invalidValue(owner: owner, field: "topStoreyOverheatingDegreeHoursKh", value: "\(dh)",
                                              expected: "a finite value ≥ 0 K·h"))
            }
            guard let b, let s else { continue }
            if table[b][s] != nil {
                problems.append(.duplicateOutcome(buildingID: o.buildingID, scenarioID: o.scenarioID))
            } else {
                table[b][s] = o
            }
        }
        guard problems.isEmpty else { throw .invalidInput(problems) }

        outcomes = table
        var before: [DPEClass: Int] = [:]
        for c in DPEClass.allCases { before[c] = 0 }
        for b in input.buildings { before[b.classBefore, default: 0] += b.dwellings }
        dwellingsBefore = before
        totalDwellings = input.buildings.reduce(0) { $0 + $1.dwellings }

        let areaWithPE = input.buildings.filter { $0.floorAreaM2 > 0 }
        if !areaWithPE.isEmpty, areaWithPE.allSatisfy({ $0.primaryEnergyBeforeKWhPerM2Year != nil }) {
            let area = areaWithPE.reduce(0) { $0 + $1.floorAreaM2 }
            let energy = areaWithPE.reduce(0) { $0 + $1.floorAreaM2 * ($1.primaryEnergyBeforeKWhPerM2Year ?? 0) }
            meanPrimaryEnergyBeforeKWhPerM2Year = energy / area
        } else {
            meanPrimaryEnergyBeforeKWhPerM2Year = nil
        }

        var figures: [ScenarioFigures] = []
        for (s, scenario) in input.scenarios.enumerated() {
            var after: [DPEClass: Int] = [:]
            for c in DPEClass.allCases { after[c] = 0 }
            var f = ScenarioFigures(
                scenario: scenario, number: s + 1, dwellingsAfter: after, dwellingsWithoutResult: 0,
                dwellingsLeavingFOrG: 0, dwellingsStillFOrG: 0, totalCapexEUR: 0, meanPrimaryEnergyKWhPerM2Year: nil,
                buildingsWithResult: 0, buildingsBlockedByHeritage: 0, buildingsNeedingABFApproval: 0,
                isOnParetoFront: false)
            var area = 0.0, energy = 0.0
            var topHours: [Int] = [], topDegreeHours: [Double] = []
            for (b, building) in input.buildings.enumerated() {
                guard let o = table[b][s] else {
                    f.dwellingsWithoutResult += building.dwellings
                    continue
                }
                f.buildingsWithResult += 1
                f.dwellingsWithResult += building.dwellings
                if let h = o.topStoreyOverheatingHours {
                    topHours.append(h)
                    topDegreeHours.append(o.topStoreyOverheatingDegreeHoursKh ?? 0)
                }
                f.dwellingsAfter[o.classAfter, default: 0] += building.dwellings
                if building.classBefore.isFOrG && !o.classAfter.isFOrG { f.dwellingsLeavingFOrG += building.dwellings }
                if o.classAfter.isFOrG { f.dwellingsStillFOrG += building.dwellings }
                f.totalCapexEUR += o.capexEUR
                area += building.floorAreaM2
                energy += building.floorAreaM2 * o.primaryEnergyKWhPerM2Year
                if o.blockedByHeritage { f.buildingsBlockedByHeritage += 1 }
                if o.needsABFApproval { f.buildingsNeedingABFApproval += 1 }
                f.buildingsByApplication[o.application, default: 0] += 1
                f.plannedMeasures = max(f.plannedMeasures, o.plannedMeasures)
            }
            f.meanPrimaryEnergyKWhPerM2Year = area > 0 ? energy / area : nil
            f.topStoreys = TopStoreyOverheating(hours: topHours, degreeHoursKh: topDegreeHours)
            figures.append(f)
        }
        let points = figures.compactMap { f in
            f.meanPrimaryEnergyKWhPerM2Year.map {
                ScenarioParetoFront.Point(id: f.scenario.id, costEUR: f.totalCapexEUR, primaryEnergyKWhPerM2Year: $0,
                                          plannedMeasures: f.plannedMeasures)
            }
        }
        paretoFront = ScenarioParetoFront.front(of: points)
        let onFront = Set(paretoFront.map(\.id))
        for i in figures.indices { figures[i].isOnParetoFront = onFront.contains(figures[i].scenario.id) }
        scenarios = figures
    }
}
