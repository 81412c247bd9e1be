import BuildingModel
import Dispatch
import Foundation

/// `renovate-bench facades [N | FILE [LAYER]]`: façade analysis of a stock file (e.g. the Périgueux commune,
/// 10,381 real BDNB footprints; reading is not timed) or of N synthetic terraced buildings
/// (``SyntheticTerraces``, rows of 10 houses across 8 m streets), on 1 thread and on all cores.
/// Prints buildings per second and a checksum of the result, so the work cannot be optimised away.
enum FacadesBenchmark {
    static func run(_ args: [String]) throws {
        if args.contains("--json") { return try runJSON(args) }
        let buildings: [Building]
        if let path = args.first, Int(path) == nil {
            let stock = try StockReader().read(URL(fileURLWithPath: path), layer: args.dropFirst().first)
            buildings = stock.buildings
            print("facades: \(buildings.count) buildings from \(path)")
        } else {
            let housesPerRow = 10
            let rows = max(1, (args.first.flatMap { Int($0) } ?? 10_000) / housesPerRow)
            buildings = SyntheticTerraces.make(rows: rows, housesPerRow: housesPerRow)
            print("facades: \(buildings.count) synthetic terraced buildings (\(rows) rows of \(housesPerRow))")
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var reference: FacadeAnalysis? = nil
        for threads in Array(Set([1, cores])).sorted() {
            var best = Double.infinity, bestCPU = Double.infinity
            var checksum = 0.0
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                let startCPU = processCPUSeconds()
                let analysis = FacadeAnalyzer.analyze(buildings, threads: threads)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                best = min(best, seconds)
                bestCPU = min(bestCPU, processCPUSeconds() - startCPU)
                checksum = analysis.facades.reduce(0) { sum, f in
                    sum + f.exposedWallAreaM2 + 2 * f.partyWallAreaM2
                        + f.segments.reduce(0) { $0 + $1.horizonAngleDeg + ($1.context == .courtyard ? 1 : 0) }
                }
                if let reference, reference != analysis { print("facades: MISMATCH between thread counts") }
                reference = reference ?? analysis
            }
            let rate = Double(buildings.count) / best
            // CPU time shows the cost when other processes share the cores (wall time then overstates it).
            print(
                String(
                    format: "facades: threads=%d  best of 3: %.3f s wall (%.3f s CPU)  %.0f buildings/s  checksum %.3f",
                    threads, best, bestCPU, rate, checksum))
        }
    }

    /// `facades --json [--smoke] [--reps R] [FILE [LAYER]]`: buildings per second on real footprints — by default
    /// the Périgueux commune (`$RENOVATE_SHARED/data/stock/perigueux/bdnb_perigueux_24322.gpkg`, BDNB) when present,
    /// else the Cahors sample (`samples/cahors/buildings.gpkg`); 1 thread and all threads, median of R (default 3;
    /// `--smoke`: the sample, R = 1). Reading the file is not timed; the analysis includes the footprint repair.
    static func runJSON(_ args: [String]) throws {
        let smoke = args.contains("--smoke")
        let reps = BenchEnvironment.option("--reps", in: args).flatMap(Int.init) ?? (smoke ? 1 : 3)
        let positional = args.filter { !$0.hasPrefix("--") && Int($0) == nil }
        let commune = BenchEnvironment.shared.appendingPathComponent("data/stock/perigueux/bdnb_perigueux_24322.gpkg")
        let sample = URL(fileURLWithPath: "samples/cahors/buildings.gpkg")
        let (url, layer, name): (URL, String?, String)
        if let path = positional.first {
            (url, layer, name) = (URL(fileURLWithPath: path), positional.dropFirst().first, URL(fileURLWithPath: path).lastPathComponent)
        } else if !smoke && FileManager.default.fileExists(atPath: commune.path) {
            (url, layer, name) = (commune, "batiment_construction", "Périgueux commune (BDNB, bdnb_perigueux_24322.gpkg)")
        } else {
            (url, layer, name) = (sample, nil, "Cahors sample (samples/cahors/buildings.gpkg)")
        }
        guard FileManager.default.fileExists(atPath: url.path) else { throw BenchError.missingInput(what: "stock file", path: url.path) }
        let buildings = try StockReader().read(url, layer: layer).buildings
        var rows: [ThroughputRow] = []
        var reference: FacadeAnalysis? = nil
        for threads in Array(Set([1, BenchEnvironment.cores])).sorted() {
            var timings: [Double] = []
            for _ in 0..<reps {
                let t0 = BenchEnvironment.now()
                let analysis = FacadeAnalyzer.analyze(buildings, threads: threads)
                timings.append(BenchEnvironment.now() - t0)
                if let reference, reference != analysis {
                    throw BenchError.simulation(caseID: "facades", message: "the analysis differs between thread counts")
                }
                reference = reference ?? analysis
            }
            let s = BenchEnvironment.median(timings)
            rows.append(ThroughputRow(
                dataset: name, buildings: buildings.count, threads: threads, seconds: s,
                buildingsPerSecond: Double(buildings.count) / s, repetitions: reps, timingsS: timings,
                note: "footprint repair + party walls + obstruction + contexts; reading the file not timed"))
        }
        try BenchReport(facades: rows).print()
    }

    /// CPU time of the whole process (all threads), seconds.
    static func processCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
