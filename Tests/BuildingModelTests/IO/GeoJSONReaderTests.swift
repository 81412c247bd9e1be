import Foundation
import Testing
@testable import BuildingModel

@Suite("GeoJSON reader")
struct GeoJSONReaderTests {
    static func collection(_ features: String, crs: String? = nil) -> Data {
        let c = crs.map { ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"\($0)\"}}" } ?? ""
        return Data("{\"type\":\"FeatureCollection\"\(c),\"features\":[\(features)]}".utf8)
    }

    static let pointFeature = """
        {"type":"Feature","geometry":{"type":"Point","coordinates":[1.4417,44.4478]},"properties":{"name":"Cahors","n":3,"h":7.5,"ok":true,"none":null}}
        """

    @Test(arguments: [nil, "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326"])
    func lonLatIsReprojectedToLambert93(crs: String?) throws {
        let f = try GeoJSONReader.read(Self.collection(Self.pointFeature, crs: crs), file: "t.geojson")
        guard case .point(let p) = f[0].geometry else { Issue.record("not a point"); return }
        #expect(abs(p.x - 576004.542424) < 0.001)
        #expect(abs(p.y - 6373306.853664) < 0.001)
        #expect(f[0].id == "0")
        #expect(f[0].properties["name"] == .string("Cahors"))
        #expect(f[0].properties["n"] == .int(3))
        #expect(f[0].properties["h"] == .double(7.5))
        #expect(f[0].properties["ok"] == .bool(true))
        #expect(f[0].properties["none"] == .null)
    }

    @Test func lambert93DeclaredIsKeptAsIs() throws {
        let poly = """
            {"type":"Feature","id":"b1","geometry":{"type":"MultiPolygon","coordinates":[[[[500000,6400000],[500010,6400000],[500010,6400010],[500000,6400000]]]]},"properties":{}}
            """
        let f = try GeoJSONReader.read(Self.collection(poly, crs: "urn:ogc:def:crs:EPSG::2154"), file: "t.geojson")
        guard case .multiPolygon(let ps) = f[0].geometry else { Issue.record("not a multipolygon"); return }
        #expect(ps[0].exterior[1] == Point2D(x: 500010, y: 6400000))
        #expect(f[0].id == "b1")
    }

    @Test func idFieldThenIdMemberThenIdPropertyThenIndex() throws {
        let fs = """
            {"type":"Feature","id":7,"geometry":null,"properties":{"ref":"R1","id":"P"}},
            {"type":"Feature","geometry":null,"properties":{"id":"P2"}},
            {"type":"Feature","geometry":null,"properties":{}}
            """
        let withField = try GeoJSONReader.read(Self.collection(fs), file: "t.geojson", idField: "ref")
        #expect(withField.map(\.id) == ["R1", "P2", "2"])
        let plain = try GeoJSONReader.read(Self.collection(fs), file: "t.geojson")
        #expect(plain.map(\.id) == ["7", "P2", "2"])
    }

    @Test func errorNamesFileFeatureAndField() {
        let bad = """
            {"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}},
            {"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],[3]]},"properties":{}}
            """
        #expect(throws: VectorFileError.invalidFeature(
            file: "stock.geojson", feature: "1", field: "geometry.coordinates",
            message: "position has 1 number, expected 2 or 3")) {
            try GeoJSONReader.read(Self.collection(bad), file: "stock.geojson")
        }
        let unsupported = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[]},\"properties\":{}}"
        do {
            _ = try GeoJSONReader.read(Self.collection(unsupported), file: "stock.geojson")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "stock.geojson: feature 0: geometry.type: geometry type \"MultiPoint\", expected Point, LineString, Polygon or MultiPolygon")
        }
    }

    @Test func notAFeatureCollection() {
        #expect(throws: VectorFileError.invalidFile(file: "x.json", message: "type \"Feature\", expected \"FeatureCollection\"")) {
            try GeoJSONReader.read(Data("{\"type\":\"Feature\"}".utf8), file: "x.json")
        }
    }

    @Test func unknownExtensionIsRefused() {
        #expect(throws: VectorFileError.unsupportedExtension(file: "a.shp", extension: "shp")) {
            try VectorFile.read(URL(fileURLWithPath: "/tmp/a.shp"))
        }
    }
}
