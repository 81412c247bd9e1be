import BuildingModel
import Foundation
import Testing
import TestSupport
@testable import ThreeCL

@testable import Simulator

/// The batch's DPE label from the 3CL-DPE 2021 engine (`ThreeCLLabeler`, `ThreeCLInput(envelope:…)`).
@Suite struct ThreeCLLabelTests {
    /// The fixture's terraced house as one dwelling: 6 × 10 m, 3 storeys of 3 m, 60 cm rubble stone, single-glazed
    /// wooden windows (20 % of the façades), uninsulated pitched roof, electric convectors, before 1915.
    static func house(groundFloor: GroundFloorKind = .overCellar) -> (Building, BuildingFacades, Envelope) {
        var (b, f) = RetrofitFixtures.terracedHouse(dwellings: 1)
        b.groundFloor = groundFloor
        return (b, f, Envelope(building: b, facades: f))
    }

    /// The house with 80 mm of internal wood fibre on every exposed wall (the bundled catalogue's measure).
    static func insulated(_ env: Envelope) throws -> Envelope {
        let (c, _) = try RetrofitFixtures.bundled()
        var insulated = env
        try #require(c["int-wall-wood-fibre-80"]).apply(to: &insulated, facadeSegments: Set(env.facades.map(\.segmentIndex)))
        return insulated
    }

    @Test("A stock house's elements take the method's table values, by hand")
    func handCheckedHouse() throws {
        let (b, _, env) = Self.house()
        let labeler = try ThreeCLLabeler()
        let facts = ThreeCLBuildingFacts(building: b)
        let input = try labeler.input(for: env, facts: facts)
        #expect(input.dwelling.applicationMethodId == 1)
        #expect(input.dwelling.constructionPeriodId == 1)
        #expect(input.dwelling.climateZone == .h2c && input.dwelling.altitude == .below400m)
        #expect(abs(input.dwelling.ceilingHeightM - 2.75) < 1e-12)
        let r = try labeler.result(for: env, facts: facts)
        let e = r.envelope
        // Walls: south 6 × 9 and north 6 × 9 m less 20 % of windows, west 10 × (9 − 6) m above the lower
        // neighbour less 20 %: 43.2 + 43.2 + 24 = 110.4 m² of 60 cm rubble stone, Umur0 1.8 (`umur0` row 10);
        // "isolation inconnue" before 1948 keeps Umur0. The party walls lose nothing (b = 0).
        let walls = e.elements.filter { $0.kind == .wall && $0.b > 0 }
        #expect(walls.allSatisfy { abs($0.u - 1.8) < 1e-12 })
        #expect(abs(e.wallsWPerK - 110.4 * 1.8) < 1e-9)
        #expect(e.elements.contains { $0.kind == .wall && $0.b == 0 && abs($0.areaM2 - env.partyWallAreaM2) < 1e-9 })
        // Windows: 10.8 + 10.8 + 6 = 27.6 m² at the envelope's Uw 5.4, no shutters.
        #expect(abs(e.windowsWPerK - 27.6 * 5.4) < 1e-9)
        // Roof: 60 m² ceiling between timber joists, Uph0 1.2, under a strongly ventilated attic, uninsulated on
        // both sides, Aiu/Aue = cos 30° = 0.87 → b 0.8 (`coef_reduction_deperdition` row 124).
        #expect(abs(e.highFloorsWPerK - 60 * 1.2 * 0.8) < 1e-9)
        // Window/wall bridges: 18 windows of 1.5 m² (5 m of perimeter), tunnel fitting, 5 cm frame, wall not
        // insulated: k 0.31 (`pont_thermique` row 73).
        #expect(abs(e.thermalBridgesWPerK - 18 * 5 * 0.31) < 1e-9)
        // Electric convectors in an uninsulated 1900 house of 3 × 46.8 m² (60 m² less 0.6 m of wall along the 12 m
        // of façades and 0.3 m, half the party wall, along the 20 m shared with the neighbours): class E (primary
        // energy 250–330 kWh/(m²·yr) at the 2026 electricity factor 1.9), banned from letting from 2034.
        #expect(abs(input.dwelling.habitableAreaM2 - 3 * 46.8) < 1e-9)
        var cache = ThreeCLLabelCache()
        let label = try labeler.label(for: env, facts: facts, cache: &cache)
        #expect(label.label.overall == .e)
        #expect((250..<330).contains(label.primaryEnergyKWhPerM2))
        #expect(label.primaryEnergyKWhPerM2 == r.fiveUses.primaryKWhPerM2)
        #expect(label.rentalBanYear == 2034)

        // The same house with its floor on the ground: the method's terre-plein (type_adjacence 5) instead of an
        // unheated cellar (6), with its own Ue.
        let (bg, _, envg) = Self.house(groundFloor: .onGround)
        let factsG = ThreeCLBuildingFacts(building: bg)
        #expect(try labeler.input(for: envg, facts: factsG).envelope.lowFloors.map(\.adjacency.typeAdjacenceId) == [5])
        #expect(input.envelope.lowFloors.map(\.adjacency.typeAdjacenceId) == [6])
        let rg = try labeler.result(for: envg, facts: factsG)
        #expect(rg.envelope.lowFloorsWPerK != e.lowFloorsWPerK && rg.envelope.lowFloorsWPerK > 0)
    }

