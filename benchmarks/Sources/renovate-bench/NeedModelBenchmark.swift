import BuildingModel
import Foundation
import Simulator

/// `renovate-bench need-model [--buildings N] [--reps R] [--exposure urban|country|large-city|rated]`: the hourly
/// need model alone (`HourlyNeedModel.needs`:
/// its conditioned and free-float runs of one envelope), on N synthetic terraced houses (`EvaluateBenchmark.house`)
/// × the bundled catalogue's scenarios, on the calling thread. Reports the **thread CPU time** of the best of R
/// passes (default 7): other jobs on a shared machine lengthen the wall time, much less the CPU time of the
/// fastest pass, so this is the figure to compare kernel changes with. The checksum (Σ needs and degree-hours)
/// changes when a result changes. `--exposure` sets the terrain of the exterior films (default: the library's).
enum NeedModelBenchmark {
    static func run(_ args: [String]) throws {
        let count = BenchEnvironment.option("--buildings", in: args).flatMap(Int.init) ?? 150
        let reps = BenchEnvironment.option("--reps", in: args).flatMap(Int.init) ?? 7
        let climate = try TypicalYearGenerator.generate(from: .cahors)
        var conventions = ThermalMappingConventions()
        if let e = BenchEnvironment.option("--exposure", in: args) {
            let terrain = WindExposure.Terrain(rawValue: e)
            guard terrain != nil || e == "rated" else {
                throw BenchError.badOption(name: "--exposure", value: e, expected: "urban, country, large-city or rated")
            }
            conventions.terrain = terrain
        }
        let model = HourlyNeedModel(irradiance: SurfaceIrradiance(climate: climate), conventions: conventions)
        let catalogue = try MeasureCatalogue.bundled()
        let scenarios = try ScenarioSet.bundled(catalogue: catalogue)
        let verdicts = ClosureVerdictProvider { kind, facade in
            kind == .externalWallInsulation && facade?.context == .street ? .forbidden("street façade") : .allowed
        }
        let applier = ScenarioApplier(set: scenarios, catalogue: catalogue, verdicts: verdicts)
        var envelopes: [Envelope] = []
        for i in 0..<count {
            let (b, f) = EvaluateBenchmark.house(i)
            let baseline = Envelope(building: b, facades: f)
            for s in scenarios.scenarios {
                envelopes.append(applier.apply(s, to: b, facades: f, isProtected: true, baseline: baseline).envelope)
            }
        }
        var best = Double.infinity, checksum = 0.0
        for _ in 0..<max(1, reps) {
            let start = threadCPUSeconds()
            var sum = 0.0
            for e in envelopes {
                for s in try model.needs(for: e) {
                    sum += s.heatingNeedKWh + s.coolingNeedKWh + (s.overheating?.degreeHoursAboveThresholdKh ?? 0)
                }
            }
            best = min(best, threadCPUSeconds() - start)
            checksum = sum
        }
        print(String(format: "need model: %d envelopes (%d houses × %d scenarios), best of %d: %.3f s thread CPU "
                     + "(%.3f ms per envelope), checksum %.6f",
                     envelopes.count, count, scenarios.scenarios.count, reps, best, best / Double(envelopes.count) * 1000,
                     checksum))
    }

    /// CPU time of the calling thread, s (`CLOCK_THREAD_CPUTIME_ID`).
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
