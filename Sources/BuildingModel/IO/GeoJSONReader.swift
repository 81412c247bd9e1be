import Foundation

/// Reads a GeoJSON FeatureCollection (RFC 7946) into `Feature`s in EPSG:2154 metres.
///
/// Geometries: Point, LineString, Polygon, MultiPolygon (a third ordinate is dropped). Coordinates are
/// WGS 84 longitude/latitude (RFC 7946 §4) unless the legacy 2008 `"crs"` member names another CRS
/// (`urn:ogc:def:crs:OGC:1.3:CRS84`, `urn:ogc:def:crs:EPSG::2154`, `EPSG:2154`).
/// The feature id is the `idField` property, else the feature's `"id"` member, else the `"id"` property,
/// else the 0-based index. Rings are kept as read (closure and point counts are checked by `StockReader`).
/// The text is read strictly (`JSONGuard`: no trailing comma, no raw control character, valid UTF-8, a
/// byte-order mark accepted).
public enum GeoJSONReader {
    /// - Complexity: O(size of the file).
    public static func read(_ url: URL, idField: String? = nil) throws(VectorFileError) -> [Feature] {
        let file = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .cannotOpen(file: file, message: error.localizedDescription)
        }
        return try read(data, file: file, idField: idField)
    }

    /// Reads GeoJSON from memory; `file` names it in errors.
    public static func read(_ data: Data, file: String, idField: String? = nil) throws(VectorFileError) -> [Feature] {
        let body: ArraySlice<UInt8>
        do { body = try JSONGuard.check([UInt8](data)) } catch {
            throw .invalidFile(file: file, message: "not strict JSON (RFC 8259): \(error)")
        }
        let collection: GJCollection
        do {
            collection = try JSONDecoder().decode(GJCollection.self, from: Data(body))
        } catch let error as DecodingError {
            throw describe(error, file: file)
        } catch {
            throw .invalidFile(file: file, message: "not JSON: \(error.localizedDescription)")
        }
        guard collection.type == "FeatureCollection" else {
            throw .invalidFile(file: file, message: "type \"\(collection.type)\", expected \"FeatureCollection\"")
        }
        let source = try crs(of: collection, file: file)
        let transformer: CoordinateTransformer
        do { transformer = try CoordinateTransformer(from: source, to: .lambert93) } catch {
            throw .unsupportedCRS(file: file, crs: source.description, message: error.description)
        }
        var features: [Feature] = []
        features.reserveCapacity(collection.features.count)
        for (index, f) in collection.features.enumerated() {
            let properties = (f.properties ?? [:]).compactMapValues(\.propertyValue)
            var unreadable = (f.properties ?? [:]).compactMapValues(\.unreadableKind)
            var id = String(index)
            if let idField, let v = properties[idField]?.stringValue {
                id = v
            } else if let v = f.id?.propertyValue?.stringValue {
                id = v
            } else if let v = properties["id"]?.stringValue {
                id = v
            }
            let geometry = VectorFile.reproject(f.geometry?.geometry, with: transformer, unreadable: &unreadable)
            features.append(Feature(id: id, geometry: geometry, properties: properties, unreadable: unreadable))
        }
        return features
    }

    /// The CRS named by the legacy `"crs"` member, WGS 84 lon/lat by default.
    static func crs(of collection: GJCollection, file: String) throws(VectorFileError) -> CRSReference {
        guard let name = collection.crs?.properties?.name else { return .wgs84 }
        let upper = name.uppercased()
        if upper.hasSuffix("CRS84") || upper.hasSuffix("CRS:84") { return .wgs84 }
        if let range = upper.range(of: "EPSG") {
            let digits = upper[range.upperBound...].drop { !$0.isNumber }.prefix { $0.isNumber }
            if let code = Int(digits) { return .epsg(code) }
        }
        throw .unsupportedCRS(file: file, crs: name, message: "expected urn:ogc:def:crs:OGC:1.3:CRS84 or an EPSG code")
    }

    /// Turns a decoding error into one naming the feature index and the field path.
    static func describe(_ error: DecodingError, file: String) -> VectorFileError {
        let (path, message): ([CodingKey], String) = switch error {
        case .dataCorrupted(let c): (c.codingPath, c.debugDescription)
        case .keyNotFound(let key, let c): (c.codingPath, "missing member \"\(key.stringValue)\"")
        case .typeMismatch(let type, let c): (c.codingPath, "expected \(jsonName(type)): \(c.debugDescription)")
        case .valueNotFound(let type, let c): (c.codingPath, "null, expected \(jsonName(type))")
        @unknown default: ([], "\(error)")
        }
        guard path.count >= 2, path[0].stringValue == "features", let index = path[1].intValue else {
            let where_ = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return .invalidFile(file: file, message: where_.isEmpty ? message : "\(where_): \(message)")
        }
        let field = path.dropFirst(2).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        return .invalidFeature(file: file, feature: String(index), field: field.isEmpty ? "feature" : field, message: message)
    }

    private static func jsonName(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: "a number"
        case is String.Type: "a string"
        case is Array<Any>.Type: "an array"
        default: "\(type)"
        }
    }
}

