import Foundation

/// A geometry read from a vector file, already reprojected into the model's metric CRS.
public enum FeatureGeometry: Sendable, Hashable {
    case point(Point2D)
    case lineString([Point2D])
    case polygon(Polygon)
    case multiPolygon([Polygon])

    /// Every vertex, rings and parts in order.
    var points: [Point2D] {
        switch self {
        case .point(let p): [p]
        case .lineString(let l): l
        case .polygon(let p): p.exterior + p.holes.flatMap { $0 }
        case .multiPolygon(let parts): parts.flatMap { $0.exterior + $0.holes.flatMap { $0 } }
        }
    }
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
    /// The value as a whole number within `bounds`: an integer, or a real or text holding one (checked, never a
    /// trap); nil otherwise.
    public func integerValue(in bounds: ClosedRange<Int>) -> Int? {
        if case .int(let i) = self { return bounds.contains(i) ? i : nil }
        return doubleValue.flatMap { CheckedInteger.exact($0, in: bounds) }
    }

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
    /// Properties whose value is not an attribute value (a JSON array or object, a binary column): field → what it
    /// was ("an array"). A reader that needs such a field says so rather than taking its default silently.
    public var unreadable: [String: String]

    public init(id: String, geometry: FeatureGeometry?, properties: [String: PropertyValue],
                unreadable: [String: String] = [:]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.unreadable = unreadable
    }
}
