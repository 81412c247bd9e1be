import Foundation
import Testing
import TestSupport
@testable import BuildingModel

/// The Périgueux BDNB samples in ../shared/data/stock/perigueux (SOURCES.md): every feature becomes a building
/// or a per-building rejection, and heights come from `hauteur` (never assumed).
@Suite("Real stock files (Périgueux BDNB)", .enabled(if: SharedData.isAvailable, "../shared is absent"))
struct RealStockTests {
    static let centre = "data/stock/perigueux/bdnb_batiment_construction_perigueux_centre.geojson"
    static let commune = "data/stock/perigueux/bdnb_perigueux_24322.gpkg"

    static func checkEveryFeatureAccounted(_ stock: Stock, features: Int) {
        let rejected = Set(stock.diagnostics.filter { $0.severity == .rejected }.map(\.featureID))
        let rejections = stock.diagnostics.filter { $0.severity == .rejected }.count
        #expect(stock.buildings.count + rejections == features)
        #expect(rejected.count == rejections, "one rejection per rejected building")
        #expect(stock.buildings.allSatisfy { !$0.assumed.contains(.height) && $0.heightM > 0 })
        #expect(stock.buildings.allSatisfy { $0.footprint.exterior.count >= 4 && $0.footprint.areaM2 > 0 })
        #expect(Set(stock.buildings.map(\.id)).count == stock.buildings.count)
    }

    @Test func centreGeoJSON() throws {
        let url = SharedData.url(Self.centre)
        let features = try VectorFile.read(url)
        #expect(features.count == 4117)
        let stock = StockReader().stock(from: features, file: url.lastPathComponent)
        Self.checkEveryFeatureAccounted(stock, features: features.count)
        #expect(stock.buildings.count > 4000)
        // Lambert-93 extent of Périgueux (about E 520 km, N 6 450 km).
        let c = stock.buildings[0].footprint.centroid
        #expect((515_000...530_000).contains(c.x) && (6_445_000...6_460_000).contains(c.y))
        // The mean height stated in SOURCES.md is 9.8 m over the 4,117 rows.
        let mean = stock.buildings.reduce(0) { $0 + $1.heightM } / Double(stock.buildings.count)
        #expect(abs(mean - 9.8) < 0.1)
    }

    @Test func communeGeoPackage() throws {
        let url = SharedData.url(Self.commune)
        let layers = try GeoPackageReader.layers(in: url)
        #expect(layers.first?.name == "batiment_construction", "the default layer")
        let features = try VectorFile.read(url, layer: "batiment_construction")
        #expect(features.count == 10381)
        let stock = StockReader().stock(from: features, file: url.lastPathComponent)
        Self.checkEveryFeatureAccounted(stock, features: features.count)
        #expect(stock.buildings.count > 10_000)
        // Ids are batiment_construction_id: BD TOPO cleabs + "-n", or a unité-foncière id for 86 fictive rows.
        #expect(stock.buildings.filter { $0.id.hasPrefix("BATIMENT") }.count > 10_000)
        // Written with renovate's own columns and read back: the same buildings, bit for bit.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("perigueux.gpkg")
        try StockWriter.writeGeoPackage(stock, to: out)
        let again = try StockReader().read(out)
        #expect(again.buildings == stock.buildings)
        #expect(again.diagnostics.isEmpty)
        // The same building read from the GeoJSON cut and from the GeoPackage lands in the same place.
        let centre = StockReader().stock(from: try VectorFile.read(SharedData.url(Self.centre)), file: "centre")
        let byID = Dictionary(stock.buildings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let a = centre.buildings[0]
        let b = try #require(byID[a.id])
        // Vertex by vertex (the GeoJSON cut stores 1e-7° ≈ 1 cm).
        #expect(a.footprint.exterior.count == b.footprint.exterior.count)
        for (p, q) in zip(a.footprint.exterior, b.footprint.exterior) { #expect(p.distance(to: q) < 0.02) }
        #expect(a.heightM == b.heightM)
    }

    @Test func lambert93LayerReadsWithoutReprojection() throws {
        let url = SharedData.url(Self.commune)
        let commune = try VectorFile.read(url, layer: "commune_bdtopo")
        #expect(commune.count == 1)
        #expect(commune[0].properties["population"]?.doubleValue == 29896)
        // The layer is stored in Lambert-93 already: the area matches the stated surface within 5 %
        // (surface_ha is the official figure, not the polygon's planimetric area).
        let surfaceHa = try #require(commune[0].properties["surface_ha"]?.doubleValue)
        let areaM2: Double = switch commune[0].geometry {
        case .polygon(let p)?: p.areaM2
        case .multiPolygon(let ps)?: ps.reduce(0) { $0 + $1.areaM2 }
        default: 0
        }
        #expect(abs(areaM2 / 10_000 - surfaceHa) / surfaceHa < 0.05)
    }
}
