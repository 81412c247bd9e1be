import Foundation

// renovate-bench: speed benchmarks (release build). See benchmarks/README.md.
//   swift build -c release --product renovate-bench && .build/release/renovate-bench <benchmark> [options]
// With --json, thermal/facades/batch print one JSON object (schema renovate-bench/1) for benchmarks/run.sh.
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "thermal": try ThermalBenchmark.run(Array(arguments.dropFirst()))
    case "facades": try FacadesBenchmark.run(Array(arguments.dropFirst()))
    case "batch": try BatchBenchmark.run(Array(arguments.dropFirst()))
    case "sensitivity": try SensitivityBenchmark.run(Array(arguments.dropFirst()))
    case "read-stock": try StockReadBenchmark.run(Array(arguments.dropFirst()))
    case "evaluate": try EvaluateBenchmark.run(Array(arguments.dropFirst()))
    case "need-model": try NeedModelBenchmark.run(Array(arguments.dropFirst()))
    case "dpe-engine": try ThreeCLBenchmark.run(Array(arguments.dropFirst()))
    case "dpe-batch": try ThreeCLBatchBenchmark.run(Array(arguments.dropFirst()))
    case "zone-balance": try ZoneBalanceProbe.run(Array(arguments.dropFirst()))
    default:
        print("""
            renovate-bench: benchmarks
              thermal [--buildings N] [--epw FILE]   thermal kernel, zone-years per second (1 thread, all cores)
              thermal --json [--smoke] [--buildings N] [--reps R]
                                                     the peer-comparison cases ($RENOVATE_BENCH_CASES) as JSON
              facades [N | FILE [LAYER]]             façade analysis, buildings per second (synthetic terraces or a stock file)
              facades --json [--smoke] [--reps R] [FILE [LAYER]]
                                                     façade analysis of real footprints (Périgueux commune) as JSON
              batch --json [--smoke] [--reps R] [--buildings N] [--threads T,...] [--scenarios FILE]
                                                     the sample district end to end (load → façades → heritage →
                                                     scenarios → store → GeoPackage → ranking; 20 scenarios by
                                                     default), building-scenarios per second, as JSON
              sensitivity [CASE-ID ...]              our model of the comparison cases under variants, with
                                                     each zone's annual energy balance (text)
              read-stock FILE [LAYER]                stock reading: read + reproject + map to buildings
              evaluate [--buildings N] [--epw FILE]  building × scenario pairs/s: Envelope → HourlyNeedModel → Evaluator
              need-model [--buildings N] [--reps R]  HourlyNeedModel.needs alone: thread CPU time of the best pass
              dpe-engine [DIR] [--reps R] [--attributes]
                                                     the 3CL-DPE engine alone on real DPE inputs: dwellings labelled
                                                     per second per core (thread CPU time of the best pass)
              dpe-batch [--reps R] [--sample DIR]    the 3CL label on the batch path (the sample district's envelopes
                                                     before and after each scenario, as simulate labels them)
              zone-balance STOCK --scenarios S --building ID [--weather EPW] [--exposure T]
                                                     one building of a stock file as simulate maps it: each
                                                     scenario's storeys, heating and sun by month, energy balance
            """)
    }
} catch {
    FileHandle.standardError.write(Data("renovate-bench: \(error)\n".utf8))
    exit(1)
}
