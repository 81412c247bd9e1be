import Foundation

/// The heritage protections of an area, read from vector layers (GeoPackage or GeoJSON) already in metres.
///
/// ## Property names (one layer or several; each feature says what it is with `kind`)
/// | property | for | values |
/// |---|---|---|
/// | `kind` | all, required | `monument`, `surroundings` (a PDA), `zone` (SPR), `building-mark`, `facade-mark` |
/// | `name` | monument, zone (required); others optional | text |
/// | `protection` | monument (required) | `classé`/`classe`, `inscrit` |
/// |  | zone (required) | `PSMV`, `PVAP` |
/// | `year` | optional | year of the listing / creation |
/// | `height` | monument, optional | height of its highest part, m (co-visibility looks from there) |
/// | `monument` | surroundings (required) | the monument's feature id or name |
/// | `building_id` | marks | the building's id (else the mark's geometry locates it) |
/// | `mark` | building-mark | `protected`, `facades-keep`, `not-protected` |
/// |  | facade-mark | `keep` (default) |
/// | `facade` | facade-mark | façade index (else the mark's line or point geometry locates the façade) |
/// | `source` | optional | where the feature comes from |
///
/// Values are matched case-insensitively and without accents.
public struct HeritageLayers: Sendable, Hashable {
    public var monuments: [Monument]
    public var perimeters: [DelimitedPerimeter]
    public var zones: [ProtectedZone]
    public var buildingMarks: [BuildingMark]
    public var facadeMarks: [FacadeMark]

    public init(monuments: [Monument] = [], perimeters: [DelimitedPerimeter] = [], zones: [ProtectedZone] = [],
                buildingMarks: [BuildingMark] = [], facadeMarks: [FacadeMark] = []) {
        self.monuments = monuments
        self.perimeters = perimeters
        self.zones = zones
        self.buildingMarks = buildingMarks
        self.facadeMarks = facadeMarks
    }

    /// Whether there is nothing in the layers.
    public var isEmpty: Bool {
        monuments.isEmpty && perimeters.isEmpty && zones.isEmpty && buildingMarks.isEmpty && facadeMarks.isEmpty
    }

    /// Both layers' contents together.
    public func merged(with other: HeritageLayers) -> HeritageLayers {
        HeritageLayers(monuments: monuments + other.monuments, perimeters: perimeters + other.perimeters,
                       zones: zones + other.zones, buildingMarks: buildingMarks + other.buildingMarks,
                       facadeMarks: facadeMarks + other.facadeMarks)
    }

    /// Maps features (with the property names above) to protections. Every invalid feature is reported; the
    /// first error is thrown (all of them are in `HeritageLayers.validate(features:)`).
    /// Every layer of a heritage file (a GeoPackage may hold protections in several layers: none is left out).
    /// - Throws: `VectorFileError` reading it, `HeritageError` naming the layer and feature of a bad one.
    public static func read(_ url: URL) throws -> HeritageLayers {
        var out = HeritageLayers()
        for (layer, features) in try VectorFile.readEveryLayer(url) {
            do { out = out.merged(with: try from(features: features)) } catch let e as HeritageError {
                guard let layer else { throw e }
                throw HeritageError.inLayer(layer, e)
            }
        }
        return out
    }

    public static func from(features: [Feature]) throws -> HeritageLayers {
        let (layers, errors) = parse(features)
        if let first = errors.first { throw first }
        return layers
    }

    /// Every problem in the features, not just the first.
    public static func validate(features: [Feature]) -> [HeritageError] { parse(features).errors }

    // MARK: - Parsing

    static let kinds = ["monument", "surroundings", "zone", "building-mark", "facade-mark"]

    static func parse(_ features: [Feature]) -> (layers: HeritageLayers, errors: [HeritageError]) {
        var out = HeritageLayers()
        var errors: [HeritageError] = []
        for f in features {
            do {
                try add(f, to: &out)
            } catch let e as HeritageError {
                errors.append(e)
            } catch {
                errors.append(.layer(featureID: f.id, field: "?", value: nil, expected: "\(error)"))
            }
        }
        // A perimeter must name a known monument.
        for p in out.perimeters where out.monument(named: p.monumentRef) == nil {
            errors.append(.layer(featureID: p.id, field: "monument", value: p.monumentRef,
                                 expected: "the id or name of a monument feature"
                                    + (NameSuggestions.hint(for: p.monumentRef, in: out.monuments.map(\.name))
                                        .map { "; \($0)" } ?? "")))
        }
        return (out, errors)
    }

    /// The ids of the monuments that have a delimited perimeter (PDA), which replaces their 500 m radius.
    public var monumentIDsWithPDA: Set<String> {
        Set(perimeters.compactMap { monument(named: $0.monumentRef)?.id })
    }

    /// The monument whose feature id or name is `ref` (names compared without case and accents).
    public func monument(named ref: String) -> Monument? {
        monuments.first { $0.id == ref } ?? monuments.first { Self.fold($0.name) == Self.fold(ref) }
    }

