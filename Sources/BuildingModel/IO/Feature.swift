import Foundation

/// A geometry read from a vector file, already reprojected into the model's metric CRS.
public enum FeatureGeometry: Sendable, Hashable {
    case point(Point2D)
    case lineString([Point2D])
    case polygon(Polygon)
    case multiPolygon([Polygon])
}

/// An attribute value of a vector feature (GeoJSON property or GeoPackage column).
public enum PropertyValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)

    /// The value as a number when it is one (or a string that parses as one).
    public var doubleValue: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        case .string(let s): Double(s.trimmingCharacters(in: .whitespaces))
        case .bool, .null: nil
        }
    }

    /// The value as text (numbers are formatted), nil for null.
    public var stringValue: String? {
        switch self {
        case .null: nil
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): s
        }
    }
}

/// One feature of a vector layer: an id, a geometry in metres and its attributes.
public struct Feature: Sendable, Hashable {
    /// The feature's identifier: a chosen id attribute when present, else the file's feature id / index.
    public var id: String
    public var geometry: FeatureGeometry?
    public var properties: [String: PropertyValue]

    public init(id: String, geometry: FeatureGeometry?, properties: [String: PropertyValue]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
    }
}
