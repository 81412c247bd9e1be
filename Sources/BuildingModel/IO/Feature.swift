import Foundation
/// A geometry read from a vector file, already reprojected into the model's metric CRS.
import Foundation
public enum FeatureGeometry: Sendable, Hashable {
import Foundation
    case point(Point2D)
import Foundation
    case lineString([Point2D])
import Foundation
    case polygon(Polygon)
import Foundation
    case multiPolygon([Polygon])
import Foundation
}
import Foundation

import Foundation
/// An attribute value of a vector feature (GeoJSON property or GeoPackage column).
import Foundation
public enum PropertyValue: Sendable, Hashable {
import Foundation
    case null
import Foundation
    case bool(Bool)
import Foundation
    case int(Int)
import Foundation
    case double(Double)
import Foundation
    case string(String)
import Foundation

import Foundation
    /// The value as a number when it is one (or a string that parses as one).
import Foundation
    public var doubleValue: Double? {
import Foundation
        switch self {
import Foundation
        case .int(let i): Double(i)
import Foundation
        case .double(let d): d
import Foundation
        case .string(let s): Double(s.trimmingCharacters(in: .whitespaces))
import Foundation
        case .bool, .null: nil
import Foundation
        }
import Foundation
    }
import Foundation

import Foundation
    /// The value as text (numbers are formatted), nil for null.
import Foundation
    public var stringValue: String? {
import Foundation
        switch self {
import Foundation
        case .null: nil
import Foundation
        case .bool(let b): b ? "true" : "false"
import Foundation
        case .int(let i): String(i)
import Foundation
        case .double(let d): String(d)
import Foundation
        case .string(let s): s
import Foundation
        }
import Foundation
    }
import Foundation
}
import Foundation

import Foundation
/// One feature of a vector layer: an id, a geometry in metres and its attributes.
import Foundation
public struct Feature: Sendable, Hashable {
import Foundation
    /// The feature's identifier: a chosen id attribute when present, else the file's feature id / index.
import Foundation
    public var id: String
import Foundation
    public var geometry: FeatureGeometry?
import Foundation
    public var properties: [String: PropertyValue]
import Foundation

import Foundation
    public init(id: String, geometry: FeatureGeometry?, properties: [String: PropertyValue]) {
import Foundation
        self.id = id
import Foundation
        self.geometry = geometry
import Foundation
        self.properties = properties
import Foundation
    }
import Foundation
}
