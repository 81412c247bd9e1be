import Foundation
import Testing
@testable import BuildingModel

/// The map of the protections: zones as they are, a PDA replacing its monument's 500 m radius, the radius as a
/// GEOS buffer of the monument's geometry.
@Suite struct HeritageMapTests {
    static func square(_ x: Double, _ y: Double, _ side: Double) -> Polygon {
        Polygon(exterior: [Point2D(x: x, y: y), Point2D(x: x + side, y: y), Point2D(x: x + side, y: y + side),
                           Point2D(x: x, y: y + side), Point2D(x: x, y: y)])
    }

    @Test func aMonumentWithoutAPDAGetsItsFiveHundredMetres() throws {
        let layers = HeritageLayers(
            monuments: [
                Monument(id: "m1", name: "Pont Valentré", protection: .classe, geometry: .point(Point2D(x: 1000, y: 2000))),
                Monument(id: "m2", name: "Tour", protection: .inscrit, geometry: .polygon(Self.square(0, 0, 20))),
                Monument(id: "m3", name: "Cathédrale", protection: .classe, geometry: .point(Point2D(x: 5000, y: 5000))),
            ],
            perimeters: [DelimitedPerimeter(id: "p1", monumentRef: "Cathédrale", polygons: [Self.square(4800, 4800, 400)])],
            zones: [ProtectedZone(id: "z1", name: "SPR", plan: .psmv, polygons: [Self.square(0, 0, 300)])])
        let map = try HeritageMap(layers: layers)
        #expect(map.monuments.map(\.name) == ["Pont Valentré", "Tour", "Cathédrale"])
        #expect(map.monuments[1].point == Point2D(x: 10, y: 10), "a polygon monument is marked at its centroid")
        let kinds = map.perimeters.map(\.kind)
        #expect(kinds.filter { $0 == .zone }.count == 1)
        #expect(kinds.filter { $0 == .delimitedSurroundings }.count == 1)
        let radii = map.perimeters.filter { $0.kind == .surroundingsRadius }
        #expect(radii.map(\.name) == ["500 m around Pont Valentré", "500 m around Tour"], "the cathedral has its PDA")
        // A point's buffer is a 64-gon of radius 500 m: area π·500² within the polygon's 0.3 % deficit.
        let circle = try #require(radii.first?.polygons.first)
        #expect(abs(circle.areaM2 - Double.pi * 500 * 500) / (Double.pi * 500 * 500) < 0.004)
        // A 20 m square's buffer: 20² + 4·20·500 + π·500².
        let grown = try #require(radii.last?.polygons.first)
        let expected = 400 + 4 * 20 * 500 + Double.pi * 500 * 500
        #expect(abs(grown.areaM2 - expected) / expected < 0.004)
    }

    @Test func noLayersNoMap() throws {
        #expect(try HeritageMap(layers: HeritageLayers()).isEmpty)
    }
}
