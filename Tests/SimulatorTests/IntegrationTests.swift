import BuildingModel
import Foundation
import Testing

@testable import Simulator

/// The pieces as one product: real heritage rules drive the scenario fallbacks, outcomes go through the batch
/// store and come back for rankings and the report.
@Suite struct IntegrationTests {
    /// A protected-sector zone (PSMV) around the origin; buildings east of x = 100 m lie outside it.
    static let layers = HeritageLayers(zones: [
        ProtectedZone(id: "spr-cahors", name: "Site patrimonial remarquable", plan: .psmv,
                      polygons: [Polygon(exterior: [Point2D(x: -50, y: -50), Point2D(x: 60, y: -50),
                                                    Point2D(x: 60, y: 60), Point2D(x: -50, y: 60)])]),
    ])

    /// A terraced house moved `dx` metres east (footprint and façade ends).
    static func house(_ id: String, dx: Double, storeys: Int = 3, heating: HeatingSystem = .electricConvector,
                      dwellings: Int = 3) -> (Building, BuildingFacades) {
        var (b, f) = RetrofitFixtures.terracedHouse(id: id, storeys: storeys, heating: heating, dwellings: dwellings)
        func move(_ p: Point2D) -> Point2D { Point2D(x: p.x + dx, y: p.y) }
        b.footprint = Polygon(exterior: b.footprint.exterior.map(move))
        f.segments = f.segments.map { s in
            var s = s
            s.start = move(s.start)
            s.end = move(s.end)
            return s
        }
        return (b, f)
    }

    @Test func deepExternalInsideAnSPRFollowsTheDeclaredFallbackUnderTheRealRules() throws {
        let (c, s) = try RetrofitFixtures.bundled()
        let (b, f) = Self.house("46042000AB0001", dx: 0)
        let assessment = try HeritageCheck(layers: Self.layers, rules: .default).assess(b, facades: f)
        #expect(assessment.isProtected)
        let scenario = try #require(s["deep-external"])
        let r = ScenarioApplier(set: s, catalogue: c, verdicts: assessment).apply(scenario, to: b, facades: f)
        #expect(r.blockedByHeritage == nil)

        // Street façade (#0): external insulation is forbidden; the façade gets the first measure of the set's
        // substitution chain that the same rules do not forbid there.
        let ewi = "ext-wall-wood-fibre-120"
        #expect(assessment.verdict(for: .externalWallInsulation, facadeIndex: 0)?.verdict == .forbidden)
        var expected = ewi
        while let m = c[expected], assessment.verdict(for: m.kind, facadeIndex: 0)?.verdict == .forbidden {
            expected = try #require(s.substitutions[expected], "chain ends before an allowed measure")
        }
        #expect(expected != ewi)
        let wallKinds: Set<MeasureKind> = [.externalWallInsulation, .internalWallInsulation]
        let onStreet = r.applied.filter { $0.facadeSegments.contains(0) && wallKinds.contains($0.kind) }
        #expect(onStreet.map(\.measureID) == [expected])
        #expect(onStreet.first?.substitutedFor == ewi)

        // Courtyard façades (#2, #3 exposed above the lower neighbour): external insulation as the rules say.
        let courtyard = try #require(assessment.verdict(for: .externalWallInsulation, facadeIndex: 2))
        #expect(courtyard.verdict == .conditional)
        let external = try #require(r.applied.first { $0.measureID == ewi })
        #expect(external.facadeSegments.contains(2) && !external.facadeSegments.contains(0))
        #expect(external.needsABFApproval)
        #expect(external.conditions == courtyard.conditions)
        #expect(r.needsABFApproval)
    }