    @Test("Insulating the walls lowers the 3CL primary energy")
    func wallInsulationImproves() throws {
        let (b, _, env) = Self.house()
        let labeler = try ThreeCLLabeler()
        let facts = ThreeCLBuildingFacts(building: b)
        var cache = ThreeCLLabelCache()
        let before = try labeler.label(for: env, facts: facts, cache: &cache)
        let insulated = try Self.insulated(env)
        let after = try labeler.label(for: insulated, facts: facts, cache: &cache)
        #expect(after.primaryEnergyKWhPerM2 < before.primaryEnergyKWhPerM2)
        #expect(after.label.overall <= before.label.overall)
        #expect(cache.count == 2)
        // The insulation is given to the method by its resistance (method 5), the wall by its material.
        let wall = try #require(try labeler.input(for: insulated, facts: facts).envelope.walls.first)
        #expect(wall.uMethodId == 5 && wall.structureMaterialId == 2 && wall.insulationTypeId == 3)
    }

    @Test("The label cache finds an equal envelope and tells envelopes apart by every field")
    func cacheComparesWholeEnvelopes() throws {
        let (b, _, env) = Self.house()
        let labeler = try ThreeCLLabeler()
        let facts = ThreeCLBuildingFacts(building: b)
        var cache = ThreeCLLabelCache()
        let first = try labeler.label(for: env, facts: facts, cache: &cache)
        // An equal envelope (a copy, as a scenario without works gives back) is found, not labelled again.
        let copy = env
        #expect(try labeler.label(for: copy, facts: facts, cache: &cache) == first)
        #expect(cache.count == 1)
        // An envelope that differs in its last field only is labelled on its own.
        var more = env
        more.dwellings += 1
        let other = try labeler.label(for: more, facts: facts, cache: &cache)
        #expect(cache.count == 2)
        var fresh = ThreeCLLabelCache()
        #expect(try labeler.label(for: more, facts: facts, cache: &fresh) == other)
        cache.removeAll()
        #expect(cache.count == 0)
    }

    @Test("A building's inputs share their hot-water chapter, with the results of inputs computed alone")
    func hotWaterChapterIsShared() throws {
        let (b, _, env) = Self.house()
        let labeler = try ThreeCLLabeler()
        let facts = ThreeCLBuildingFacts(building: b)
        let insulated = try Self.insulated(env)
        var memo = ThreeCLEngineMemo()
        for e in [env, insulated] {
            var input = try labeler.input(for: e, facts: facts)
            var rows = ThreeCLRowMemo()
            try input.resolveRows(tables: labeler.tables, memo: &rows)
            let alone = try ThreeCLEngine.compute(input, tables: labeler.tables)
            let shared = try ThreeCLEngine.compute(input, tables: labeler.tables, memo: &memo)
            #expect(shared == alone)
        }
        // Insulating the walls leaves the hot-water installation as it was: one chapter for both inputs.
        #expect(memo.hotWater.count == 1)
        memo.removeAll()
        #expect(memo.hotWater.isEmpty)
    }

