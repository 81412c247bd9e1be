// renovate-bench: speed benchmarks (release build). See benchmarks/README.md.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "read-stock": try StockReadBenchmark.run(Array(arguments.dropFirst()))
default: print("renovate-bench: benchmarks: read-stock FILE [LAYER]")
}
