import CGEOS

/// Owns one `GEOSGeometry*` made in a ``GEOSContext``; destroys it with `GEOSGeom_destroy_r` in `deinit`.
///
/// Operations are in `GEOSGeometry+Construction.swift` (from and to the value types),
/// `+Predicates`, `+Overlay` (buffer, intersection, union, length, area) and `+Validity` (validity, MakeValid).
final class GEOSGeometry {
    /// Held strongly: the geometry must be destroyed before its context is finished.
    let context: GEOSContext
    /// The owned C pointer. Only code in `Geometry/GEOS` sees it.
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`, which must have been made in `context`.
    init(owning pointer: OpaquePointer, in context: GEOSContext) {
        self.context = context
        self.pointer = pointer
    }

    /// Wraps the result of a GEOS call that returns a new geometry, or throws the reported error when it is nil.
    static func wrap(
        _ pointer: OpaquePointer?, in context: GEOSContext, function: String
    ) throws(GeometryError) -> GEOSGeometry {
        guard let pointer else { throw context.failure(function) }
        return GEOSGeometry(owning: pointer, in: context)
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, pointer)
    }

    /// A deep copy (`GEOSGeom_clone_r`).
    func clone() throws(GeometryError) -> GEOSGeometry {
        try Self.wrap(GEOSGeom_clone_r(context.handle, pointer), in: context, function: "GEOSGeom_clone_r")
    }

    /// The GEOS type id (`GEOSGeomTypeId_r`): `GEOS_POLYGON`, `GEOS_MULTIPOLYGON`, …
    var typeID: Int { Int(GEOSGeomTypeId_r(context.handle, pointer)) }

    /// Whether the geometry is empty (`GEOSisEmpty_r`).
    var isEmpty: Bool { GEOSisEmpty_r(context.handle, pointer) == 1 }

    /// Bounding box (`GEOSGeom_getXMin_r`, `…YMin_r`, `…XMax_r`, `…YMax_r`); nil for an empty geometry.
    var envelope: BoundingBox? {
        guard !isEmpty else { return nil }
        var e = BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0)
        let h = context.handle
        guard GEOSGeom_getXMin_r(h, pointer, &e.minX) == 1, GEOSGeom_getYMin_r(h, pointer, &e.minY) == 1,
            GEOSGeom_getXMax_r(h, pointer, &e.maxX) == 1, GEOSGeom_getYMax_r(h, pointer, &e.maxY) == 1
        else { return nil }
        return e
    }
}

// A geometry belongs to its context, which is not thread-safe (see GEOSContext); moving a geometry to another
// thread would let two threads use one context. Convert to the Sendable value types to pass data across.
@available(*, unavailable)
extension GEOSGeometry: Sendable {}
