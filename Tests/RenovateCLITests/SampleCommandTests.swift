import Foundation
import Testing
import TestSupport

@Suite struct SampleCommandTests {
    @Test func helpNamesTheDistrictAndOptions() throws {
        let out = try CLI.run(["sample", "--help"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("cahors"))
        #expect(out.stdout.contains("--seed"))
        #expect(out.stdout.contains("--out"))
    }

    @Test func anUnknownDistrictIsAnsweredWithTheValidOne() throws {
        let out = try CLI.run(["sample", "paris", "--out", NSTemporaryDirectory()])
        #expect(out.status != 0)
        #expect(out.stderr.contains("cahors"))
    }

    /// Until the stock writer is merged the command generates, summarises, and says plainly that it wrote nothing.
    @Test func generatesThenSaysWritingIsNotYetAvailable() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-sample-\(UUID().uuidString)")
        let out = try CLI.run(["sample", "cahors", "--out", dir.path])
        #expect(out.status != 0)
        #expect(out.stderr.contains("SYNTHETIC buildings"))
        #expect(out.stderr.contains("not yet implemented"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("buildings.gpkg").path))
    }

    @Test func aNonPositiveTargetIsRefused() throws {
        let out = try CLI.run(["sample", "cahors", "--out", NSTemporaryDirectory(), "--buildings", "0"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("--buildings must be at least 1"))
    }
}
