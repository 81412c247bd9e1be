import Foundation

/// Errors from the vector-file readers and writers. Each says which file, which feature (id or 0-based
/// index), which field, the bad value and what was expected, e.g.
/// `stock.geojson: feature 12: geometry.coordinates: position has 1 number, expected 2 or 3`.
public enum VectorFileError: Error, Sendable, CustomStringConvertible, Equatable {
    case cannotOpen(file: String, message: String)
    case unsupportedExtension(file: String, extension: String)
    /// The file as a whole is not what was expected (not GeoJSON, not a GeoPackage…).
    case invalidFile(file: String, message: String)
    /// One feature is malformed.
    case invalidFeature(file: String, feature: String, field: String, message: String)
    case noSuchLayer(file: String, layer: String, available: [String])
    case noFeatureLayer(file: String)
    case unsupportedCRS(file: String, crs: String, message: String)
    case alreadyExists(file: String)
    case writeFailed(file: String, message: String)
    /// The disk had no room left while writing `file` (`freeBytes` on its file system afterwards, when known).
    case diskFull(file: String, freeBytes: Int64?)

    public var description: String {
        switch self {
        case .cannotOpen(let f, let m): "\(f): cannot open: \(m)"
        case .unsupportedExtension(let f, let e):
            "\(f): unsupported extension \"\(e)\", expected .geojson, .json or .gpkg"
        case .invalidFile(let f, let m): "\(f): \(m)"
        case .invalidFeature(let f, let feature, let field, let m): "\(f): feature \(feature): \(field): \(m)"
        case .noSuchLayer(let f, let l, let a):
            "\(f): no layer \"\(l)\", expected one of: \(a.isEmpty ? "(none)" : a.joined(separator: ", "))"
        case .noFeatureLayer(let f): "\(f): no features layer in gpkg_contents"
        case .unsupportedCRS(let f, let c, let m): "\(f): CRS \(c): \(m)"
        case .alreadyExists(let f): "\(f): already exists (pass overwrite to replace it)"
        case .writeFailed(let f, let m): "\(f): cannot write: \(m)"
        case .diskFull(let f, let free):
            "\(f): cannot write: the disk is full (\(free.map(DiskSpace.megabytes) ?? "no room") left); the file was not "
                + "written and any previous version is intact: free some space and write it again"
        }
    }
}
