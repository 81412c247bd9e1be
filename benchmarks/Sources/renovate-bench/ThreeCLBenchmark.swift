import Foundation
import ThreeCL

/// `renovate-bench dpe-engine [DIR] [--reps R] [--rounds N] [--attributes]`: the 3CL-DPE engine alone (`ThreeCLEngine.compute`)
/// on the inputs of real DPE (default ../shared/data/dpe3cl/ademe-xml), on the calling thread: dwellings labelled per
/// second of thread CPU time, best of R passes (default 5). Reading and mapping the XML are outside the timed part.
/// `--attributes` first drops the table rows the DPE cite (`EnvelopeInput.withoutCitedRows()`), so every value is
/// selected from the elements' attributes, as for a stock building or after a retrofit measure.
enum ThreeCLBenchmark {
    static func run(_ args: [String]) throws {
        let reps = BenchEnvironment.option("--reps", in: args).flatMap(Int.init) ?? 5
        let attributes = args.contains("--attributes")
        let dir = args.first { !$0.hasPrefix("--") && Int($0) == nil } ?? "../shared/data/dpe3cl/ademe-xml"
        let tables = try MethodTables.bundled()
        let files = try FileManager.default.contentsOfDirectory(at: URL(fileURLWithPath: dir), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "xml" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var inputs: [ThreeCLInput] = []
        for f in files {
            guard var input = try? ThreeCLInput(document: ADEMEDocument(contentsOf: f)) else { continue }
            if attributes { input.envelope = input.envelope.withoutCitedRows() }
            // Only inputs the engine computes are timed (the others throw early and would flatter the rate).
            guard (try? ThreeCLEngine.compute(input, tables: tables)) != nil else { continue }
            inputs.append(input)
        }
        guard !inputs.isEmpty else { throw BenchError.badOption(name: "DIR", value: dir, expected: "DPE XML files") }
        // Repetitions of the set in one pass (default: 20,000 labels per pass).
        let rounds = BenchEnvironment.option("--rounds", in: args).flatMap(Int.init) ?? max(1, 20_000 / inputs.count)
        var best = Double.infinity, checksum = 0.0
        for _ in 0..<max(1, reps) {
            let start = NeedModelBenchmark.threadCPUSeconds()
            var sum = 0.0
            for _ in 0..<rounds {
                for input in inputs {
                    sum += try ThreeCLEngine.compute(input, tables: tables).fiveUses.total.primaryKWh
                }
            }
            best = min(best, NeedModelBenchmark.threadCPUSeconds() - start)
            checksum = sum / Double(rounds)
        }
        let labels = Double(inputs.count * rounds)
        print(String(format: "3CL engine%@: %d DPE inputs × %d rounds, best of %d: %.3f s thread CPU, "
                     + "%.0f dwellings labelled per second per core (%.2f µs each), checksum %.3f",
                     attributes ? " (rows selected from attributes)" : "", inputs.count, rounds, reps, best,
                     labels / best, best / labels * 1e6, checksum))
    }
}
