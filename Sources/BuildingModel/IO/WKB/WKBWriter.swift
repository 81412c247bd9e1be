/// Encodes `FeatureGeometry` as little-endian 2D ISO WKB.
public enum WKBWriter {
    /// The WKB of a geometry. A polygon passed with `asMulti` is written as a one-part MultiPolygon.
    /// - Complexity: O(number of points).
    public static func encode(_ geometry: FeatureGeometry, asMulti: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        append(geometry, asMulti: asMulti, to: &out)
        return out
    }

    static func append(_ geometry: FeatureGeometry, asMulti: Bool = false, to out: inout [UInt8]) {
        switch geometry {
        case .point(let p):
            header(1, &out); double(p.x, &out); double(p.y, &out)
        case .lineString(let ps):
            header(2, &out); points(ps, &out)
        case .polygon(let p):
            if asMulti {
                header(6, &out); uint32(1, &out)
            }
            polygon(p, &out)
        case .multiPolygon(let ps):
            header(6, &out); uint32(UInt32(ps.count), &out)
            for p in ps { polygon(p, &out) }
        }
    }

    private static func polygon(_ p: Polygon, _ out: inout [UInt8]) {
        header(3, &out)
        uint32(UInt32(1 + p.holes.count), &out)
        points(p.exterior, &out)
        for h in p.holes { points(h, &out) }
    }

    private static func points(_ ps: [Point2D], _ out: inout [UInt8]) {
        uint32(UInt32(ps.count), &out)
        for p in ps { double(p.x, &out); double(p.y, &out) }
    }

    private static func header(_ type: UInt32, _ out: inout [UInt8]) {
        out.append(1)
        uint32(type, &out)
    }

    private static func uint32(_ v: UInt32, _ out: inout [UInt8]) {
        for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * i))) }
    }

    static func double(_ d: Double, _ out: inout [UInt8]) {
        let v = d.bitPattern
        for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: v >> (8 * i))) }
    }
}
