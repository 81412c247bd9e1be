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

    /// The command writes the GeoPackage and GeoJSON and the sample's hand-written files; two runs give the same
    /// bytes, and the shipped samples/cahors files are exactly what the command writes today (so they can't go
    /// stale).
    @Test func writesTheSameBytesAsTheShippedSample() throws {
        let tmp = FileManager.default.temporaryDirectory
        let a = tmp.appendingPathComponent("renovate-sample-\(UUID().uuidString)")
        let b = tmp.appendingPathComponent("renovate-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let outA = try CLI.run(["sample", "cahors", "--out", a.path])
        #expect(outA.status == 0, "\(outA.stderr)")
        #expect(outA.stderr.contains("SYNTHETIC buildings"))
        let outB = try CLI.run(["sample", "cahors", "--out", b.path])
        #expect(outB.status == 0)
        let shipped = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")
        for name in ["buildings.gpkg", "buildings.geojson"] {
            let bytesA = try Data(contentsOf: a.appendingPathComponent(name))
            #expect(bytesA.count > 100_000)
            #expect(bytesA == (try Data(contentsOf: b.appendingPathComponent(name))), "\(name) differs between runs")
            #expect(bytesA == (try Data(contentsOf: shipped.appendingPathComponent(name))),
                    "samples/cahors/\(name) is stale: regenerate with renovate sample cahors --out samples/cahors")
        }
        // The hand-written files come too, so that the directory runs the sample on its own.
        for name in ["heritage.geojson", "rules.yaml", "scenarios.yaml", "README.md"] {
            #expect((try? Data(contentsOf: a.appendingPathComponent(name))) == (try Data(contentsOf: shipped.appendingPathComponent(name))),
                    "\(name): the embedded copy differs from samples/cahors/\(name): run scripts/gen-sample-files.sh")
        }
    }

    @Test func aNonPositiveTargetIsRefused() throws {
        let out = try CLI.run(["sample", "cahors", "--out", NSTemporaryDirectory(), "--buildings", "0"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("--buildings must be at least 1"))
    }
}
