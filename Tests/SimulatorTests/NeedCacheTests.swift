import BuildingModel
import Foundation
import Testing

@testable import Simulator

/// The batch's per-building cache of needs: it saves simulations and changes no result.
@Suite struct NeedCacheTests {
    static let cahors = HourlyNeedModelTests.cahors

    /// The hourly model's key is the thermal model: a heating-system swap keeps it, insulation changes it.
    @Test func theHourlyModelsKeyIsTheThermalModel() throws {
        let model = HourlyNeedModel(irradiance: Self.cahors)
        let base = HourlyNeedModelTests.baselineEnvelope()
        var heatPump = base
        heatPump.heating = HeatingSpec(system: .heatPumpAirWater, carrier: .electricity, seasonalEfficiency: 2.9)
        #expect(heatPump != base)
        #expect(model.needKey(for: heatPump) == model.needKey(for: base))
        var insulated = base
        insulated.roof.layers.append(
            InsulationLayer(side: .external, addedResistanceM2KPerW: 7, insulant: nil, measureID: "attic-floor-300"))
        #expect(model.needKey(for: insulated) != model.needKey(for: base))

        var cache = NeedCache()
        let first = try cache.needs(for: base, model: model)
        let shared = try cache.needs(for: heatPump, model: model)
        let other = try cache.needs(for: insulated, model: model)
        #expect(cache.lookups == 3 && cache.computed == 2)
        #expect(shared == first)
        #expect(try model.needs(for: heatPump) == shared, "a hit is what a new run gives")
        #expect(other != first)
    }

    /// Every pair of a small stock × the bundled scenarios with the hourly model: the batch evaluator (one worker
    /// context, need and 3CL label caches on) gives exactly the records of a fresh evaluation of each pair (no
    /// cache at all: a new 3CL label cache, hence no resolved rows, per pair), and simulates fewer thermal models
    /// than it looks up.
    @Test func cachedPairsEqualFreshOnes() throws {
        let (c, s) = try RetrofitFixtures.bundled()
        let (buildings, facades) = IntegrationTests.stock()
        let irradiance = Self.cahors
        let e = try ScenarioPairEvaluator(
            stock: Stock(buildings: buildings), facades: facades,
            check: HeritageCheck(layers: IntegrationTests.layers, rules: .default), scenarios: s, catalogue: c,
            makeNeedModel: { HourlyNeedModel(irradiance: irradiance) })
        var context = try e.makeWorkerContext()
        let fresh = Evaluator(needModel: HourlyNeedModel(irradiance: irradiance))
        let labeler = try ThreeCLLabeler()
        for b in e.buildings.indices {
            let facts = ThreeCLBuildingFacts(building: e.buildings[b])
            func freshLabel(_ env: Envelope) throws -> ThreeCLLabel {
                var nothingCached = ThreeCLLabelCache()
                return try labeler.label(for: env, facts: facts, cache: &nothingCached)
            }
            let baseline = Envelope(building: e.buildings[b], facades: e.facades[b])
            let nothing = AppliedScenario(scenarioID: "baseline", isApplicable: true, notApplicableReason: nil,
                                          envelope: baseline, applied: [], skipped: [], blockedByHeritage: nil)
            let before = try fresh.evaluate(nothing, baseline: baseline, dwellingLabel: freshLabel(baseline))
            let applier = ScenarioApplier(set: s, catalogue: c, verdicts: e.verdicts[b])
            for i in s.scenarios.indices {
                let cached = try e.evaluate(buildingIndex: b, scenarioIndex: i, context: &context)
                let applied = applier.apply(s.scenarios[i], to: e.buildings[b], facades: e.facades[b], baseline: baseline)
                let labelled = applied.builtEnvelope(baseline: baseline)
                let expected = try fresh.evaluate(applied, baseline: baseline, dwellingLabel: freshLabel(labelled))
                    .resultRecord(baseline: before, dwellings: e.buildings[b].dwellings, discountRate: e.settings.discountRate)
                #expect(cached == expected, "\(e.buildings[b].id) × \(s.scenarios[i].id)")
            }
        }
        #expect(context.needs.computed < context.needs.lookups)
    }
}
