/// A malformed WKB or GeoPackage geometry blob. Readers add the file and feature around it.
public enum WKBError: Error, Sendable, CustomStringConvertible, Equatable {
    case truncated(offset: Int, needed: Int, size: Int)
    case badByteOrder(UInt8, offset: Int)
    case unsupportedType(UInt32)
    case unexpectedPart(expected: String, found: UInt32)
    case notGeoPackageBinary(String)
    case emptyGeometry
    case unsupportedExtendedGeoPackageBinary

    public var description: String {
        switch self {
        case .truncated(let offset, let needed, let size):
            "WKB is truncated: \(needed) bytes needed at offset \(offset), blob has \(size)"
        case .badByteOrder(let b, let offset): "WKB byte-order byte \(b) at offset \(offset), expected 0 or 1"
        case .unsupportedType(let t):
            "WKB geometry type \(t) is not supported, expected Point, LineString, Polygon or MultiPolygon (2D, Z or M)"
        case .unexpectedPart(let expected, let found): "WKB part of type \(found), expected \(expected)"
        case .notGeoPackageBinary(let why): "not a GeoPackage geometry blob: \(why)"
        case .emptyGeometry: "empty geometry"
        case .unsupportedExtendedGeoPackageBinary: "extended GeoPackage geometry blobs (flag X) are not supported"
        }
    }
}