    @Test("The batch's records carry the 3CL label and say so")
    func recordsCarryTheLabelMethod() throws {
        let (b, f) = RetrofitFixtures.terracedHouse(dwellings: 1)
        let (c, s) = try RetrofitFixtures.bundled()
        let e = try ScenarioPairEvaluator(
            buildings: [b], facades: [f], verdicts: [RetrofitFixtures.protectedCentre], scenarios: s, catalogue: c,
            makeNeedModel: { DegreeHourNeedModel() })
        var context = try e.makeWorkerContext()
        let columns = ResultSchema.scenarioOutcome.columns.map(\.name)
        let method = try #require(columns.firstIndex(of: "label_method"))
        let ep = try #require(columns.firstIndex(of: "label_primary_energy_kwh_per_m2"))
        for i in s.scenarios.indices {
            let r = try e.evaluate(buildingIndex: 0, scenarioIndex: i, context: &context)
            #expect(r.values[method] == .string(LabelMethod.threeCL2021.rawValue))
            if case .double(let v) = r.values[ep] { #expect(v > 0) } else { Issue.record("no 3CL primary energy") }
        }
        // The hourly-needs method stays available, and says so.
        let hourly = try ScenarioPairEvaluator(
            buildings: [b], facades: [f], verdicts: [RetrofitFixtures.protectedCentre], scenarios: s, catalogue: c,
            labelMethod: .hourlyNeeds, makeNeedModel: { DegreeHourNeedModel() })
        var hc = try hourly.makeWorkerContext()
        let r = try hourly.evaluate(buildingIndex: 0, scenarioIndex: 0, context: &hc)
        #expect(r.values[method] == .string(LabelMethod.hourlyNeeds.rawValue))
    }

    /// Sample buildings checked (the whole sample is run by `scripts/run-sample.sh`; the debug engine takes some
    /// milliseconds per input).
    static let sampleBuildings = 60

    @Test("Sample buildings × every scenario get a 3CL label")
    func everySamplePairIsLabelled() throws {
        let root = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")
        let stock = try StockLoader(threads: 2).load(root.appendingPathComponent("buildings.gpkg"))
        let analysis = FacadeAnalyzer.analyze(stock.buildings, threads: 2)
        let byID = Dictionary(analysis.facades.map { ($0.buildingID, $0) }, uniquingKeysWith: { a, _ in a })
        let (catalogue, scenarios) = try SampleScenariosTests.load()
        let labeler = try ThreeCLLabeler()
        var failures: [String] = []
        var fg = 0, dwellings = 0
        var classes: [DPEClass: Int] = [:]
        for b in stock.buildings.prefix(Self.sampleBuildings) {
            guard let f = byID[b.id] else { continue }
            let env = Envelope(building: b, facades: f)
            let facts = ThreeCLBuildingFacts(building: b)
            var cache = ThreeCLLabelCache()
            let applier = ScenarioApplier(set: scenarios, catalogue: catalogue, verdicts: RetrofitFixtures.protectedCentre)
            for sc in scenarios.scenarios {
                let applied = applier.apply(sc, to: b, facades: f, baseline: env)
                do {
                    let l = try labeler.label(for: applied.envelope, facts: facts, cache: &cache)
                    if sc.id == "baseline" {
                        classes[l.label.overall, default: 0] += 1
                        dwellings += b.dwellings
                        if l.label.overall.isFOrG { fg += b.dwellings }
                    }
                } catch {
                    failures.append("\(sc.id): \(error)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
        print("3CL baseline: \(fg) of \(dwellings) dwellings in F/G; buildings by class \(classes.sorted { $0.key < $1.key })")
    }
}
