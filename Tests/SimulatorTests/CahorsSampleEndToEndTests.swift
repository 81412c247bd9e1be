import BuildingModel
import Foundation
import Testing
import TestSupport

@testable import Simulator

/// The shipped Cahors sample through every module: stock file → façade analysis → heritage assessment (the
/// sample's layers and rules) → scenarios → batch store → report input.
@Suite struct CahorsSampleEndToEndTests {
    /// Buildings of the sample evaluated (the façade analysis sees them all, so neighbours are right).
    static let evaluatedBuildings = 30

    @Test func theSampleRunsThroughTheBatchAndTheReport() throws {
        let root = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")
        let stock = try StockLoader(threads: 2).load(root.appendingPathComponent("buildings.gpkg"))
        let analysis = FacadeAnalyzer.analyze(stock.buildings, threads: 2)
        let layers = try HeritageLayers.from(features: try VectorFile.read(root.appendingPathComponent("heritage.geojson")))
        let check = HeritageCheck(layers: layers, rules: try RuleSet.load(contentsOf: root.appendingPathComponent("rules.yaml")))
        let (catalogue, scenarios) = try SampleScenariosTests.load()

        // The sample district lies almost wholly under protections (SPR, monuments' surroundings).
        let subset = Stock(buildings: Array(stock.buildings.prefix(Self.evaluatedBuildings)))
        let evaluator = try ScenarioPairEvaluator(
            stock: subset, facades: analysis.facades, check: check, scenarios: scenarios, catalogue: catalogue,
            makeNeedModel: { DegreeHourNeedModel() })
        #expect(evaluator.buildings.count == subset.buildings.count)

        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try IntegrationTests.run(evaluator, threads: 2, at: dir.appendingPathComponent("r.sqlite").path)
        #expect(try store.resultCount() == evaluator.buildings.count * scenarios.scenarios.count)
        #expect(try store.failures().isEmpty)

        // "external-everywhere" is blocked exactly where the rules forbid external insulation on an exposed façade.
        let outcomes = try store.outcomes()
        let blocked = Set(outcomes.filter { $0.scenarioId == "external-everywhere" && $0.heritage == .blocked }
            .map(\.buildingId))
        var expected: Set<String> = []
        for (b, f) in zip(evaluator.buildings, evaluator.facades) {
            let a = try check.assess(b, facades: f)
            if a.verdicts(for: .externalWallInsulation).contains(where: { $0.verdict == .forbidden }) {
                expected.insert(b.id)
            }
        }
        #expect(!expected.isEmpty)
        #expect(blocked == expected)

        let input = try ReportInput(store: store, buildings: evaluator.buildings,
                                    scenarios: ReportScenario.all(of: scenarios), title: "Cahors sample",
                                    generatedNote: "end-to-end test")
        #expect(input.buildings.count == evaluator.buildings.count)
        _ = try HTMLReport.render(input)
    }
}
