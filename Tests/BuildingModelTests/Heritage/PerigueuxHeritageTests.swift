import Testing
import Foundation
import TestSupport
@testable import BuildingModel

/// The heritage check on real footprints: Périgueux's historic centre (BDNB, shared data), with the cathédrale
/// Saint-Front and the secteur sauvegardé placed from public facts.
///
/// - Cathédrale Saint-Front: monument historique classé (list of 1840); position 45°11′03″ N, 0°43′19″ E
///   (≈ 45.1842 N, 0.7219 E, public encyclopaedic coordinates, about ±50 m).
/// - Secteur sauvegardé: created 29 Jan 1970, about 21.5 ha (20 ha 34 a 82 ca) around the cathedral, between the
///   boulevards, the allées de Tourny, the cours Fénelon and the Isle (perigueux.fr; sites-cites.fr). Its
///   perimeter is not available as geodata here: the test uses an **approximate** quadrilateral of that size
///   around the Puy-Saint-Front.
/// - Façades: the GEOS façade analysis is another module; here every footprint edge is taken as an exposed street
///   façade (a stand-in, enough for the checks below, which are about protections and the SPR rule).
@Suite(.enabled(if: SharedData.has("data/stock/perigueux/bdnb_batiment_construction_perigueux_centre.geojson"),
                "../shared is absent"))
struct PerigueuxHeritageTests {
    typealias F = HeritageFixtures

    static let saintFront = F.lambert93(lon: 0.7219, lat: 45.1842)
    /// Approximate secteur sauvegardé (≈ 22 ha), lon/lat corners.
    static let zoneRing: [(Double, Double)] = [
        (0.7168, 45.1828), (0.7232, 45.1828), (0.7236, 45.1868), (0.7172, 45.1870), (0.7168, 45.1828),
    ]

    static func load() throws -> (buildings: [Building], check: HeritageCheck) {
        let url = SharedData.url("data/stock/perigueux/bdnb_batiment_construction_perigueux_centre.geojson")
        let features = try F.readGeoJSON(url, idField: "batiment_construction_id")
        let buildings: [Building] = features.compactMap { f in
            let footprint: Polygon
            switch f.geometry {
            case .polygon(let p): footprint = p
            case .multiPolygon(let ps): guard let p = ps.max(by: { $0.areaM2 < $1.areaM2 }) else { return nil }; footprint = p
            default: return nil
            }
            let h = f.properties["hauteur"]?.doubleValue ?? 9
            return Building(id: f.id, footprint: footprint.normalized(), heightM: h, storeys: max(1, Int(h / 3)),
                            period: .before1915, wallMaterial: .stoneRubble, wallThicknessM: 0.6)
        }
        let zone = Polygon(exterior: zoneRing.map { F.lambert93(lon: $0.0, lat: $0.1) })
        let layers = try HeritageLayers.from(features: [
            Feature(id: "saint-front", geometry: .point(saintFront), properties: [
                "kind": .string("monument"), "name": .string("Cathédrale Saint-Front"),
                "protection": .string("classé"), "year": .int(1840)]),
            Feature(id: "ss-perigueux", geometry: .polygon(zone), properties: [
                "kind": .string("zone"), "name": .string("Secteur sauvegardé de Périgueux (approximate)"),
                "protection": .string("PSMV"), "year": .int(1970)]),
        ])
        return (buildings, HeritageCheck(layers: layers))
    }

    @Test func protectionsAndVerdictsOnRealFootprints() throws {
        let (buildings, check) = try Self.load()
        #expect(buildings.count > 4000)
        var inZone = 0, inSurroundings = 0, asMonument = 0
        for b in buildings {
            let a = try check.assess(b, facades: F.facades(of: b))
            let tags = Set(a.protections.map(\.tag))
            // The 500 m rule, checked against an independent bound: the nearest vertex is never nearer than the
            // nearest point of the footprint, and the nearest point is within the farthest vertex.
            let vertexDistances = b.footprint.exterior.map { $0.distance(to: Self.saintFront) }
            // Inside the SPR the abords do not apply (L.621-30, II): the zone's protection names the monument instead.
            if vertexDistances.min()! <= 500 {
                let spr = a.protections.first { $0.tag == .psmv }
                #expect(tags.contains(.surroundings) || tags.contains(.monumentClasse)
                        || (spr?.reason.contains("the abords of Cathédrale Saint-Front do not apply inside an SPR") ?? false))
                #expect(!(tags.contains(.surroundings) && tags.contains(.psmv)))
            }
            if vertexDistances.min()! > 500 + 0.5 * b.footprint.perimeterM {
                #expect(!tags.contains(.surroundings))
            }
            if tags.contains(.psmv) {
                inZone += 1
                for v in a.verdicts(for: .externalWallInsulation) {
                    #expect(v.verdict != .allowed, "\(b.id) façade \(v.facadeIndex ?? -1)")
                }
            }
            if tags.contains(.surroundings) { inSurroundings += 1 }
            if tags.contains(.monumentClasse) { asMonument += 1 }
        }
        print("Périgueux: \(buildings.count) buildings, \(inZone) in the approximate zone, \(inSurroundings) within 500 m of Saint-Front, \(asMonument) taken as the cathedral itself")
        // Dense centre: a 22 ha zone holds hundreds of buildings; a 500 m radius covers a large share of the
        // 1.3 km × 1.3 km extract. Orders of magnitude only.
        #expect((200...2000).contains(inZone), "buildings in the zone: \(inZone)")
        #expect((300...4000).contains(inSurroundings), "buildings in the surroundings: \(inSurroundings)")
        #expect(asMonument <= 1, "the cathedral point lies in at most one footprint")
    }
}
