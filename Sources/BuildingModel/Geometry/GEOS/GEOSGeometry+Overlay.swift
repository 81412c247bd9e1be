import CGEOS

/// Buffer, overlay (intersection, union) and measures (length, area, boundary).
extension GEOSGeometry {
    /// Cap style of a buffer's line ends (`GEOSBUF_CAP_*`).
    enum CapStyle { case round, flat, square }
    /// Join style of a buffer's corners (`GEOSBUF_JOIN_*`).
    enum JoinStyle { case round, mitre, bevel }

    /// The geometry grown by `widthM` (`GEOSBufferWithStyle_r`); `quadrantSegments` per quarter circle.
    func buffer(
        _ widthM: Double, quadrantSegments: Int = 8, cap: CapStyle = .round, join: JoinStyle = .round,
        mitreLimit: Double = 5
    ) throws(GeometryError) -> GEOSGeometry {
        let capValue: GEOSBufCapStyles =
            switch cap {
            case .round: GEOSBUF_CAP_ROUND
            case .flat: GEOSBUF_CAP_FLAT
            case .square: GEOSBUF_CAP_SQUARE
            }
        let joinValue: GEOSBufJoinStyles =
            switch join {
            case .round: GEOSBUF_JOIN_ROUND
            case .mitre: GEOSBUF_JOIN_MITRE
            case .bevel: GEOSBUF_JOIN_BEVEL
            }
        return try Self.wrap(
            GEOSBufferWithStyle_r(
                context.handle, pointer, widthM, Int32(quadrantSegments), Int32(capValue.rawValue),
                Int32(joinValue.rawValue), mitreLimit),
            in: context, function: "GEOSBufferWithStyle_r")
    }

    /// `GEOSIntersection_r`.
    func intersection(_ other: GEOSGeometry) throws(GeometryError) -> GEOSGeometry {
        try Self.wrap(
            GEOSIntersection_r(context.handle, pointer, other.pointer), in: context, function: "GEOSIntersection_r")
    }

    /// `GEOSUnion_r`.
    func union(_ other: GEOSGeometry) throws(GeometryError) -> GEOSGeometry {
        try Self.wrap(GEOSUnion_r(context.handle, pointer, other.pointer), in: context, function: "GEOSUnion_r")
    }

    /// Union of all members of a collection (`GEOSUnaryUnion_r`).
    func unaryUnion() throws(GeometryError) -> GEOSGeometry {
        try Self.wrap(GEOSUnaryUnion_r(context.handle, pointer), in: context, function: "GEOSUnaryUnion_r")
    }

    /// The boundary (`GEOSBoundary_r`): the rings of a polygon as line strings.
    func boundary() throws(GeometryError) -> GEOSGeometry {
        try Self.wrap(GEOSBoundary_r(context.handle, pointer), in: context, function: "GEOSBoundary_r")
    }

    /// Length in metres (`GEOSLength_r`): of lines, or the perimeter of polygons.
    func length() throws(GeometryError) -> Double {
        var l = 0.0
        guard GEOSLength_r(context.handle, pointer, &l) == 1 else { throw context.failure("GEOSLength_r") }
        return l
    }

    /// Area in m² (`GEOSArea_r`).
    func area() throws(GeometryError) -> Double {
        var a = 0.0
        guard GEOSArea_r(context.handle, pointer, &a) == 1 else { throw context.failure("GEOSArea_r") }
        return a
    }
}
