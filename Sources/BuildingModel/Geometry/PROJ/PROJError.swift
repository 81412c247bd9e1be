/// Errors from the PROJ wrapper. Each case says what was being done and the PROJ message.
public enum PROJError: Error, Sendable, CustomStringConvertible, Equatable {
    case contextCreationFailed
    /// `proj_create` / `proj_create_crs_to_crs` / `proj_as_wkt` returned nothing.
    case creationFailed(what: String, code: Int32, message: String)
    /// A point could not be transformed (outside the CRS's domain, or no grid).
    case transformFailed(from: String, to: String, point: Point2D, message: String)

    public var description: String {
        switch self {
        case .contextCreationFailed: "PROJ: could not create a context"
        case .creationFailed(let what, let code, let message): "PROJ: could not create \(what): \(message) (errno \(code))"
        case .transformFailed(let from, let to, let p, let message):
            "PROJ: could not transform (\(p.x), \(p.y)) from \(from) to \(to): \(message)"
        }
    }
}
