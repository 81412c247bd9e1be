import Foundation
import Testing
import TestSupport
@testable import BuildingModel

/// A fresh temporary directory per test.
func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

func runTool(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    try ExternalTools.run(path, arguments)
}

let gdalToolsAvailable = ExternalTools.gdalAvailable

@Suite("GeoPackage writer and stock round trip")
struct GeoPackageWriterTests {
    /// Three buildings with mixed measured and assumed attributes, one with a hole and no year.
    static func sampleStock() -> Stock {
        let features = (0..<3).map { i in
            let x0 = 500000.0 + Double(i) * 12.5
            let ext = [Point2D(x: x0, y: 6400000), Point2D(x: x0 + 10, y: 6400000), Point2D(x: x0 + 10, y: 6400007.25),
                       Point2D(x: x0, y: 6400007.25), Point2D(x: x0, y: 6400000)]
            let hole = i == 1 ? [[Point2D(x: x0 + 2, y: 6400002), Point2D(x: x0 + 2, y: 6400003), Point2D(x: x0 + 3, y: 6400003), Point2D(x: x0 + 2, y: 6400002)]] : []
            var props: [String: PropertyValue] = ["batiment_construction_id": .string("B\(i)"), "hauteur": .double(6.5 + Double(i))]
            if i != 1 { props["annee_construction"] = .int(1700 + 100 * i) }
            if i == 2 { props["mat_mur_txt"] = .string("BOIS"); props["nb_log"] = .int(2) }
            return Feature(id: "\(i)", geometry: .polygon(Polygon(exterior: ext, holes: hole)), properties: props)
        }
        return StockReader().stock(from: features, file: "sample")
    }

