import ArgumentParser
import BuildingModel
import Foundation
import Simulator

/// `renovate report results.gpkg --out report.html`: the planner's HTML page of a results file.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the HTML report (map, classes, scatter, heritage) of a results GeoPackage.")

    @Argument(help: "Results GeoPackage written by renovate simulate or merge.")
    var results: String

    @Option(help: "Output HTML file.")
    var out: String

    @Option(help: "Only this scenario.")
    var scenario: String?

    @Option(help: "Language of the page: en or fr. Scenario names and heritage reasons stay as the results file has them.")
    var lang: Language = .en

    func validate() throws {
        guard FileManager.default.fileExists(atPath: results) else {
            throw ValidationError("\(results): no such file. Please check the path.")
        }
    }

    func run() throws {
        let store = try ResultsGeoPackage.open(path: results)
        var scenarios = try ResultsGeoPackage.scenarios(in: store)
        if let scenario {
            scenarios = scenarios.filter { $0.id == scenario }
            guard !scenarios.isEmpty else { throw RunError("\(results): no scenario \"\(scenario)\".") }
        }
        // The run's result-affecting options (need model, generated climate, exposure…): the assumptions behind every figure.
        let options = try store.runInfo().manifest.options.sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var input = try ResultsGeoPackage.reportInput(
            store: store, buildings: try ResultsGeoPackage.buildings(in: URL(fileURLWithPath: results)),
            scenarios: scenarios,
            title: HTMLReport.defaultTitle(resultsFile: URL(fileURLWithPath: results).lastPathComponent, language: lang),
            generatedNote: "renovate \(RenovateVersion.string), results \(URL(fileURLWithPath: results).lastPathComponent)"
                + (options.isEmpty ? "" : "; run options: \(options)"))
        input.heritage = try ResultsGeoPackage.heritageMap(in: URL(fileURLWithPath: results))
        input.language = lang
        try HTMLReport.write(input, to: URL(fileURLWithPath: out))
        print("wrote \(out) (\(input.buildings.count) buildings, \(input.scenarios.count) scenarios)")
    }
}
