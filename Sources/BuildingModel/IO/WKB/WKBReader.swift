/// Decodes OGC Well-Known Binary (ISO 19125 / SQL-MM) into `FeatureGeometry`.
///
/// Reads Point (1), LineString (2), Polygon (3) and MultiPolygon (6), in either byte order. Z and M
/// ordinates (ISO codes +1000/+2000/+3000 or EWKB flags 0x80000000/0x40000000) are read and dropped;
/// an EWKB SRID (flag 0x20000000) is skipped. Coordinates are returned as stored (no reprojection).
public struct WKBReader {
    private let bytes: [UInt8]
    private var offset: Int

    /// - Parameter offset: where the WKB starts inside `bytes` (after a GeoPackage header, say).
    public init(bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Decodes one geometry. An empty point (NaN coordinates) or a geometry with no parts gives nil.
    /// - Complexity: O(size of the blob).
    public static func decode(_ bytes: [UInt8], offset: Int = 0) throws(WKBError) -> FeatureGeometry? {
        var r = WKBReader(bytes: bytes, offset: offset)
        return try r.readGeometry()
    }

    private struct Header {
        var littleEndian: Bool
        var baseType: UInt32
        var dimensions: Int
    }

    private mutating func readHeader() throws(WKBError) -> Header {
        try need(5)
        let order = bytes[offset]
        guard order <= 1 else { throw .badByteOrder(order, offset: offset) }
        offset += 1
        let le = order == 1
        var type = readUInt32(le)
        var dims = 2
        if type & 0x8000_0000 != 0 { dims += 1 }
        if type & 0x4000_0000 != 0 { dims += 1 }
        if type & 0x2000_0000 != 0 { try need(4); offset += 4 }  // EWKB SRID
        type &= 0x0FFF_FFFF
        switch type / 1000 {
        case 1, 2: dims = max(dims, 3)
        case 3: dims = 4
        default: break
        }
        return Header(littleEndian: le, baseType: type % 1000, dimensions: dims)
    }

    private mutating func readGeometry() throws(WKBError) -> FeatureGeometry? {
        let h = try readHeader()
        switch h.baseType {
        case 1:
            let p = try readPoint(h)
            return p.x.isNaN || p.y.isNaN ? nil : .point(p)
        case 2:
            let pts = try readPoints(h)
            return pts.isEmpty ? nil : .lineString(pts)
        case 3:
            let poly = try readPolygonBody(h)
            return poly.map { .polygon($0) }
        case 6:
            let n = try readCount(h)
            var polys: [Polygon] = []
            polys.reserveCapacity(n)
            for _ in 0..<n {
                let ph = try readHeader()
                guard ph.baseType == 3 else { throw .unexpectedPart(expected: "Polygon (3)", found: ph.baseType) }
                if let p = try readPolygonBody(ph) { polys.append(p) }
            }
            return polys.isEmpty ? nil : .multiPolygon(polys)
        default:
            throw .unsupportedType(h.baseType)
        }
    }

    private mutating func readPolygonBody(_ h: Header) throws(WKBError) -> Polygon? {
        let rings = try readCount(h)
        guard rings > 0 else { return nil }
        let ext = try readPoints(h)
        var holes: [[Point2D]] = []
        for _ in 1..<rings { holes.append(try readPoints(h)) }
        return Polygon(exterior: ext, holes: holes)
    }

    private mutating func readPoints(_ h: Header) throws(WKBError) -> [Point2D] {
        let n = try readCount(h)
        try need(n * h.dimensions * 8)
        var pts: [Point2D] = []
        pts.reserveCapacity(n)
        for _ in 0..<n {
            let x = readDouble(h.littleEndian), y = readDouble(h.littleEndian)
            offset += (h.dimensions - 2) * 8
            pts.append(Point2D(x: x, y: y))
        }
        return pts
    }

    private mutating func readPoint(_ h: Header) throws(WKBError) -> Point2D {
        try need(h.dimensions * 8)
        let x = readDouble(h.littleEndian), y = readDouble(h.littleEndian)
        offset += (h.dimensions - 2) * 8
        return Point2D(x: x, y: y)
    }

    private mutating func readCount(_ h: Header) throws(WKBError) -> Int {
        try need(4)
        let n = Int(readUInt32(h.littleEndian))
        // Each element takes at least 4 bytes: refuse counts the blob cannot hold before allocating.
        guard n <= (bytes.count - offset) / 4 else {
            throw .truncated(offset: offset, needed: n * 4, size: bytes.count)
        }
        return n
    }

    private func need(_ count: Int) throws(WKBError) {
        guard offset + count <= bytes.count else { throw .truncated(offset: offset, needed: count, size: bytes.count) }
    }

    private mutating func readUInt32(_ le: Bool) -> UInt32 {
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[offset + i]) << (8 * (le ? i : 3 - i)) }
        offset += 4
        return v
    }

    private mutating func readDouble(_ le: Bool) -> Double {
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[offset + i]) << (8 * (le ? i : 7 - i)) }
        offset += 8
        return Double(bitPattern: v)
    }

    /// Reads a little- or big-endian Int32 / Double at a position (used by the GeoPackage header parser).
    static func int32(_ bytes: [UInt8], at o: Int, littleEndian le: Bool) -> Int32 {
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[o + i]) << (8 * (le ? i : 3 - i)) }
        return Int32(bitPattern: v)
    }
}
