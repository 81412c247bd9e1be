import ArgumentParser
import Foundation
import Simulator

/// `renovate export results.gpkg --table results --format csv`: a table of a results file, sorted, to stdout.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a table of a results GeoPackage as CSV or JSON Lines (deterministic, sorted).")

    @Argument(help: "Results GeoPackage written by renovate simulate or merge.")
    var results: String

    @Option(help: "Table to export.")
    var table: ResultsExport.Table = .results

    @Option(help: "Output format.")
    var format: ResultsExport.Format = .csv

    @Option(help: "Output file (default: standard output).")
    var out: String?

    func validate() throws {
        guard FileManager.default.fileExists(atPath: results) else {
            throw ValidationError("\(results): no such file. Please check the path.")
        }
    }

    func run() throws {
        let store = try ResultsGeoPackage.open(path: results)
        var text = ""
        try ResultsExport.write(table, of: store, format: format, to: &text)
        if let out {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

extension ResultsExport.Table: ExpressibleByArgument {}
extension ResultsExport.Format: ExpressibleByArgument {}
