import Foundation
import Simulator

/// `renovate-bench thermal --json [--smoke] [--buildings N] [--reps R]`: the peer-comparison cases
/// (`$RENOVATE_BENCH_CASES/*.json` on `$RENOVATE_SHARED/data/weather/<weather>`), modelled by ``BenchCaseModel``.
///
/// Per case, three rows (benchmarks/README.md, "JSON formats"):
/// 1. **one building from scratch** on 1 thread: read the EPW, precompute the irradiance, simulate one year —
///    what the peers' timings contain (they process their weather on every run); median of R repetitions.
///    The table's ratios are taken against this row. It carries the annual figures and `perZone`.
/// 2. **a batch of N copies** on 1 thread, weather shared (the kernel as a stock run uses it); median of R.
/// 3. the same batch on all threads.
/// Every batch result is checked equal to the single run's (the copies are the same building).
/// `--smoke` (N = 2, R = 1) only checks that the output is well formed: its times mean nothing.
enum ThermalCasesBenchmark {
    static func run(_ args: [String]) throws {
        let smoke = args.contains("--smoke")
        let batchSize = BenchEnvironment.option("--buildings", in: args).flatMap(Int.init) ?? (smoke ? 2 : 500)
        let reps = BenchEnvironment.option("--reps", in: args).flatMap(Int.init) ?? (smoke ? 1 : 5)
        guard batchSize >= 1, reps >= 1 else {
            throw BenchError.caseFile(file: "command line", field: "--buildings/--reps", value: "\(batchSize)/\(reps)", expected: "≥ 1")
        }
        let dir = BenchEnvironment.cases
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else {
            throw BenchError.missingInput(what: "benchmark cases (RENOVATE_BENCH_CASES)", path: dir.path)
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted().map { dir.appendingPathComponent($0) }
        guard !files.isEmpty else { throw BenchError.missingInput(what: "benchmark case files *.json", path: dir.path) }
        var rows: [ThermalRow] = []
        for f in files { rows += try runCase(f, batchSize: batchSize, reps: reps) }
        try BenchReport(thermal: rows).print()
    }

    static func runCase(_ file: URL, batchSize: Int, reps: Int) throws -> [ThermalRow] {
        let c = try BenchCase.read(file)
        let model = try BenchCaseModel.make(c, file: file.path)
        let epw = BenchEnvironment.shared.appendingPathComponent("data/weather/\(c.weather)")
        guard FileManager.default.fileExists(atPath: epw.path) else {
            throw BenchError.missingInput(what: "weather \(c.weather) of case \(c.id) (RENOVATE_SHARED)", path: epw.path)
        }
        let options = SimulationOptions(warmUpDays: BenchCaseModel.warmUpDays)
        func simulator() throws -> ThermalSimulator {
            let climate = try EPWReader.read(url: epw)
            let irradiance = SurfaceIrradiance(climate: climate, skyModel: .perez, groundReflectance: model.groundReflectance,
                                               glazingModifier: model.glazingModifier)
            return ThermalSimulator(irradiance: irradiance, options: options)
        }

        // 1. One building from scratch (weather included), 1 thread.
        var scratch: [Double] = []
        var single: ThermalResult? = nil
        for _ in 0..<reps {
            let t0 = BenchEnvironment.now()
            let r = try simulator().run(model.building)
            scratch.append(BenchEnvironment.now() - t0)
            single = r
        }
        guard let result = single else { throw BenchError.simulation(caseID: c.id, message: "no repetition ran") }
        let zones = model.building.zones.count
        var perZone: [String: ZoneFigures] = [:]
        for z in result.zones { perZone[z.name] = ZoneFigures(heatingKWh: z.heatingKWh, coolingKWh: z.coolingKWh) }
        func row(threads: Int, buildings: Int, label: String, timings: [Double], perZone: [String: ZoneFigures]?) -> ThermalRow {
            let perBuilding = BenchEnvironment.median(timings) / Double(buildings)
            return ThermalRow(
                case: c.id, weather: c.weather, zones: zones, threads: threads, buildings: buildings, repetitions: timings.count,
                label: label, secondsPerBuildingYear: perBuilding, zoneYearsPerSecond: Double(zones) / perBuilding,
                timingsS: timings, annualHeatingKWh: result.heatingKWh, annualCoolingKWh: result.coolingKWh,
                peakHeatingKW: result.peakHeatingW / 1000, peakCoolingKW: result.peakCoolingW / 1000, perZone: perZone,
                model: model.note)
        }
        var rows = [row(threads: 1, buildings: 1, label: "1 building from scratch: EPW + irradiance + year, 1 thread",
                        timings: scratch, perZone: perZone)]

        // 2–3. A batch of copies, weather shared, on 1 thread and on all.
        let sim = try simulator()
        let buildings = (0..<batchSize).map { i -> BuildingThermalSpec in
            var b = model.building
            b.id = "\(c.id)-\(i)"
            return b
        }
        for threads in Array(Set([1, BenchEnvironment.cores])).sorted() {
            _ = sim.runBatch(Array(buildings.prefix(4)), threads: threads)  // warm caches and threads
            var timings: [Double] = []
            for _ in 0..<reps {
                let t0 = BenchEnvironment.now()
                let results = sim.runBatch(buildings, threads: threads)
                timings.append(BenchEnvironment.now() - t0)
                for r in results {
                    switch r {
                    case .success(let t) where t.heatingKWh == result.heatingKWh && t.coolingKWh == result.coolingKWh: break
                    case .success(let t):
                        throw BenchError.simulation(caseID: c.id, message: "batch result \(t.heatingKWh)/\(t.coolingKWh) kWh differs "
                                                    + "from the single run's \(result.heatingKWh)/\(result.coolingKWh)")
                    case .failure(let e): throw BenchError.simulation(caseID: c.id, message: "\(e)")
                    }
                }
            }
            rows.append(row(threads: threads, buildings: batchSize,
                            label: "batch of \(batchSize), weather shared, \(threads) thread\(threads == 1 ? "" : "s")",
                            timings: timings, perZone: nil))
        }
        return rows
    }
}
