import BuildingModel
import Foundation
import Testing
import TestSupport

@testable import Simulator

/// samples/cahors/scenarios.yaml: the scenarios a Cahors planner compares (issue 7).
@Suite struct SampleScenariosTests {
    static let root = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")

    static func load() throws -> (MeasureCatalogue, ScenarioSet) {
        let c = try MeasureCatalogue.bundled()
        return (c, try ScenarioSetLoader.load(path: root.appendingPathComponent("scenarios.yaml").path, catalogue: c))
    }

    @Test func everyScenarioReferencesKnownMeasures() throws {
        let (c, s) = try Self.load()
        #expect((8...12).contains(s.scenarios.count))
        #expect(Set(s.scenarios.map(\.id)).count == s.scenarios.count, "scenario ids are unique")
        for scenario in s.scenarios {
            for step in scenario.steps { #expect(c[step.measureID] != nil, "\(scenario.id): \(step.measureID)") }
        }
        for (from, to) in s.substitutions { #expect(c[from] != nil && c[to] != nil, "\(from) → \(to)") }
        // The comparisons the issue asks for are there.
        for id in ["baseline", "attic-only", "heritage-light", "internal-hemp-lime", "internal-wood-fibre-heat-pump",
                   "pellet-boiler", "external-everywhere", "deep-internal"] {
            #expect(s[id] != nil, "\(id)")
        }
    }

    /// Under the Cahors rules, in the SPR: external insulation everywhere is blocked on a house with a street
    /// façade, the heritage-light works are not, and the heat pump's outdoor unit goes in the courtyard.
    @Test func theCahorsRulesBlockWhatTheyShould() throws {
        let (c, s) = try Self.load()
        let rules = try RuleSet.load(contentsOf: Self.root.appendingPathComponent("rules.yaml"))
        let (b, f) = IntegrationTests.house("46042000AB0001", dx: 0)
        let assessment = try HeritageCheck(layers: IntegrationTests.layers, rules: rules).assess(b, facades: f)
        func apply(_ id: String) throws -> AppliedScenario {
            ScenarioApplier(set: s, catalogue: c, verdicts: assessment).apply(try #require(s[id]), to: b, facades: f)
        }
        #expect(assessment.mostRestrictive(.externalWallInsulation) == .forbidden)
        #expect(try apply("external-everywhere").blockedByHeritage != nil)
        let light = try apply("heritage-light")
        #expect(light.blockedByHeritage == nil && !light.applied.isEmpty)
        let hp = try apply("internal-wood-fibre-heat-pump")
        let unit = try #require(hp.applied.first { $0.kind == .heatPumpOutdoorUnit })
        let courtyard = Set(f.segments.filter { $0.context == .courtyard }.map(\.index))
        #expect(unit.facadeSegments.count == 1 && courtyard.isSuperset(of: unit.facadeSegments))
        // Every scenario applies without an unknown measure being skipped.
        for scenario in s.scenarios {
            let r = ScenarioApplier(set: s, catalogue: c, verdicts: assessment).apply(scenario, to: b, facades: f)
            #expect(!r.skipped.contains { $0.reason.contains("not in the catalogue") }, "\(scenario.id)")
        }
    }
}