    @Test func stockRoundTripsThroughGeoPackage() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stock = Self.sampleStock()
        #expect(stock.buildings.count == 3)
        let url = dir.appendingPathComponent("stock.gpkg")
        try StockWriter.writeGeoPackage(stock, to: url)
        let again = try StockReader().read(url)
        #expect(again.buildings == stock.buildings)
        #expect(again.diagnostics.isEmpty)
        let layers = try GeoPackageReader.layers(in: url)
        #expect(layers.map(\.name) == ["buildings"])
        #expect(layers[0].geometryTypeName == "POLYGON" && layers[0].srsID == 2154)
    }

    @Test func stockRoundTripsThroughGeoJSONWithinAMillimetre() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stock = Self.sampleStock()
        let url = dir.appendingPathComponent("stock.geojson")
        try StockWriter.writeGeoJSON(stock, to: url)
        let again = try StockReader().read(url)
        #expect(again.buildings.count == stock.buildings.count)
        for (a, b) in zip(stock.buildings, again.buildings) {
            #expect(a.id == b.id && a.assumed == b.assumed && a.heightM == b.heightM && a.wallMaterial == b.wallMaterial)
            for (p, q) in zip(a.footprint.exterior, b.footprint.exterior) { #expect(p.distance(to: q) < 0.001) }
            #expect(a.footprint.holes.count == b.footprint.holes.count)
        }
    }

    @Test func refusesToOverwriteUnlessAskedAndLeavesNoTemporaryFile() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("x.gpkg")
        try Data("keep".utf8).write(to: url)
        #expect(throws: VectorFileError.alreadyExists(file: "x.gpkg")) { try GeoPackageWriter(url: url) }
        do {
            let w = try GeoPackageWriter(url: url, overwrite: true)
            // A failing layer leaves the existing file untouched.
            #expect(throws: VectorFileError.self) {
                try w.addFeatureLayer(name: "bad", geometryType: .point, columns: [], rows: [(FeatureGeometry.lineString([]), [])])
            }
        }
        #expect(try String(contentsOf: url, encoding: .utf8) == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["x.gpkg"])
        try StockWriter.writeGeoPackage(Self.sampleStock(), to: url, overwrite: true)
        #expect(try GeoPackageReader.read(url).count == 3)
    }

    @Test func columnTypeErrorsNameTableRowAndColumn() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let w = try GeoPackageWriter(url: dir.appendingPathComponent("t.gpkg"))
        #expect(throws: VectorFileError.writeFailed(file: "t.gpkg", message: "table a: row 1: column \"n\": abc is not INTEGER")) {
            try w.addAttributeTable(name: "a", columns: [.init(name: "n", type: .integer)], rows: [[.int(1)], [.string("abc")]])
        }
    }

    static func writeMixedFile(_ url: URL) throws {
        let w = try GeoPackageWriter(url: url)
        try StockWriter.addBuildings(sampleStock(), to: w)
        try w.addFeatureLayer(
            name: "points", geometryType: .point, srsID: 4326, columns: [.init(name: "name", type: .text)],
            rows: [(FeatureGeometry.point(Point2D(x: 1.4417, y: 44.4478)), [PropertyValue.string("Cahors")]),
                   (nil, [.string("nowhere")])],
            description: "a point in WGS 84", spatialIndex: false)
        try w.addFeatureLayer(
            name: "lines", geometryType: .lineString, columns: [.init(name: "length_m", type: .real)],
            rows: [(FeatureGeometry.lineString([Point2D(x: 500000, y: 6400000), Point2D(x: 500003, y: 6400004)]), [PropertyValue.int(5)])])
        let parts: [(FeatureGeometry, [PropertyValue])] = sampleStock().buildings.map { (.polygon($0.footprint), []) }
        try w.addFeatureLayer(name: "parts", geometryType: .multiPolygon, columns: [], rows: parts)
        try w.addAttributeTable(
            name: "results", columns: [.init(name: "building_id", type: .text), .init(name: "need_kwh", type: .real),
                                       .init(name: "ok", type: .boolean)],
            rows: [[.string("B0"), .double(1234.5), .bool(true)], [.string("B1"), .null, .bool(false)]],
            description: "per-building results")
        try w.finish()
    }

    @Test func mixedLayersReadBack() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("mixed.gpkg")
        try Self.writeMixedFile(url)
        #expect(try GeoPackageReader.layers(in: url).map(\.name) == ["buildings", "points", "lines", "parts"])
        let p = try VectorFile.read(url, layer: "points")
        #expect(p.count == 2 && p[1].geometry == nil && p[1].properties["name"] == .string("nowhere"))
        guard case .point(let q) = p[0].geometry else { Issue.record("not a point"); return }
        #expect(abs(q.x - 576004.542424) < 0.001 && abs(q.y - 6373306.853664) < 0.001)
        let parts = try VectorFile.read(url, layer: "parts")
        #expect(parts.count == 3)
        if case .multiPolygon(let ps) = parts[0].geometry { #expect(ps.count == 1) } else { Issue.record("not a multipolygon") }
        #expect(throws: VectorFileError.noSuchLayer(file: "mixed.gpkg", layer: "nope", available: ["buildings", "points", "lines", "parts"])) {
            try VectorFile.read(url, layer: "nope")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "sqlite3 is absent"))
    func corruptBlobErrorNamesFileFeatureAndColumn() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("t.gpkg")
        let w = try GeoPackageWriter(url: url)
        try StockWriter.addBuildings(Self.sampleStock(), to: w)
        try w.finish()
        // Dropping the R-tree triggers first: they call ST_* functions the sqlite3 shell does not have.
        let sql = ["insert", "update1", "update2", "update3", "update4", "delete"]
            .map { "DROP TRIGGER rtree_buildings_geom_\($0); " }.joined()
            + "UPDATE buildings SET geom = x'47500001' WHERE id = 'B1';"
        #expect(try runTool("/usr/bin/sqlite3", [url.path, sql]).status == 0)
        #expect(throws: VectorFileError.invalidFeature(
            file: "t.gpkg", feature: "B1", field: "geom", message: "not a GeoPackage geometry blob: 4 bytes, a header needs 8")) {
            try VectorFile.read(url)
        }
    }

    @Test(.enabled(if: gdalToolsAvailable, "GDAL tools (ogrinfo, validate_gpkg.py) are absent"))
    func gdalReadsTheFileWithoutWarnings() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("mixed.gpkg")
        try Self.writeMixedFile(url)
        let info = try runTool("/usr/bin/ogrinfo", ["-ro", "-al", "-so", url.path])
        #expect(info.status == 0)
        #expect(!info.output.contains("Warning") && !info.output.contains("ERROR"), "\(info.output)")
        #expect(info.output.contains("Feature Count: 3"))
        #expect(info.output.contains("Lambert-93"))
        let validate = try runTool("/usr/bin/python3", [
            "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py", url.path,
        ])
        #expect(validate.status == 0, "\(validate.output)")
        let json = dir.appendingPathComponent("stock.geojson")
        try StockWriter.writeGeoJSON(Self.sampleStock(), to: json)
        let jsonInfo = try runTool("/usr/bin/ogrinfo", ["-ro", "-al", "-so", json.path])
        #expect(jsonInfo.status == 0)
        #expect(!jsonInfo.output.contains("Warning") && !jsonInfo.output.contains("ERROR"), "\(jsonInfo.output)")
        #expect(jsonInfo.output.contains("Feature Count: 3") && jsonInfo.output.contains("WGS 84"), "\(jsonInfo.output)")
    }
}
