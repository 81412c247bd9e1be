import Foundation
import Testing
import TestSupport

@Suite struct FacadesCommandTests {
    @Test func helpListsFormatsAndLevels() throws {
        let out = try CLI.run(["facades", "--help"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("--format <format>"))
        #expect(out.stdout.contains("csv, json"))
        #expect(out.stdout.contains("segment, building"))
    }

    @Test func badFormatIsAnsweredWithTheValidOnes() throws {
        let out = try CLI.run(["facades", "stock.geojson", "--out", "x.csv", "--format", "xml"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("csv"))
        #expect(out.stderr.contains("json"))
    }

    @Test func negativeToleranceIsRefused() throws {
        let out = try CLI.run(["facades", "stock.geojson", "--out", "x.csv", "--tolerance-m=-1"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("tolerance of 0 m or more"))
    }
}
