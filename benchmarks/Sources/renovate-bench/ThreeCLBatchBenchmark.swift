import BuildingModel
import Foundation
import Simulator

/// `renovate-bench dpe-batch [--reps R] [--sample DIR]`: the 3CL label on the batch path, as `simulate` computes it
/// for the sample district (default samples/cahors: its stock, heritage layers, rules and scenario file).
///
/// Outside the timed part: the stock is read, its façades analysed, the heritage assessed and every scenario applied
/// to every building as `ScenarioPairEvaluator.evaluate` does (blocked works keep the baseline envelope). The timed
/// part is what the batch does for labels, on the calling thread: per building, a fresh `ThreeCLLabelCache` entry
/// list, the baseline's label, then each scenario's (`ThreeCLLabeler.label`: the envelope mapped to a 3CL input,
/// the cache of identical inputs, the table rows resolved once per distinct attribute set, the engine). Reports the
/// thread CPU time of the best of R passes (default 5), as labels (one per building × scenario, and the baseline)
/// and as the dwellings those labels cover, per second.
enum ThreeCLBatchBenchmark {
    static func run(_ args: [String]) throws {
        let reps = BenchEnvironment.option("--reps", in: args).flatMap(Int.init) ?? 5
        let root = URL(fileURLWithPath: BenchEnvironment.option("--sample", in: args) ?? "samples/cahors")
        let stock = try StockLoader(threads: 2).load(root.appendingPathComponent("buildings.gpkg"))
        let analysis = FacadeAnalyzer.analyze(stock.buildings, threads: 2)
        let layers = try HeritageLayers.from(features: try VectorFile.read(root.appendingPathComponent("heritage.geojson")))
        let check = HeritageCheck(layers: layers, rules: try RuleSet.load(contentsOf: root.appendingPathComponent("rules.yaml")))
        let catalogue = try MeasureCatalogue.bundled()
        let scenarios = try ScenarioSetLoader.load(path: root.appendingPathComponent("scenarios.yaml").path, catalogue: catalogue)
        let climate = try TypicalYearGenerator.generate(from: .cahors)
        let evaluator = try ScenarioPairEvaluator(
            stock: stock, facades: analysis.facades, check: check, scenarios: scenarios, catalogue: catalogue,
            makeNeedModel: NeedModelFactory.make(climate: climate, irradiance: SurfaceIrradiance(climate: climate)))
        // Per building: its facts and the envelopes the batch labels (baseline first), as `evaluate` builds them.
        var work: [(facts: ThreeCLBuildingFacts, envelopes: [Envelope])] = []
        for (i, building) in evaluator.buildings.enumerated() {
            let facades = evaluator.facades[i]
            let baseline = Envelope(building: building, facades: facades)
            let applier = ScenarioApplier(set: scenarios, catalogue: catalogue, verdicts: evaluator.verdicts[i])
            var envelopes = [baseline]
            for s in scenarios.scenarios {
                envelopes.append(applier.apply(s, to: building, facades: facades, baseline: baseline)
                    .builtEnvelope(baseline: baseline))
            }
            work.append((ThreeCLBuildingFacts(building: building), envelopes))
        }
        let labeler = try ThreeCLLabeler()
        let labels = work.reduce(0) { $0 + $1.envelopes.count }
        let dwellings = work.reduce(0) { $0 + $1.envelopes.reduce(0) { $0 + max($1.dwellings, 1) } }
        var best = Double.infinity, checksum = 0.0, distinct = 0
        for _ in 0..<max(1, reps) {
            // A new cache per pass, as each batch worker starts with one.
            var cache = ThreeCLLabelCache()
            var sum = 0.0
            let start = NeedModelBenchmark.threadCPUSeconds()
            var inputs = 0
            for w in work {
                cache.removeAll()
                for e in w.envelopes {
                    sum += try labeler.label(for: e, facts: w.facts, cache: &cache).primaryEnergyKWhPerM2
                }
                inputs += cache.count
            }
            distinct = inputs
            best = min(best, NeedModelBenchmark.threadCPUSeconds() - start)
            checksum = sum
        }
        print(String(format: "3CL label, batch path: %d buildings × (%d scenarios + baseline) = %d labels covering %d "
                     + "dwellings, best of %d: %.3f s thread CPU → %.0f labels/s, %.0f dwellings/s per core "
                     + "(%.2f µs per label; %d distinct inputs computed), checksum %.3f",
                     work.count, scenarios.scenarios.count, labels, dwellings, reps, best, Double(labels) / best,
                     Double(dwellings) / best, best / Double(labels) * 1e6, distinct, checksum))
    }
}
