import CGEOS

/// OGC validity and repair.
extension GEOSGeometry {
    /// `GEOSisValid_r`.
    func isValid() throws(GeometryError) -> Bool {
        switch GEOSisValid_r(context.handle, pointer) {
        case 0: return false
        case 1: return true
        default: throw context.failure("GEOSisValid_r")
        }
    }

    /// Why the geometry is invalid, e.g. "Self-intersection[5 5]" (`GEOSisValidReason_r`, freed with `GEOSFree_r`).
    func validityReason() throws(GeometryError) -> String {
        guard let cString = GEOSisValidReason_r(context.handle, pointer) else {
            throw context.failure("GEOSisValidReason_r")
        }
        defer { GEOSFree_r(context.handle, cString) }
        return String(cString: cString)
    }

    /// A valid geometry covering the same points (`GEOSMakeValid_r`); a bow-tie becomes a MultiPolygon.
    func makeValid() throws(GeometryError) -> GEOSGeometry {
        try Self.wrap(GEOSMakeValid_r(context.handle, pointer), in: context, function: "GEOSMakeValid_r")
    }
}
