/// A simple polygon with optional holes, in metres. Rings are closed (first point == last point).
///
/// The value type used everywhere outside `Geometry/GEOS`: it carries no C handle and is `Sendable`.
public struct Polygon: Sendable, Hashable, Codable {
    /// Exterior ring, closed. Orientation is normalised to counter-clockwise by `normalized()`.
    public var exterior: [Point2D]
    /// Interior rings (holes), closed.
    public var holes: [[Point2D]]

    public init(exterior: [Point2D], holes: [[Point2D]] = []) {
        self.exterior = exterior
        self.holes = holes
    }

    /// Signed area of a closed ring (shoelace formula): positive when counter-clockwise.
    /// - Complexity: O(n) in the ring's point count.
    public static func signedArea(of ring: [Point2D]) -> Double {
        guard ring.count >= 4 else { return 0 }
        var sum = 0.0
        for i in 0..<(ring.count - 1) {
            sum += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y
        }
        return sum / 2
    }

    /// Area in m² (exterior minus holes).
    public var areaM2: Double {
        abs(Self.signedArea(of: exterior)) - holes.reduce(0) { $0 + abs(Self.signedArea(of: $1)) }
    }

    /// Length of the exterior ring in metres.
    public var perimeterM: Double {
        guard exterior.count >= 2 else { return 0 }
        var sum = 0.0
        for i in 0..<(exterior.count - 1) { sum += exterior[i].distance(to: exterior[i + 1]) }
        return sum
    }

    /// The same polygon with the exterior counter-clockwise and holes clockwise (OGC / RFC 7946 convention),
    /// so that the outward normal of an exterior edge (a→b) is (dy, −dx).
    public func normalized() -> Polygon {
        var ext = exterior
        if Self.signedArea(of: ext) < 0 { ext.reverse() }
        let hs = holes.map { Self.signedArea(of: $0) > 0 ? Array($0.reversed()) : $0 }
        return Polygon(exterior: ext, holes: hs)
    }

    /// Axis-aligned bounding box.
    public var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        var b = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
        for p in exterior {
            b.minX = min(b.minX, p.x); b.minY = min(b.minY, p.y)
            b.maxX = max(b.maxX, p.x); b.maxY = max(b.maxY, p.y)
        }
        return b
    }

    /// Centroid of the exterior ring (area-weighted).
    public var centroid: Point2D {
        let a = Self.signedArea(of: exterior)
        guard exterior.count >= 4, a != 0 else {
            let n = Double(max(exterior.count, 1))
            return Point2D(x: exterior.reduce(0) { $0 + $1.x } / n, y: exterior.reduce(0) { $0 + $1.y } / n)
        }
        var cx = 0.0, cy = 0.0
        for i in 0..<(exterior.count - 1) {
            let p = exterior[i], q = exterior[i + 1]
            let f = p.x * q.y - q.x * p.y
            cx += (p.x + q.x) * f
            cy += (p.y + q.y) * f
        }
        return Point2D(x: cx / (6 * a), y: cy / (6 * a))
    }
}