    private static func add(_ f: Feature, to out: inout HeritageLayers) throws {
        guard let kindValue = f.properties["kind"]?.stringValue else {
            throw HeritageError.layer(featureID: f.id, field: "kind", value: nil, expected: kinds.joined(separator: "|"))
        }
        let kind = fold(kindValue)
        let name = f.properties["name"]?.stringValue
        let source = f.properties["source"]?.stringValue
        let year = try optionalYear(f)
        switch kind {
        case "monument":
            guard let name else { throw HeritageError.layer(featureID: f.id, field: "name", value: nil, expected: "the monument's name") }
            let raw = f.properties["protection"]?.stringValue
            let level: MonumentProtection
            switch raw.map(fold) {
            case "classe": level = .classe
            case "inscrit": level = .inscrit
            default: throw HeritageError.layer(featureID: f.id, field: "protection", value: raw, expected: "classé|inscrit")
            }
            guard let g = f.geometry else {
                throw HeritageError.layer(featureID: f.id, field: "geometry", value: f.unreadable["geometry"], expected: "a point or polygon")
            }
            var height: Double?
            if let raw = f.properties["height"], raw != .null {
                guard let h = raw.doubleValue, h.isFinite, h > 0, h <= 300 else {
                    throw HeritageError.layer(featureID: f.id, field: "height", value: raw.stringValue,
                                              expected: "the monument's height in metres, 0–300")
                }
                height = h
            }
            out.monuments.append(Monument(id: f.id, name: name, protection: level, year: year, geometry: g, source: source,
                                          heightM: height))
        case "surroundings":
            guard let ref = f.properties["monument"]?.stringValue else {
                throw HeritageError.layer(featureID: f.id, field: "monument", value: nil, expected: "the id or name of a monument feature")
            }
            out.perimeters.append(DelimitedPerimeter(id: f.id, name: name, monumentRef: ref,
                                                     polygons: try polygons(f), year: year, source: source))
        case "zone":
            guard let name else { throw HeritageError.layer(featureID: f.id, field: "name", value: nil, expected: "the zone's name") }
            let raw = f.properties["protection"]?.stringValue
            let plan: ZonePlan
            switch raw.map(fold) {
            case "psmv": plan = .psmv
            case "pvap": plan = .pvap
            default: throw HeritageError.layer(featureID: f.id, field: "protection", value: raw, expected: "PSMV|PVAP")
            }
            out.zones.append(ProtectedZone(id: f.id, name: name, plan: plan, polygons: try polygons(f), year: year, source: source))
        case "building-mark":
            let raw = f.properties["mark"]?.stringValue
            let mark: BuildingMark.Mark
            switch raw.map(fold) {
            case "protected": mark = .protected
            case "facades-keep", "facade-keep": mark = .facadesKeep
            case "not-protected": mark = .notProtected
            default: throw HeritageError.layer(featureID: f.id, field: "mark", value: raw, expected: "protected|facades-keep|not-protected")
            }
            let bid = f.properties["building_id"]?.stringValue
            if bid == nil, f.geometry == nil {
                throw HeritageError.layer(featureID: f.id, field: "building_id", value: nil, expected: "a building id or a geometry")
            }
            out.buildingMarks.append(BuildingMark(id: f.id, buildingID: bid, geometry: f.geometry, mark: mark, name: name, source: source))
        case "facade-mark":
            let raw = f.properties["mark"]?.stringValue
            if let raw, fold(raw) != "keep" {
                throw HeritageError.layer(featureID: f.id, field: "mark", value: raw, expected: "keep")
            }
            let bid = f.properties["building_id"]?.stringValue
            var index: Int?
            if let v = f.properties["facade"] {
                guard let d = v.doubleValue, let i = CheckedInteger.exact(d, in: InputLimits.facadeIndex) else {
                    throw HeritageError.layer(featureID: f.id, field: "facade", value: v.stringValue,
                                              expected: "a façade index (0, 1, 2… up to \(InputLimits.facadeIndex.upperBound))")
                }
                index = i
            }
            if index == nil, f.geometry == nil {
                throw HeritageError.layer(featureID: f.id, field: "facade", value: nil, expected: "a façade index or a line/point geometry along the façade")
            }
            if index != nil, bid == nil {
                throw HeritageError.layer(featureID: f.id, field: "building_id", value: nil, expected: "the building id the façade index refers to")
            }
            out.facadeMarks.append(FacadeMark(id: f.id, buildingID: bid, facadeIndex: index, geometry: f.geometry, name: name, source: source))
        default:
            throw HeritageError.layer(featureID: f.id, field: "kind", value: kindValue,
                                      expected: kinds.joined(separator: "|")
                                        + (NameSuggestions.hint(for: kind, in: kinds).map { "; \($0)" } ?? ""))
        }
    }

