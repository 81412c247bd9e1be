import Foundation
@testable import BuildingModel

/// Test fixtures for the heritage tests: hand-made buildings and façades, Lambert-93 from lon/lat, and a small
/// GeoJSON reader (the project's `VectorFile` reader is another helper's work; this one only serves tests).
enum HeritageFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let cahorsHeritage = repositoryRoot.appendingPathComponent("samples/cahors/heritage.geojson")
    static let cahorsRules = repositoryRoot.appendingPathComponent("samples/cahors/rules.yaml")

    /// A closed rectangle with its lower-left corner at (x, y).
    static func rectangle(x: Double, y: Double, width: Double, depth: Double) -> Polygon {
        Polygon(exterior: [Point2D(x: x, y: y), Point2D(x: x + width, y: y), Point2D(x: x + width, y: y + depth),
                           Point2D(x: x, y: y + depth), Point2D(x: x, y: y)])
    }

    static func building(id: String, footprint: Polygon, wall: WallMaterial = .stoneRubble, storeys: Int = 3)
        -> Building {
        Building(id: id, footprint: footprint, heightM: Double(storeys) * 3.2, storeys: storeys,
                 period: .before1915, wallMaterial: wall, wallThicknessM: 0.6)
    }

    /// Façades of a footprint by hand: one segment per edge of the normalised exterior, with the given context
    /// and party-wall share per edge (default: street, exposed).
    static func facades(of b: Building, contexts: [FacadeContext]? = nil, partyShares: [Double]? = nil)
        -> BuildingFacades {
        let ring = b.footprint.normalized().exterior
        var segments: [FacadeSegment] = []
        for i in 0..<(ring.count - 1) {
            let a = ring[i], c = ring[i + 1]
            let dx = c.x - a.x, dy = c.y - a.y
            let length = (dx * dx + dy * dy).squareRoot()
            // Outward normal of a counter-clockwise ring is (dy, −dx); azimuth clockwise from north.
            var az = atan2(dy, -dx) * 180 / .pi
            if az < 0 { az += 360 }
            let share = partyShares?[i] ?? 0
            segments.append(FacadeSegment(
                buildingID: b.id, index: i, start: a, end: c, lengthM: length, azimuthDeg: az,
                partyWallShare: share, neighbourHeightM: share > 0 ? b.heightM : nil,
                exposedAreaM2: length * (1 - share) * b.heightM, partyWallAreaM2: length * share * b.heightM,
                context: contexts?[i] ?? .street, obstructionDistanceM: nil, obstructionHeightM: nil,
                horizonAngleDeg: 0))
        }
        return BuildingFacades(buildingID: b.id, segments: segments, roofAreaM2: b.footprint.areaM2)
    }

    // MARK: - Lambert-93 (EPSG:2154) from WGS 84 / RGF93 lon/lat

    /// Lambert conformal conic, two standard parallels, on GRS 80 (IGN NTG_71 / EPSG method 9802):
    /// φ1 = 44°, φ2 = 49°, φ0 = 46.5°, λ0 = 3°, E0 = 700 000 m, N0 = 6 600 000 m. RGF93 is taken equal to WGS 84.
    static func lambert93(lon: Double, lat: Double) -> Point2D {
        let a = 6_378_137.0, f = 1 / 298.257222101
        let e = (2 * f - f * f).squareRoot()
        func rad(_ d: Double) -> Double { d * .pi / 180 }
        func m(_ phi: Double) -> Double { cos(phi) / (1 - e * e * sin(phi) * sin(phi)).squareRoot() }
        func t(_ phi: Double) -> Double {
            tan(.pi / 4 - phi / 2) / pow((1 - e * sin(phi)) / (1 + e * sin(phi)), e / 2)
        }
        let p1 = rad(44), p2 = rad(49), p0 = rad(46.5), l0 = rad(3)
        let n = (log(m(p1)) - log(m(p2))) / (log(t(p1)) - log(t(p2)))
        let bigF = m(p1) / (n * pow(t(p1), n))
        let rho0 = a * bigF * pow(t(p0), n)
        let rho = a * bigF * pow(t(rad(lat)), n)
        let theta = n * (rad(lon) - l0)
        return Point2D(x: 700_000 + rho * sin(theta), y: 6_600_000 + rho0 - rho * cos(theta))
    }

    // MARK: - GeoJSON (RFC 7946, lon/lat) → Features in Lambert-93

    struct GeoJSONError: Error, CustomStringConvertible {
        var description: String
    }

    static func readGeoJSON(_ url: URL, idField: String? = nil) throws -> [Feature] {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let features = root["features"] as? [[String: Any]] else {
            throw GeoJSONError(description: "\(url.lastPathComponent): not a FeatureCollection")
        }
        return try features.enumerated().map { i, f in
            let props = (f["properties"] as? [String: Any]) ?? [:]
            var values: [String: PropertyValue] = [:]
            for (k, v) in props { values[k] = propertyValue(v) }
            let id = idField.flatMap { values[$0]?.stringValue } ?? (f["id"].map { "\($0)" } ?? String(i))
            let geometry = try (f["geometry"] as? [String: Any]).map(parseGeometry)
            return Feature(id: id, geometry: geometry, properties: values)
        }
    }

    static func propertyValue(_ v: Any) -> PropertyValue {
        switch v {
        case is NSNull: return .null
        case let b as Bool where type(of: v) == Bool.self: return .bool(b)
        case let n as NSNumber:
            let d = n.doubleValue
            return d == d.rounded() && abs(d) < 1e15 ? .int(Int(d)) : .double(d)
        case let s as String: return .string(s)
        default: return .string("\(v)")
        }
    }

    static func parseGeometry(_ g: [String: Any]) throws -> FeatureGeometry {
        func point(_ c: Any) throws -> Point2D {
            guard let xy = c as? [Double], xy.count >= 2 else { throw GeoJSONError(description: "bad position \(c)") }
            return lambert93(lon: xy[0], lat: xy[1])
        }
        func ring(_ c: Any) throws -> [Point2D] {
            guard let arr = c as? [Any] else { throw GeoJSONError(description: "bad ring") }
            return try arr.map(point)
        }
        func polygon(_ c: Any) throws -> Polygon {
            guard let rings = c as? [Any], let first = rings.first else { throw GeoJSONError(description: "bad polygon") }
            return Polygon(exterior: try ring(first), holes: try rings.dropFirst().map(ring))
        }
        let coords = g["coordinates"] as Any
        switch g["type"] as? String {
        case "Point": return .point(try point(coords))
        case "LineString": return .lineString(try ring(coords))
        case "Polygon": return .polygon(try polygon(coords))
        case "MultiPolygon":
            guard let ps = coords as? [Any] else { throw GeoJSONError(description: "bad multipolygon") }
            return .multiPolygon(try ps.map(polygon))
        default: throw GeoJSONError(description: "unsupported geometry \(g["type"] ?? "nil")")
        }
    }
}

