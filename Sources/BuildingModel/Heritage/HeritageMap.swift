import Foundation

/// What a map of the protections shows: the perimeters (Sites Patrimoniaux Remarquables, delimited perimeters of
/// surroundings, and the 500 m radius around each monument without one) and the monuments themselves.
///
/// Drawn by the report's map and written to the results GeoPackage (`heritage_perimeters`,
/// `heritage_monuments`), so that the file a planner opens shows why a building is protected.
public struct HeritageMap: Sendable, Hashable, Codable {
    public var perimeters: [HeritagePerimeter]
    public var monuments: [HeritageMonumentMark]

    public init(perimeters: [HeritagePerimeter] = [], monuments: [HeritageMonumentMark] = []) {
        self.perimeters = perimeters
        self.monuments = monuments
    }

    public var isEmpty: Bool { perimeters.isEmpty && monuments.isEmpty }

    /// The map of some layers. A monument without a delimited perimeter gets the 500 m radius of
    /// `HeritageCheck.surroundingsRadiusM` around its geometry (GEOS buffer, 16 segments per quarter circle),
    /// as the heritage check applies it; a polygon monument is marked at its centroid.
    /// - Throws: `GeometryError` when GEOS cannot buffer a monument's geometry.
    public init(layers: HeritageLayers) throws(GeometryError) {
        var perimeters = layers.zones.map {
            HeritagePerimeter(kind: .zone, name: $0.name, protection: $0.plan.rawValue, polygons: $0.polygons)
        }
        let delimited = layers.monumentIDsWithPDA
        perimeters += layers.perimeters.map { p in
            HeritagePerimeter(kind: .delimitedSurroundings,
                              name: p.name ?? "Abords of \(layers.monument(named: p.monumentRef)?.name ?? p.monumentRef)",
                              protection: "PDA", polygons: p.polygons)
        }
        let context = try GEOSContext()
        var monuments: [HeritageMonumentMark] = []
        for m in layers.monuments {
            let geometry: GEOSGeometry
            let mark: Point2D
            switch m.geometry {
            case .point(let p):
                geometry = try GEOSGeometry(point: p, in: context)
                mark = p
            case .polygon(let p):
                geometry = try GEOSGeometry(polygon: p, in: context)
                mark = p.centroid
            case .multiPolygon(let ps) where !ps.isEmpty:
                var parts: [GEOSGeometry] = []
                for p in ps { parts.append(try GEOSGeometry(polygon: p, in: context)) }
                geometry = try GEOSGeometry(collectionOf: parts, in: context)
                mark = ps.max { $0.areaM2 < $1.areaM2 }!.centroid
            case .lineString(let l) where !l.isEmpty:
                geometry = try GEOSGeometry(lineString: l, in: context)
                mark = l[l.count / 2]
            default:
                continue
            }
            monuments.append(HeritageMonumentMark(name: m.name, protection: m.protection.rawValue, point: mark))
            if !delimited.contains(m.id) {
                let radius = try geometry.buffer(HeritageCheck.surroundingsRadiusM, quadrantSegments: 16).polygons()
                perimeters.append(HeritagePerimeter(
                    kind: .surroundingsRadius, name: "500 m around \(m.name)", protection: m.protection.rawValue,
                    polygons: radius))
            }
        }
        self.init(perimeters: perimeters, monuments: monuments)
    }
}

/// One protected perimeter of the map.
public struct HeritagePerimeter: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A Site Patrimonial Remarquable (PSMV or PVAP).
        case zone = "spr"
        /// A delimited perimeter of a monument's surroundings (PDA).
        case delimitedSurroundings = "pda"
        /// 500 m around a monument without a PDA (Code du patrimoine L.621-30).
        case surroundingsRadius = "abords-500m"

        /// How the legend names it.
        public var label: String {
            switch self {
            case .zone: "Site Patrimonial Remarquable"
            case .delimitedSurroundings: "Delimited surroundings of a monument (PDA)"
            case .surroundingsRadius: "500 m around a monument"
            }
        }
    }

    public var kind: Kind
    public var name: String
    /// PSMV / PVAP for a zone, PDA, or the monument's classé / inscrit.
    public var protection: String
    /// Metres, Lambert-93.
    public var polygons: [Polygon]

    public init(kind: Kind, name: String, protection: String, polygons: [Polygon]) {
        self.kind = kind
        self.name = name
        self.protection = protection
        self.polygons = polygons
    }
}

/// Where a listed monument is, for the map.
public struct HeritageMonumentMark: Sendable, Hashable, Codable {
    public var name: String
    /// classé or inscrit.
    public var protection: String
    /// Metres, Lambert-93 (a polygon monument's centroid).
    public var point: Point2D

    public init(name: String, protection: String, point: Point2D) {
        self.name = name
        self.protection = protection
        self.point = point
    }
}
