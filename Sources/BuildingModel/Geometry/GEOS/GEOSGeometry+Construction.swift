import CGEOS

/// Construction of GEOS geometries from the value types, and conversion back to them.
extension GEOSGeometry {
    /// A polygon (`GEOSGeom_createPolygon_r` over `GEOSGeom_createLinearRing_r` rings). Rings must be closed
    /// with at least 4 points: check that first (``FootprintRepair`` does), GEOS throws otherwise.
    convenience init(polygon: Polygon, in context: GEOSContext) throws(GeometryError) {
        let h = context.handle
        let shell = try Self.makeRing(polygon.exterior, in: context)
        var holes: [OpaquePointer?] = []
        holes.reserveCapacity(polygon.holes.count)
        for ring in polygon.holes {
            do throws(GeometryError) {
                holes.append(try Self.makeRing(ring, in: context))
            } catch {
                GEOSGeom_destroy_r(h, shell)
                for hole in holes { GEOSGeom_destroy_r(h, hole) }
                throw error
            }
        }
        // GEOSGeom_createPolygon_r takes ownership of the rings (also on failure).
        let made = holes.withUnsafeMutableBufferPointer { buf in
            GEOSGeom_createPolygon_r(h, shell, buf.baseAddress, UInt32(buf.count))
        }
        guard let made else { throw context.failure("GEOSGeom_createPolygon_r") }
        self.init(owning: made, in: context)
    }

    /// A point (`GEOSGeom_createPointFromXY_r`).
    convenience init(point: Point2D, in context: GEOSContext) throws(GeometryError) {
        guard let made = GEOSGeom_createPointFromXY_r(context.handle, point.x, point.y) else {
            throw context.failure("GEOSGeom_createPointFromXY_r")
        }
        self.init(owning: made, in: context)
    }

    /// A line string through `points` (`GEOSGeom_createLineString_r`); needs at least 2 points.
    convenience init(lineString points: [Point2D], in context: GEOSContext) throws(GeometryError) {
        let seq = try Self.makeSequence(points, in: context)
        guard let made = GEOSGeom_createLineString_r(context.handle, seq) else {
            throw context.failure("GEOSGeom_createLineString_r")
        }
        self.init(owning: made, in: context)
    }

    /// A multi-line string of two-point segments (`GEOSGeom_createCollection_r` with `GEOS_MULTILINESTRING`).
    convenience init(segments: [(Point2D, Point2D)], in context: GEOSContext) throws(GeometryError) {
        let h = context.handle
        var parts: [OpaquePointer?] = []
        parts.reserveCapacity(segments.count)
        for (a, b) in segments {
            do throws(GeometryError) {
                let seq = try Self.makeSequence([a, b], in: context)
                guard let line = GEOSGeom_createLineString_r(h, seq) else {
                    throw context.failure("GEOSGeom_createLineString_r")
                }
                parts.append(line)
            } catch {
                for p in parts { GEOSGeom_destroy_r(h, p) }
                throw error
            }
        }
        let made = parts.withUnsafeMutableBufferPointer { buf in
            GEOSGeom_createCollection_r(h, Int32(GEOS_MULTILINESTRING.rawValue), buf.baseAddress, UInt32(buf.count))
        }
        guard let made else { throw context.failure("GEOSGeom_createCollection_r") }
        self.init(owning: made, in: context)
    }

    /// An axis-aligned rectangle polygon (`GEOSGeom_createRectangle_r`, GEOS ≥ 3.11).
    convenience init(envelope e: BoundingBox, in context: GEOSContext) throws(GeometryError) {
        guard let made = GEOSGeom_createRectangle_r(context.handle, e.minX, e.minY, e.maxX, e.maxY) else {
            throw context.failure("GEOSGeom_createRectangle_r")
        }
        self.init(owning: made, in: context)
    }

    /// A geometry collection of copies of `members` (`GEOSGeom_createCollection_r`, `GEOS_GEOMETRYCOLLECTION`).
    convenience init(collectionOf members: [GEOSGeometry], in context: GEOSContext) throws(GeometryError) {
        let h = context.handle
        var parts: [OpaquePointer?] = []
        for m in members {
            guard let c = GEOSGeom_clone_r(h, m.pointer) else {
                for p in parts { GEOSGeom_destroy_r(h, p) }
                throw context.failure("GEOSGeom_clone_r")
            }
            parts.append(c)
        }
        let made = parts.withUnsafeMutableBufferPointer { buf in
            GEOSGeom_createCollection_r(
                h, Int32(GEOS_GEOMETRYCOLLECTION.rawValue), buf.baseAddress, UInt32(buf.count))
        }
        guard let made else { throw context.failure("GEOSGeom_createCollection_r") }
        self.init(owning: made, in: context)
    }

    // MARK: Back to value types

    /// The polygons of a Polygon, MultiPolygon or GeometryCollection (other members are skipped), read with
    /// `GEOSGetExteriorRing_r`, `GEOSGetInteriorRingN_r` and `GEOSCoordSeq_copyToBuffer_r`.
    func polygons() throws(GeometryError) -> [Polygon] {
        var out: [Polygon] = []
        try Self.collectPolygons(pointer, context: context, into: &out)
        return out
    }

