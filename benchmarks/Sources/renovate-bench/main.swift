// renovate-bench: speed benchmarks (release build). See benchmarks/README.md.
// Usage: renovate-bench <benchmark> [size]
let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "facades":
    FacadesBenchmark.run(buildings: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000)
default:
    print("renovate-bench: benchmarks: facades [buildings]")
}