// MARK: - Codable model (internal)

struct GJCollection: Decodable {
    var type: String
    var features: [GJFeature]
    var crs: GJCRS?

    enum CodingKeys: String, CodingKey { case type, features, crs }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decode(String.self, forKey: .type)
        features = try c.decodeIfPresent([GJFeature].self, forKey: .features) ?? []
        crs = try c.decodeIfPresent(GJCRS.self, forKey: .crs)
    }
}

struct GJCRS: Decodable {
    struct Properties: Decodable { var name: String? }
    var properties: Properties?
}

struct GJFeature: Decodable {
    var id: JSONValue?
    var geometry: GJGeometry?
    var properties: [String: JSONValue]?
}

/// A GeoJSON geometry whose coordinates are decoded with the nesting its type implies (fast, no guessing).
struct GJGeometry: Decodable {
    var geometry: FeatureGeometry?

    enum CodingKeys: String, CodingKey { case type, coordinates }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        func point(_ p: [Double], _ path: [CodingKey]) throws -> Point2D {
            guard p.count >= 2 else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: path, debugDescription: "position has \(p.count) number\(p.count == 1 ? "" : "s"), expected 2 or 3"))
            }
            return Point2D(x: p[0], y: p[1])
        }
        let path = c.codingPath + [CodingKeys.coordinates]
        func ring(_ r: [[Double]]) throws -> [Point2D] { try r.map { try point($0, path) } }
        func polygon(_ rings: [[[Double]]]) throws -> Polygon? {
            guard let first = rings.first else { return nil }
            return Polygon(exterior: try ring(first), holes: try rings.dropFirst().map(ring))
        }
        switch type {
        case "Point":
            let p = try c.decode([Double].self, forKey: .coordinates)
            geometry = p.isEmpty ? nil : .point(try point(p, path))
        case "LineString":
            let ps = try ring(c.decode([[Double]].self, forKey: .coordinates))
            geometry = ps.isEmpty ? nil : .lineString(ps)
        case "Polygon":
            geometry = try polygon(c.decode([[[Double]]].self, forKey: .coordinates)).map { .polygon($0) }
        case "MultiPolygon":
            let ps = try c.decode([[[[Double]]]].self, forKey: .coordinates).compactMap(polygon)
            geometry = ps.isEmpty ? nil : .multiPolygon(ps)
        default:
            throw DecodingError.dataCorrupted(.init(
                codingPath: c.codingPath + [CodingKeys.type],
                debugDescription: "geometry type \"\(type)\", expected Point, LineString, Polygon or MultiPolygon"))
        }
    }
}

/// Any JSON value (for properties and ids).
enum JSONValue: Decodable {
    case null, bool(Bool), int(Int), double(Double), string(String), array, object

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null; return }
        // Numbers first (the commonest), then strings; integral numbers keep their Int form.
        if let d = try? c.decode(Double.self) {
            if d.rounded() == d, abs(d) < 9e15, let i = try? c.decode(Int.self) { self = .int(i) } else { self = .double(d) }
            return
        }
        if let s = try? c.decode(String.self) { self = .string(s); return }
        if let b = try? c.decode(Bool.self) { self = .bool(b); return }
        // Arrays and objects are not attribute values here (`Feature.unreadable`).
        self = (try? c.decode([JSONValue].self)) != nil ? .array : .object
    }

    var propertyValue: PropertyValue? {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .array, .object: nil
        }
    }

    /// What a value that is not an attribute value is, for `Feature.unreadable`.
    var unreadableKind: String? {
        switch self {
        case .array: "an array"
        case .object: "an object"
        default: nil
        }
    }
}
