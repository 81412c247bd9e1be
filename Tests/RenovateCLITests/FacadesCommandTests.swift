import Foundation
import Testing
import TestSupport

@Suite struct FacadesCommandTests {
    @Test func helpListsFormatsAndLevels() throws {
        let out = try CLI.run(["facades", "--help"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("--format <format>"))
        #expect(out.stdout.contains("gpkg, csv, json"))
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

@Suite struct FacadesOutputTests {
    static let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors/buildings.gpkg").path

    /// The shipped sample through the real command: a GeoPackage with both layers that GDAL opens without a
    /// warning and that validate_gpkg.py accepts; one line per footprint edge.
    @Test(.enabled(if: ExternalTools.gdalAvailable, "GDAL tools (ogrinfo, validate_gpkg.py) are absent"))
    func sampleGeoPackageOpensCleanlyInGDAL() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("facades-\(UUID().uuidString).gpkg")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLI.run(["facades", Self.sample, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2151 buildings analysed"))
        let check = try ExternalTools.checkGeoPackage(out.path)
        #expect(!check.ogrinfo.contains("Warning"), "\(check.ogrinfo)")
        #expect(!check.ogrinfo.contains("ERROR"), "\(check.ogrinfo)")
        #expect(check.ogrinfo.contains("Layer name: facades"))
        #expect(check.ogrinfo.contains("Geometry: Line String"))
        #expect(check.ogrinfo.contains("Layer name: buildings"))
        #expect(check.ogrinfo.contains("Feature Count: 2151"))
        #expect(check.validatorStatus == 0, "\(check.validator)")
    }

    @Test func refusesToOverwriteWithoutTheFlag() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("facades-\(UUID().uuidString).csv")
        try Data("keep me".utf8).write(to: out)
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLI.run(["facades", Self.sample, "--out", out.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--overwrite"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "keep me")
    }

    @Test func aMissingStockFileIsNamed() throws {
        let run = try CLI.run(["facades", "/nonexistent/stock.geojson", "--out", "/tmp/x.csv"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("stock.geojson"))
    }
}
