import BuildingModel
import Dispatch
import Foundation

/// `renovate-bench facades [buildings]`: façade analysis of synthetic terraced blocks
/// (``SyntheticTerraces``, rows of 10 houses across 8 m streets), on 1 thread and on all cores.
/// Prints buildings per second and a checksum of the result, so the work cannot be optimised away.
enum FacadesBenchmark {
    static func run(buildings requested: Int) {
        let housesPerRow = 10
        let rows = max(1, requested / housesPerRow)
        let buildings = SyntheticTerraces.make(rows: rows, housesPerRow: housesPerRow)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("facades: \(buildings.count) synthetic terraced buildings (\(rows) rows of \(housesPerRow))")
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

    /// CPU time of the whole process (all threads), seconds.
    static func processCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