    @Test func anUnprotectedBuildingGetsExternalInsulationEverywhere() throws {
        let (c, s) = try RetrofitFixtures.bundled()
        let (b, f) = Self.house("46042000AB0009", dx: 200)
        let assessment = try HeritageCheck(layers: Self.layers, rules: .default).assess(b, facades: f)
        #expect(!assessment.isProtected)
        let r = ScenarioApplier(set: s, catalogue: c, verdicts: assessment)
            .apply(try #require(s["deep-external"]), to: b, facades: f)
        let external = try #require(r.applied.first { $0.measureID == "ext-wall-wood-fibre-120" })
        #expect(external.facadeSegments.contains(0) && external.conditions.isEmpty)
    }

    /// Three protected houses and one outside the zone, one of them without any exposed courtyard wall.
    static func stock() -> ([Building], [BuildingFacades]) {
        let houses = [
            house("46042000AB0001", dx: 0), house("46042000AB0002", dx: 6, storeys: 4, heating: .gasBoiler),
            house("46042000AB0003", dx: 12, storeys: 2, heating: .woodStove, dwellings: 1),
            house("46042000AB0004", dx: 200, heating: .oilBoiler, dwellings: 4),
        ]
        return (houses.map(\.0), houses.map(\.1))
    }

    static func evaluator() throws -> ScenarioPairEvaluator {
        let (c, s) = try RetrofitFixtures.bundled()
        let (buildings, facades) = stock()
        return try ScenarioPairEvaluator(
            stock: Stock(buildings: buildings), facades: facades, check: HeritageCheck(layers: layers, rules: .default),
            scenarios: s, catalogue: c, makeNeedModel: { DegreeHourNeedModel() })
    }

    static func run(_ e: ScenarioPairEvaluator, threads: Int, at path: String) throws -> ResultsStore {
        let plan = try e.plan()
        let store = try ResultsStore.create(
            path: path, manifest: RunManifest(toolVersion: "test", inputs: []), schema: .scenarioOutcome, plan: plan)
        let report = try BatchRunner(options: BatchOptions(threads: threads, chunkSize: 3))
            .run(plan: plan, evaluator: e, store: store)
        #expect(!report.hasFailures)
        return store
    }

    @Test func aSmallStockThroughTheBatchIsTheSameOnOneAndTwoThreadsAndReadsBack() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let e = try Self.evaluator()
        let one = try Self.run(e, threads: 1, at: dir.appendingPathComponent("1.sqlite").path)
        let two = try Self.run(e, threads: 2, at: dir.appendingPathComponent("2.sqlite").path)
        var csv1 = "", csv2 = ""
        try one.exportCSV(to: &csv1)
        try two.exportCSV(to: &csv2)
        #expect(csv1 == csv2)
        let pairs = e.buildings.count * e.scenarios.scenarios.count
        #expect(try one.resultCount() == pairs)

        // Each stored outcome reads back with the ranking fields of the record the mapping made.
        var context = try e.makeWorkerContext()
        var direct: [RankableOutcome] = []
        for b in e.buildings.indices {
            for s in e.scenarios.scenarios.indices {
                direct.append(try e.evaluate(buildingIndex: b, scenarioIndex: s, context: &context).outcome)
            }
        }
        let stored = try one.outcomes()
        #expect(stored == direct.sorted { ($0.buildingId, $0.scenarioId) < ($1.buildingId, $1.scenarioId) })
        // The evaluator's own columns are stored too, e.g. the worst storey's class.
        let worst = try one.values(of: "worst_storey_class")
        #expect(worst.values.map(\.count).reduce(0, +) == pairs)

        // Heritage drives the batch: inside the SPR, deep-external needs the ABF's approval; outside it does not.
        let deep = stored.filter { $0.scenarioId == "deep-external" }
        #expect(deep.first { $0.buildingId == "46042000AB0001" }?.heritage == .needsApproval)
        #expect(deep.first { $0.buildingId == "46042000AB0004" }?.heritage == .allowed)
        // The do-nothing scenario saves nothing and costs nothing.
        for o in stored where o.scenarioId == "baseline" {
            #expect(o.capexEUR == 0 && o.classAfter == o.classBefore)
            #expect(abs(o.primaryEnergySavedKWhPerYear) < 1e-6)
        }
    }

    @Test func theMappingKeepsTheOutcomeColumnsOnce() throws {
        let stored = ResultSchema.scenarioOutcome.allColumns.map(\.name)
        #expect(Set(stored).count == stored.count)
        #expect(Set(stored).isSuperset(of: ScenarioOutcome.columns))
        let e = try Self.evaluator()
        var context = try e.makeWorkerContext()
        let record = try e.evaluate(buildingIndex: 0, scenarioIndex: 1, context: &context)
        #expect(ResultSchema.scenarioOutcome.validate(record.values) == nil)
    }

    @Test func theReportIsBuiltFromTheStore() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let e = try Self.evaluator()
        let store = try Self.run(e, threads: 2, at: dir.appendingPathComponent("r.sqlite").path)
        let scenarios = ReportScenario.all(of: e.scenarios)
        // One building more than the store knows: left out of the report.
        let extra = Self.house("46042000AB0099", dx: 400).0
        let input = try ReportInput(store: store, buildings: e.buildings + [extra], scenarios: scenarios,
                                    title: "test", generatedNote: "integration test")
        #expect(input.buildings.map(\.id) == e.buildings.map(\.id))
        #expect(input.outcomes.count == e.buildings.count * scenarios.count)
        let areas = try store.values(of: "reference_area_m2")
        for b in input.buildings {
            #expect(areas[b.id]?.values.contains(.double(b.floorAreaM2)) == true)
        }
        let outcomes = try store.outcomes()
        for o in input.outcomes {
            let s = try #require(outcomes.first { $0.buildingId == o.buildingID && $0.scenarioId == o.scenarioID })
            #expect(o.classAfter == s.classAfter && o.capexEUR == s.capexEUR)
            #expect(o.needsABFApproval == (s.heritage == .needsApproval))
        }
        let html = try HTMLReport.render(input)
        #expect(html.contains("46042000AB0001"))
    }
}
