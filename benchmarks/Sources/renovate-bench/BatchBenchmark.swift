import BuildingModel
import Foundation
import Simulator

/// `renovate-bench batch --json [--smoke] [--reps R] [--buildings N] [--threads T] [--scenarios FILE]`: the sample
/// district end to end, as `renovate simulate` then `renovate rank` run it, by calling the library directly:
/// `StockLoader` (read + repair) → `FacadeAnalyzer` → heritage assessment (`heritage.geojson`, `rules.yaml`) →
/// `ScenarioPairEvaluator` (the scenario file, bundled catalogue) → `BatchRunner` into a fresh `ResultsStore` in a
/// temporary folder → the results GeoPackage (`ResultsGeoPackage.write`) → rankings and district summary read back
/// from it (what `renovate simulate` prints). All of it is timed, median of R (default 3).
/// Scenarios: `benchmarks/scenarios/cahors-20.yaml` (the sample's 11 + 9 from the catalogue: issue 6's
/// "2,100 buildings × 20 scenarios"); `--scenarios samples/cahors/scenarios.yaml` times the sample's own job.
/// Threads: 1 and all cores, or the comma-separated list of `--threads`.
/// Need model: `NeedModelFactory` (the hourly 5R1C, as `renovate simulate` uses it) on the generated Cahors
/// typical year; the weather and its irradiance are computed inside the timed run, once.
/// `--buildings N` evaluates the first N buildings (the façade analysis still sees all); `--smoke`: N = 20, R = 1.
enum BatchBenchmark {
    static func run(_ args: [String]) throws {
        guard args.contains("--json") else {
            print("usage: renovate-bench batch --json [--smoke] [--reps R] [--buildings N] [--threads T,...] [--scenarios FILE]")
            return
        }
        let smoke = args.contains("--smoke")
        let reps = BenchEnvironment.option("--reps", in: args).flatMap(Int.init) ?? (smoke ? 1 : 3)
        let limit = BenchEnvironment.option("--buildings", in: args).flatMap(Int.init) ?? (smoke ? 20 : nil)
        let root = URL(fileURLWithPath: "samples/cahors")
        let scenarios = URL(fileURLWithPath: BenchEnvironment.option("--scenarios", in: args) ?? defaultScenarios)
        for u in ["buildings.gpkg", "heritage.geojson", "rules.yaml"].map(root.appendingPathComponent) + [scenarios] {
            guard FileManager.default.fileExists(atPath: u.path) else {
                throw BenchError.missingInput(what: "sample district file (run from the repository root)", path: u.path)
            }
        }
        let threadCounts = try BenchEnvironment.option("--threads", in: args).map { list in
            try list.split(separator: ",").map { t in
                guard let n = Int(t), n >= 1 else {
                    throw BenchError.badOption(name: "--threads", value: list, expected: "a comma-separated list of whole numbers ≥ 1")
                }
                return n
            }
        } ?? Array(Set([1, BenchEnvironment.cores])).sorted()
        var rows: [ThroughputRow] = []
        for threads in threadCounts {
            var timings: [Double] = []
            var counts = (buildings: 0, pairs: 0)
            for _ in 0..<reps {
                let t0 = BenchEnvironment.now()
                counts = try once(root: root, scenarios: scenarios, threads: threads, limit: limit)
                timings.append(BenchEnvironment.now() - t0)
            }
            let s = BenchEnvironment.median(timings)
            rows.append(ThroughputRow(
                dataset: "sample district (samples/cahors, \(counts.buildings) buildings evaluated × \(counts.pairs / max(1, counts.buildings)) scenarios)",
                buildings: counts.buildings, threads: threads, seconds: s, buildingsPerSecond: Double(counts.buildings) / s,
                repetitions: reps, timingsS: timings, pairs: counts.pairs, pairsPerSecond: Double(counts.pairs) / s,
                peakMemoryMB: BenchEnvironment.peakMemoryMB(),
                note: "load + repair + façades + heritage + scenarios (\(scenarios.lastPathComponent)) + SQLite store + "
                    + "GeoPackage + ranking; \(NeedModelFactory.modelName); peak RSS of the process so far"))
        }
        try BenchReport(batch: rows).print()
    }

    /// The 20-scenario set of issue 6's target.
    static let defaultScenarios = "benchmarks/scenarios/cahors-20.yaml"

    /// One end-to-end run; returns the buildings evaluated and the pairs stored.
    static func once(root: URL, scenarios scenarioFile: URL, threads: Int, limit: Int?) throws -> (buildings: Int, pairs: Int) {
        let stock = try StockLoader(threads: threads).load(root.appendingPathComponent("buildings.gpkg"))
        let analysis = FacadeAnalyzer.analyze(stock.buildings, threads: threads)
        let layers = try HeritageLayers.from(features: try VectorFile.read(root.appendingPathComponent("heritage.geojson")))
        let check = HeritageCheck(layers: layers, rules: try RuleSet.load(contentsOf: root.appendingPathComponent("rules.yaml")))
        let catalogue = try MeasureCatalogue.bundled()
        let scenarios = try ScenarioSetLoader.load(path: scenarioFile.path, catalogue: catalogue)
        let climate = try TypicalYearGenerator.generate(from: .cahors)
        let evaluated = limit.map { Stock(buildings: Array(stock.buildings.prefix($0))) } ?? stock
        let evaluator = try ScenarioPairEvaluator(
            stock: evaluated, facades: analysis.facades, check: check, scenarios: scenarios, catalogue: catalogue,
            makeNeedModel: NeedModelFactory.make(climate: climate, irradiance: SurfaceIrradiance(climate: climate)))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try evaluator.plan()
        let store = try ResultsStore.create(
            path: dir.appendingPathComponent("results.sqlite").path,
            manifest: RunManifest(toolVersion: "renovate-bench \(BenchEnvironment.version)", inputs: []),
            schema: .scenarioOutcome, plan: plan)
        let chunk = BatchOptions.wholeBuildingChunkSize(scenarios: plan.scenarioIds.count)  // as renovate simulate
        let report = try BatchRunner(options: BatchOptions(threads: threads, chunkSize: chunk))
            .run(plan: plan, evaluator: evaluator, store: store)
        guard !report.hasFailures else {
            throw BenchError.simulation(caseID: "batch", message: "\(report.failedPairs) of \(report.totalPairs) pairs failed")
        }
        // Write and rank as `renovate simulate` does after its batch.
        let out = dir.appendingPathComponent("results.gpkg")
        try ResultsGeoPackage.write(store: store, buildings: evaluator.buildings.map(ResultsBuilding.init),
                                    scenarios: ReportScenario.all(of: scenarios), to: out, overwrite: true)
        let outcomes = try ResultsStore.open(path: out.path).outcomes()
        let rankings = BuildingRanking.rankAll(outcomes, rule: ResultsGeoPackage.defaultRule)
        let summaries = DistrictSummary.perScenario(outcomes, scenarioOrder: plan.scenarioIds)
        guard rankings.count == evaluator.buildings.count, summaries.count == plan.scenarioIds.count else {
            throw BenchError.simulation(caseID: "batch", message: "\(rankings.count) rankings for \(evaluator.buildings.count) "
                                        + "buildings, \(summaries.count) summaries for \(plan.scenarioIds.count) scenarios")
        }
        return (evaluator.buildings.count, report.succeededPairs)
    }
}
