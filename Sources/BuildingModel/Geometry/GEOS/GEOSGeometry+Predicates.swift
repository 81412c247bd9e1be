import CGEOS

/// Binary predicates and distance. GEOS predicates return 1 (true), 0 (false) or 2 (exception).
extension GEOSGeometry {
    /// `GEOSIntersects_r`.
    func intersects(_ other: GEOSGeometry) throws(GeometryError) -> Bool {
        try predicate(GEOSIntersects_r(context.handle, pointer, other.pointer), "GEOSIntersects_r")
    }

    /// `GEOSTouches_r`: boundaries meet, interiors do not.
    func touches(_ other: GEOSGeometry) throws(GeometryError) -> Bool {
        try predicate(GEOSTouches_r(context.handle, pointer, other.pointer), "GEOSTouches_r")
    }

    /// `GEOSContains_r`.
    func contains(_ other: GEOSGeometry) throws(GeometryError) -> Bool {
        try predicate(GEOSContains_r(context.handle, pointer, other.pointer), "GEOSContains_r")
    }

    /// Minimum distance in metres (`GEOSDistance_r`).
    func distance(to other: GEOSGeometry) throws(GeometryError) -> Double {
        var d = 0.0
        guard GEOSDistance_r(context.handle, pointer, other.pointer, &d) == 1 else {
            throw context.failure("GEOSDistance_r")
        }
        return d
    }

    private func predicate(_ result: CChar, _ function: String) throws(GeometryError) -> Bool {
        switch result {
        case 0: return false
        case 1: return true
        default: throw context.failure(function)
        }
    }
}
