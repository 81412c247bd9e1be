import Foundation
import Testing
import TestSupport

/// Whether the real G file is there (../shared/data).
private enum GHouseFile {
    static let path = "data/dpe3cl/ademe-xml/2187E0981996L.xml"
    static var isAvailable: Bool { SharedData.has(path) }
}

/// `renovate dpe FILE --scenarios S` through the binary: the table of scenarios on a real G house, and the errors.
@Suite("renovate dpe --scenarios", .enabled(if: GHouseFile.isAvailable, "../shared/data/dpe3cl/ademe-xml is absent"))
struct DPEScenariosCommandTests {
    var file: String { SharedData.url(GHouseFile.path).path }
    var sampleScenarios: String { SharedData.repositoryRoot.appendingPathComponent("samples/cahors/scenarios.yaml").path }

    @Test("Text: the DPE as is, then every scenario with class, energy, CO₂ and cost, then what was applied")
    func text() throws {
        let out = try CLI.run(["dpe", file, "--scenarios", sampleScenarios])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("2187E0981996L.xml (DPE 2187E0981996L, 42.5 m², recorded class G)"))
        let asIs = try #require(lines.first { $0.hasPrefix("  as-is ") })
        #expect(asIs.contains(" G "))
        #expect(lines.contains { $0.hasPrefix("  deep-internal ") })
        #expect(out.stdout.contains("applied int-wall-wood-fibre-80 (internal-wall-insulation)"))
        #expect(out.stdout.contains("skipped shutters-wood on Fenêtre  2 Sud: already has a closure"))
        #expect(out.stdout.contains("assumed: no heritage verdicts"))
    }

    @Test("CSV and JSON: one row per scenario, the baseline first")
    func machineFormats() throws {
        let csv = try CLI.run(["dpe", file, "--scenarios", sampleScenarios, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.count == 13)
        #expect(rows[1].contains(",as-is,1,G,"))
        let json = try CLI.run(["dpe", file, "--scenarios", sampleScenarios, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let files = try #require(doc?["files"] as? [[String: Any]])
        #expect((files.first?["scenarios"] as? [Any])?.count == 11)
    }

    @Test("A scenario file naming an unknown measure: exit 1, file:line and a suggestion")
    func badScenarioFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dpe-scen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("s.yaml")
        try "schema: renovate-scenarios/1\nversion: \"x\"\nscenarios:\n  - {id: a, name: a, measures: [{measure: mvhr2}]}\n"
            .write(to: bad, atomically: true, encoding: .utf8)
        let out = try CLI.run(["dpe", file, "--scenarios", bad.path])
        #expect(out.status == 1)
        #expect(out.stderr.contains("s.yaml:4"))
        #expect(out.stderr.contains("unknown measure \"mvhr2\"; did you mean \"mvhr\"?"))
        #expect(out.stdout.isEmpty)
    }

    @Test("--catalogue without --scenarios is a usage error")
    func catalogueAlone() throws {
        let out = try CLI.run(["dpe", file, "--catalogue", "catalogue/measures.yaml"])
        #expect(out.status == 64)
        #expect(out.stderr.contains("--catalogue is used with --scenarios"))
    }
}
