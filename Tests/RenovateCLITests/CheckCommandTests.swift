import Testing
import Foundation
import TestSupport

@Suite struct CheckCommandTests {
    static func tempFile(_ name: String, _ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func helpListsCheck() throws {
        let out = try CLI.run(["--help"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("check"))
    }

    @Test func badFormatListsTheValidOnes() throws {
        let stock = try Self.tempFile("stock.geojson", "{}")
        let out = try CLI.run(["check", stock.path, "--building", "A", "--format", "xml"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("text") && out.stderr.contains("json"))
    }

    @Test func missingStockIsAValidationError() throws {
        let out = try CLI.run(["check", "/nonexistent/stock.gpkg", "--building", "A"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("/nonexistent/stock.gpkg: no such file"))
    }

    @Test func ruleFileTypoGivesLineFieldAndHint() throws {
        let stock = try Self.tempFile("stock.geojson", "{}")
        let rules = try Self.tempFile("rules.yaml", """
            schema: renovate-heritage-rules/1
            name: typo
            version: "1"
            extends: default
            rules:
              - id: x
                measure: solar-panels
                verdikt: forbidden
                reason: r
                source: s
            """)
        let out = try CLI.run(["check", stock.path, "--building", "A", "--rules", rules.path])
        #expect(out.status != 0)
        #expect(out.stderr.contains("rules.yaml:8:"))
        #expect(out.stderr.contains("rules[0].verdikt"))
        #expect(out.stderr.contains("did you mean \"verdict\"?"))
    }
}
