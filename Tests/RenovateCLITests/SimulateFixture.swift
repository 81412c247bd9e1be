import BuildingModel
import Foundation
import TestSupport

/// A small run for the CLI tests: the first buildings of the shipped sample (as a temporary GeoPackage or
/// GeoJSON) and four of its scenarios (one of them, external-everywhere, blocked by the heritage rules).
enum SimulateFixture {
    static let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")
    static let scenarioIDs: Set<String> = ["baseline", "attic-only", "heritage-light", "external-everywhere"]

    /// A fresh temporary directory.
    static func directory() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The first `count` buildings of the sample.
    static func stock(_ count: Int) throws -> Stock {
        let all = try StockLoader(threads: 1).load(sample.appendingPathComponent("buildings.gpkg"))
        return Stock(buildings: Array(all.buildings.prefix(count)))
    }

    /// Writes `stock.gpkg` (first `count` buildings) and `scenarios.yaml` (the four scenarios) into `dir`.
    static func write(into dir: URL, buildings count: Int = 40) throws -> (stock: URL, scenarios: URL) {
        let stockURL = dir.appendingPathComponent("stock.gpkg")
        try StockWriter.writeGeoPackage(try stock(count), to: stockURL)
        let scenariosURL = dir.appendingPathComponent("scenarios.yaml")
        try scenarioSubset().write(to: scenariosURL, atomically: true, encoding: .utf8)
        return (stockURL, scenariosURL)
    }

    /// The sample's scenario file cut to `scenarioIDs` (header kept, other `  - id:` blocks dropped).
    static func scenarioSubset(_ ids: Set<String> = scenarioIDs) throws -> String {
        let text = try String(contentsOf: sample.appendingPathComponent("scenarios.yaml"), encoding: .utf8)
        let blocks = text.components(separatedBy: "\n  - id: ")
        let kept = blocks.dropFirst().filter { block in
            ids.contains(String(block.prefix { !$0.isWhitespace }))
        }
        return ([blocks[0]] + kept).joined(separator: "\n  - id: ") + "\n"
    }

    /// The arguments of `simulate` for a fixture (Cahors typical year, the sample's heritage and rules).
    static func simulateArguments(stock: URL, scenarios: URL, out: URL, threads: Int = 1) -> [String] {
        ["simulate", stock.path, "--scenarios", scenarios.path, "--climate", "cahors",
         "--heritage", sample.appendingPathComponent("heritage.geojson").path,
         "--rules", sample.appendingPathComponent("rules.yaml").path, "--out", out.path, "--threads", String(threads)]
    }

    /// `renovate export FILE` (results, CSV).
    static func exportCSV(_ file: URL, table: String = "results") throws -> String {
        let out = try CLI.run(["export", file.path, "--table", table])
        guard out.status == 0 else { throw FixtureError(message: "export \(file.lastPathComponent): \(out.stderr)") }
        return out.stdout
    }

    /// A results file of `count` sample buildings × the four scenarios, run once per suite that keeps it in a
    /// `static let` (the directory is left for the process's lifetime).
    static func simulatedResults(buildings count: Int) -> Result<URL, FixtureError> {
        let dir = directory()
        do {
            let (stock, scenarios) = try write(into: dir, buildings: count)
            let out = dir.appendingPathComponent("r.gpkg")
            let r = try CLI.run(simulateArguments(stock: stock, scenarios: scenarios, out: out))
            guard r.status == 0 else { return .failure(.init(message: r.stderr)) }
            return .success(out)
        } catch {
            return .failure(.init(message: "\(error)"))
        }
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
