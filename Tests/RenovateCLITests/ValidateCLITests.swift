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

    @Test func bestestWithMissingWeatherFails() throws {
        let out = try CLI.run(["validate", "bestest", "--weather", "/nonexistent.epw", "--reference", "/nonexistent.csv"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("not found"))
    }
}
