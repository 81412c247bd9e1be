import ArgumentParser
import Foundation
import Simulator
import ThreeCL

/// `renovate dpe`: recomputes real DPE (ADEME XML) with the 3CL-DPE 2021 engine and compares them with what the
/// certified software recorded.
struct DPE: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dpe",
        abstract: "Recompute DPE files (ADEME XML) with the official 3CL-DPE 2021 method and compare with the recorded results.",
        discussion: """
            Each file is read (schema versions 2 to 2.6, DPE of an existing dwelling), recomputed from its inputs \
            and printed beside the outputs the certified software recorded in it (logement/sortie): deperditions \
            per element, needs, final energy of the five uses, primary energy per m², CO₂ and the classes. For a \
            directory or several files, a summary follows: share of files whose class matches, whose primary \
            energy per m² is within 5 %, by housing type, period and heating energy, and the worst files.
            """)

    @Argument(help: "DPE XML files or directories of them.")
    var paths: [String]

    @Option(help: "Output format.")
    var format: DPEReportFormat = .text

    @Flag(inversion: .prefixedNo, help: "Print the summary (default: when more than one file is given).")
    var summary: Bool?

    @OptionGroup var threadOptions: ThreadOptions
    var threads: Int { threadOptions.count }

    @Option(help: "Scenario set (YAML, renovate-scenarios/1): apply each scenario to the DPE's own elements and print the class and cost after works.")
    var scenarios: String?

    @Option(help: "Measure catalogue (YAML) for --scenarios. Default: the bundled catalogue.")
    var catalogue: String?

    func validate() throws {
        if catalogue != nil && scenarios == nil {
            throw ValidationError("--catalogue is used with --scenarios; please add --scenarios <file>.")
        }
    }

    func run() throws {
        let urls: [URL]
        let comparisons: [DPEComparison]
        do {
            urls = try DPERecomputation.files(paths)
            guard !urls.isEmpty else { throw RunError("no .xml file in \(paths.joined(separator: ", "))") }
            if let scenarios {
                do throws(DPEScenarioError) {
                    let out = try DPEScenarioRunner.report(
                        files: urls, scenarios: scenarios, catalogue: catalogue, format: format, threads: threads)
                    print(out, terminator: "")
                } catch { throw RunError(error.description) }
                return
            }
            comparisons = try DPERecomputation.compare(urls, threads: threads)
        } catch let e as DPERecomputation.UnreadableFiles {
            throw RunError(e.description)
        }
        let withSummary = summary ?? (urls.count > 1)
        print(try DPEReportRenderer.render(comparisons, format: format, summary: withSummary), terminator: "")
    }
}

extension DPEReportFormat: ExpressibleByArgument {}