    /// The line strings of a LineString/LinearRing, MultiLineString or collection (`GEOSGeom_getCoordSeq_r`).
    func lineStrings() throws(GeometryError) -> [[Point2D]] {
        var out: [[Point2D]] = []
        try Self.collectLines(pointer, context: context, into: &out)
        return out
    }

    /// The coordinates of a point (`GEOSGeomGetX_r`, `GEOSGeomGetY_r`).
    func point() throws(GeometryError) -> Point2D {
        var p = Point2D(x: 0, y: 0)
        guard typeID == Int(GEOS_POINT.rawValue) else {
            throw .unexpectedGeometryType(function: "GEOSGeomGetX_r", found: typeID, expected: "Point")
        }
        guard GEOSGeomGetX_r(context.handle, pointer, &p.x) == 1, GEOSGeomGetY_r(context.handle, pointer, &p.y) == 1
        else { throw context.failure("GEOSGeomGetX_r") }
        return p
    }

    // MARK: Private helpers

    private static func makeSequence(_ points: [Point2D], in context: GEOSContext) throws(GeometryError)
        -> OpaquePointer
    {
        var flat: [Double] = []
        flat.reserveCapacity(points.count * 2)
        for p in points { flat.append(p.x); flat.append(p.y) }
        let seq = flat.withUnsafeBufferPointer { buf in
            GEOSCoordSeq_copyFromBuffer_r(context.handle, buf.baseAddress, UInt32(points.count), 0, 0)
        }
        guard let seq else { throw context.failure("GEOSCoordSeq_copyFromBuffer_r") }
        return seq
    }

    private static func makeRing(_ points: [Point2D], in context: GEOSContext) throws(GeometryError)
        -> OpaquePointer
    {
        let seq = try makeSequence(points, in: context)
        guard let ring = GEOSGeom_createLinearRing_r(context.handle, seq) else {
            throw context.failure("GEOSGeom_createLinearRing_r")
        }
        return ring
    }

    /// Coordinates of a borrowed LineString / LinearRing pointer.
    private static func coordinates(_ g: OpaquePointer, context: GEOSContext) throws(GeometryError) -> [Point2D] {
        let h = context.handle
        guard let seq = GEOSGeom_getCoordSeq_r(h, g) else { throw context.failure("GEOSGeom_getCoordSeq_r") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(h, seq, &size) == 1 else { throw context.failure("GEOSCoordSeq_getSize_r") }
        var flat = [Double](repeating: 0, count: Int(size) * 2)
        let ok = flat.withUnsafeMutableBufferPointer { buf in
            GEOSCoordSeq_copyToBuffer_r(h, seq, buf.baseAddress, 0, 0)
        }
        guard ok == 1 else { throw context.failure("GEOSCoordSeq_copyToBuffer_r") }
        return (0..<Int(size)).map { Point2D(x: flat[2 * $0], y: flat[2 * $0 + 1]) }
    }

    private static func collectPolygons(
        _ g: OpaquePointer, context: GEOSContext, into out: inout [Polygon]
    ) throws(GeometryError) {
        let h = context.handle
        let type = GEOSGeomTypeId_r(h, g)
        if type == Int32(GEOS_POLYGON.rawValue) {
            if GEOSisEmpty_r(h, g) == 1 { return }
            guard let shell = GEOSGetExteriorRing_r(h, g) else { throw context.failure("GEOSGetExteriorRing_r") }
            let exterior = try coordinates(shell, context: context)
            let n = GEOSGetNumInteriorRings_r(h, g)
            guard n >= 0 else { throw context.failure("GEOSGetNumInteriorRings_r") }
            var holes: [[Point2D]] = []
            for i in 0..<n {
                guard let ring = GEOSGetInteriorRingN_r(h, g, i) else {
                    throw context.failure("GEOSGetInteriorRingN_r")
                }
                holes.append(try coordinates(ring, context: context))
            }
            out.append(Polygon(exterior: exterior, holes: holes))
        } else if type == Int32(GEOS_MULTIPOLYGON.rawValue) || type == Int32(GEOS_GEOMETRYCOLLECTION.rawValue) {
            let n = GEOSGetNumGeometries_r(h, g)
            guard n >= 0 else { throw context.failure("GEOSGetNumGeometries_r") }
            for i in 0..<n {
                guard let part = GEOSGetGeometryN_r(h, g, i) else { throw context.failure("GEOSGetGeometryN_r") }
                try collectPolygons(part, context: context, into: &out)
            }
        }
    }

    private static func collectLines(
        _ g: OpaquePointer, context: GEOSContext, into out: inout [[Point2D]]
    ) throws(GeometryError) {
        let h = context.handle
        let type = GEOSGeomTypeId_r(h, g)
        if type == Int32(GEOS_LINESTRING.rawValue) || type == Int32(GEOS_LINEARRING.rawValue) {
            if GEOSisEmpty_r(h, g) == 1 { return }
            out.append(try coordinates(g, context: context))
        } else if type == Int32(GEOS_MULTILINESTRING.rawValue) || type == Int32(GEOS_GEOMETRYCOLLECTION.rawValue) {
            let n = GEOSGetNumGeometries_r(h, g)
            guard n >= 0 else { throw context.failure("GEOSGetNumGeometries_r") }
            for i in 0..<n {
                guard let part = GEOSGetGeometryN_r(h, g, i) else { throw context.failure("GEOSGetGeometryN_r") }
                try collectLines(part, context: context, into: &out)
            }
        }
    }
}