    private static func optionalYear(_ f: Feature) throws -> Int? {
        guard let v = f.properties["year"], v != .null else { return nil }
        guard let d = v.doubleValue, d == d.rounded(), d > 0, d < 3000 else {
            throw HeritageError.layer(featureID: f.id, field: "year", value: v.stringValue, expected: "a year such as 1862")
        }
        return Int(d)
    }

    private static func polygons(_ f: Feature) throws -> [Polygon] {
        switch f.geometry {
        case .polygon(let p): return [p]
        case .multiPolygon(let ps) where !ps.isEmpty: return ps
        default:
            throw HeritageError.layer(featureID: f.id, field: "geometry", value: f.geometry.map { "\($0)".prefix(40).description },
                                      expected: "a polygon or multipolygon")
        }
    }

    /// Lower-cased, accents removed (é→e…), trimmed, spaces and underscores as hyphens.
    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-")
    }
}

/// Classé (the stronger) or inscrit.
public enum MonumentProtection: String, Sendable, Codable, Hashable {
    case classe = "classé"
    case inscrit
}

/// A listed monument (monument historique).
public struct Monument: Sendable, Hashable {
    public var id: String
    public var name: String
    public var protection: MonumentProtection
    public var year: Int?
    /// Point or polygon, metres.
    public var geometry: FeatureGeometry
    public var source: String?
    /// Height of the monument's highest part, metres (property `height`): where co-visibility looks from.
    public var heightM: Double?

    public init(id: String, name: String, protection: MonumentProtection, year: Int? = nil,
                geometry: FeatureGeometry, source: String? = nil, heightM: Double? = nil) {
        self.heightM = heightM
        self.id = id
        self.name = name
        self.protection = protection
        self.year = year
        self.geometry = geometry
        self.source = source
    }
}

/// A delimited perimeter of a monument's surroundings (périmètre délimité des abords, PDA). When a monument has
/// one, it replaces the 500 m radius.
public struct DelimitedPerimeter: Sendable, Hashable {
    public var id: String
    public var name: String?
    /// Id or name of the monument.
    public var monumentRef: String
    public var polygons: [Polygon]
    public var year: Int?
    public var source: String?

    public init(id: String, name: String? = nil, monumentRef: String, polygons: [Polygon], year: Int? = nil,
                source: String? = nil) {
        self.id = id
        self.name = name
        self.monumentRef = monumentRef
        self.polygons = polygons
        self.year = year
        self.source = source
    }
}

/// The plan that governs a Site Patrimonial Remarquable.
public enum ZonePlan: String, Sendable, Codable, Hashable {
    /// Plan de sauvegarde et de mise en valeur (the strictest; also protects interiors).
    case psmv = "PSMV"
    /// Plan de valorisation de l'architecture et du patrimoine.
    case pvap = "PVAP"
}

/// A Site Patrimonial Remarquable (formerly secteur sauvegardé, ZPPAUP or AVAP).
public struct ProtectedZone: Sendable, Hashable {
    public var id: String
    public var name: String
    public var plan: ZonePlan
    public var polygons: [Polygon]
    public var year: Int?
    public var source: String?

    public init(id: String, name: String, plan: ZonePlan, polygons: [Polygon], year: Int? = nil, source: String? = nil) {
        self.id = id
        self.name = name
        self.plan = plan
        self.polygons = polygons
        self.year = year
        self.source = source
    }
}

/// A building-level mark from a plan (the PSMV's legend: immeuble à conserver, façades à conserver…).
public struct BuildingMark: Sendable, Hashable {
    public enum Mark: String, Sendable, Codable, Hashable {
        /// The building is protected (immeuble à conserver).
        case protected
        /// Its street façades are to be kept.
        case facadesKeep = "facades-keep"
        /// The plan says the building is not protected (it may be altered or replaced).
        case notProtected = "not-protected"
    }

    public var id: String
    /// The building's id; when nil, the mark applies to the buildings whose footprint centroid lies in `geometry`.
    public var buildingID: String?
    public var geometry: FeatureGeometry?
    public var mark: Mark
    public var name: String?
    public var source: String?

    public init(id: String, buildingID: String?, geometry: FeatureGeometry? = nil, mark: Mark, name: String? = nil,
                source: String? = nil) {
        self.id = id
        self.buildingID = buildingID
        self.geometry = geometry
        self.mark = mark
        self.name = name
        self.source = source
    }
}

/// A façade to keep (façade à conserver), by façade index or by a line/point along the façade.
public struct FacadeMark: Sendable, Hashable {
    public var id: String
    public var buildingID: String?
    /// Index of the façade segment (`FacadeSegment.index`); when nil, `geometry` locates the façades.
    public var facadeIndex: Int?
    public var geometry: FeatureGeometry?
    public var name: String?
    public var source: String?

    public init(id: String, buildingID: String?, facadeIndex: Int?, geometry: FeatureGeometry? = nil,
                name: String? = nil, source: String? = nil) {
        self.id = id
        self.buildingID = buildingID
        self.facadeIndex = facadeIndex
        self.geometry = geometry
        self.name = name
        self.source = source
    }
}
