import Foundation
import Testing
import TestSupport

@Suite struct ValidateCLITests {
    @Test(.enabled(if: SharedData.isAvailable, "../shared is absent"))
    func bestestPrintsTheTable() throws {
        let out = try CLI.run(["validate", "bestest",
                               "--weather", SharedData.url("data/weather/725650TYCST.epw").path,
                               "--reference", SharedData.url("data/bestest/ashrae140_600_900_reference.csv").path])
        #expect(out.status == 0, "\(out.stderr)")
        for c in ["600 ", "900 ", "600FF", "900FF"] { #expect(out.stdout.contains(c)) }
        #expect(out.stdout.contains("reference ranges met"))
    }

    /// `--format json`: every row of the table, with its ranges and verdict, readable by a script.
    @Test(.enabled(if: SharedData.isAvailable, "../shared is absent"))
    func bestestAsJSON() throws {
        let args = ["validate", "bestest", "--weather", SharedData.url("data/weather/725650TYCST.epw").path,
                    "--reference", SharedData.url("data/bestest/ashrae140_600_900_reference.csv").path]
        let out = try CLI.run(args + ["--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(document["weather"] as? String == "725650TYCST.epw")
        #expect(Set(rows.compactMap { $0["case"] as? String }).isSuperset(of: ["600", "900", "600FF", "900FF"]))
        let heating600 = try #require(rows.first { $0["case"] as? String == "600" && $0["metric"] as? String == "annual_heating" })
        let value = try #require(heating600["value"] as? Double)
        let reference = try #require(heating600["reference"] as? [String: Double])
        #expect(heating600["passes"] as? Bool == ((reference["min"]!...reference["max"]!).contains(value)))
        // The text table says the same: one line per JSON row.
        let text = try CLI.run(args)
        #expect(rows.allSatisfy { row in text.stdout.contains(row["metric"] as? String ?? "?") })
    }

    @Test func bestestWithMissingWeatherFails() throws {
        let out = try CLI.run(["validate", "bestest", "--weather", "/nonexistent.epw", "--reference", "/nonexistent.csv"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("not found"))
    }
}
