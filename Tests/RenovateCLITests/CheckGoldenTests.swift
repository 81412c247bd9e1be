import Foundation
import Testing
import TestSupport

/// `renovate check` on the shipped sample, text and JSON, against golden files (Tests/Golden/check-CAH-1845.*).
/// CAH-1845 has courtyard and street façades, sits inside the SPR and within 500 m of four monuments.
/// Re-record with `RENOVATE_RECORD=1 swift test --filter CheckGoldenTests`, then review the diff.
@Suite struct CheckGoldenTests {
    static let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")

    static func check(_ format: String) throws -> CLI.Output {
        try CLI.run([
            "check", sample.appendingPathComponent("buildings.gpkg").path, "--building", "CAH-1845",
            "--heritage", sample.appendingPathComponent("heritage.geojson").path,
            "--rules", sample.appendingPathComponent("rules.yaml").path, "--format", format,
        ])
    }

    @Test(arguments: ["text", "json"])
    func outputMatchesTheGoldenFile(format: String) throws {
        let out = try Self.check(format)
        #expect(out.status == 0, "\(out.stderr)")
        let golden = Golden.directory.appendingPathComponent("check-CAH-1845.\(format == "text" ? "txt" : "json")")
        if let message = try Golden.mismatch(out.stdout, golden: golden) { Issue.record(Comment(rawValue: message)) }
    }

    @Test func streetAndCourtyardFacadesGetDifferentVerdicts() throws {
        let out = try Self.check("text")
        #expect(out.stdout.contains("#6 W street     forbidden    ewi-protected-street"))
        #expect(out.stdout.contains("#1 S courtyard  conditional  ewi-protected-courtyard"))
    }

    @Test func anUnknownIdListsTheClosestOnes() throws {
        let out = try CLI.run(["check", Self.sample.appendingPathComponent("buildings.gpkg").path, "--building", "CAH-99999"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("no building with id \"CAH-99999\""))
        #expect(out.stderr.contains("CAH-0999"))
    }
}
