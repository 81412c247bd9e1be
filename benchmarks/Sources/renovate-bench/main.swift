// renovate-bench: speed benchmarks (release build). See benchmarks/README.md.
//   swift build -c release --product renovate-bench && .build/release/renovate-bench <benchmark> [options]
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "thermal": try ThermalBenchmark.run(Array(arguments.dropFirst()))
case "facades": try FacadesBenchmark.run(Array(arguments.dropFirst()))
case "read-stock": try StockReadBenchmark.run(Array(arguments.dropFirst()))
case "evaluate": try EvaluateBenchmark.run(Array(arguments.dropFirst()))
default:
    print("""
        renovate-bench: benchmarks
          thermal [--buildings N] [--epw FILE]   thermal kernel, zone-years per second (1 thread, all cores)
          facades [N | FILE [LAYER]]             façade analysis, buildings per second (synthetic terraces or a stock file)
          read-stock FILE [LAYER]                stock reading: read + reproject + map to buildings
          evaluate [--buildings N] [--epw FILE]  building × scenario pairs/s: Envelope → HourlyNeedModel → Evaluator
        """)
}
