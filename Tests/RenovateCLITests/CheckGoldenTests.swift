import Foundation
import Testing
import TestSupport

/// `renovate check` on the shipped sample, text and JSON, against golden files (Tests/Golden/check-CAH-1845.*).
/// CAH-1845 has courtyard and street façades, sits inside the SPR and within 500 m of four monuments.
/// Re-record with `RENOVATE_RECORD=1 swift test --filter CheckGoldenTests`, then review the diff.
@Suite struct CheckGoldenTests {
    static let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")

    static func check(_ format: String, lang: String = "en") throws -> CLI.Output {
        try CLI.run([
            "check", sample.appendingPathComponent("buildings.gpkg").path, "--building", "CAH-1845",
            "--heritage", sample.appendingPathComponent("heritage.geojson").path,
            "--rules", sample.appendingPathComponent("rules.yaml").path, "--format", format, "--lang", lang,
        ])
    }

    @Test(arguments: ["text", "json"])
    func outputMatchesTheGoldenFile(format: String) throws {
        let out = try Self.check(format)
        #expect(out.status == 0, "\(out.stderr)")
        let golden = Golden.directory.appendingPathComponent("check-CAH-1845.\(format == "text" ? "txt" : "json")")
        if let message = try Golden.mismatch(out.stdout, golden: golden) { Issue.record(Comment(rawValue: message)) }
    }

    /// `--lang fr`: the same report in French (ITE, ITI, menuiseries, avis conforme de l'ABF, French numbers and
    /// punctuation), reasons and conditions from the rules' `fr:` blocks; the façade numbers are the same.
    @Test func frenchOutputMatchesTheGoldenFile() throws {
        let out = try Self.check("text", lang: "fr")
        #expect(out.status == 0, "\(out.stderr)")
        let golden = Golden.directory.appendingPathComponent("check-CAH-1845.fr.txt")
        if let message = try Golden.mismatch(out.stdout, golden: golden) { Issue.record(Comment(rawValue: message)) }
        #expect(out.stdout.contains("isolation par l'extérieur (ITE)") && out.stdout.contains("avis conforme"))
        #expect(!out.stdout.contains("conditional") && !out.stdout.contains("forbidden"), "verdicts in French")
        // JSON stays English for tools, whatever --lang says.
        #expect(try Self.check("json", lang: "fr").stdout == Self.check("json").stdout)
        // The HTML page too.
        let html = try Self.check("html", lang: "fr").stdout
        #expect(html.contains("<html lang=\"fr\">") && html.contains("Contrôle patrimonial : bâtiment CAH-1845"))
        #expect(html.contains("sous conditions") && html.contains("menuiseries PVC"))
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
