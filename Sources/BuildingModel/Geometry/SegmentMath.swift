import Foundation

/// Small exact computations on segments and rings, used by the façade analysis on the hot path.
///
/// They run on plain values (no GEOS objects), so a worker can test a footprint's edges against its
/// neighbours found through the GEOS STRtree without building a GEOS geometry per edge.
enum SegmentMath {
    /// The part of segment a→b, as a parameter interval t ∈ [0, 1], lying within `toleranceM` of segment c→d,
    /// measured perpendicular to c→d and only between the lines through c and d perpendicular to it
    /// (a flat-capped buffer). The flat caps keep a wall that merely meets c→d at a corner from counting
    /// `toleranceM` of shared length, which a round-capped `buffer ∩ edge` would count.
    /// - Returns: nil when the part is empty or a single point.
    static func slabInterval(
        _ a: Point2D, _ b: Point2D, near c: Point2D, _ d: Point2D, toleranceM: Double
    ) -> (Double, Double)? {
        let vx = d.x - c.x, vy = d.y - c.y
        let m = (vx * vx + vy * vy).squareRoot()
        guard m > 0 else { return nil }
        let ux = vx / m, uy = vy / m
        let ax = a.x - c.x, ay = a.y - c.y
        let bx = b.x - a.x, by = b.y - a.y
        var lo = 0.0, hi = 1.0
        // Along c→d: 0 ≤ s0 + s1·t ≤ m.
        guard clip(p0: ax * ux + ay * uy, p1: bx * ux + by * uy, min: 0, max: m, lo: &lo, hi: &hi) else { return nil }
        // Across c→d: |w0 + w1·t| ≤ tolerance.
        guard clip(p0: ax * uy - ay * ux, p1: bx * uy - by * ux, min: -toleranceM, max: toleranceM, lo: &lo, hi: &hi)
        else { return nil }
        return hi > lo ? (lo, hi) : nil
    }

    /// Narrows [lo, hi] to the t where min ≤ p0 + p1·t ≤ max; false when nothing is left.
    private static func clip(
        p0: Double, p1: Double, min: Double, max: Double, lo: inout Double, hi: inout Double
    ) -> Bool {
        if abs(p1) < 1e-15 { return p0 >= min && p0 <= max }
        let t1 = (min - p0) / p1, t2 = (max - p0) / p1
        lo = Swift.max(lo, Swift.min(t1, t2))
        hi = Swift.min(hi, Swift.max(t1, t2))
        return hi >= lo
    }

    /// Distance from a point to a segment.
    static func distance(_ p: Point2D, toSegment a: Point2D, _ b: Point2D) -> Double {
        let vx = b.x - a.x, vy = b.y - a.y
        let l2 = vx * vx + vy * vy
        guard l2 > 0 else { return p.distance(to: a) }
        let t = min(1, max(0, ((p.x - a.x) * vx + (p.y - a.y) * vy) / l2))
        return p.distance(to: Point2D(x: a.x + t * vx, y: a.y + t * vy))
    }

    /// Minimum distance between segments a→b and c→d (0 when they cross).
    static func distance(segment a: Point2D, _ b: Point2D, toSegment c: Point2D, _ d: Point2D) -> Double {
        if rayParameters(origin: a, direction: Point2D(x: b.x - a.x, y: b.y - a.y), segment: c, d)
            .map({ $0.s >= 0 && $0.s <= 1 }) == true
        {
            return 0
        }
        return min(
            distance(a, toSegment: c, d), distance(b, toSegment: c, d),
            distance(c, toSegment: a, b), distance(d, toSegment: a, b))
    }

    /// Where the line origin + s·direction crosses segment c→d: s along the line and t ∈ [0, 1] along the
    /// segment; nil when parallel or when the crossing is outside the segment.
    static func rayParameters(
        origin o: Point2D, direction n: Point2D, segment c: Point2D, _ d: Point2D
    ) -> (s: Double, t: Double)? {
        let ex = d.x - c.x, ey = d.y - c.y
        let denom = n.x * ey - n.y * ex
        guard abs(denom) > 1e-15 else { return nil }
        let wx = c.x - o.x, wy = c.y - o.y
        let s = (wx * ey - wy * ex) / denom
        let t = (wx * n.y - wy * n.x) / denom
        guard t >= 0, t <= 1 else { return nil }
        return (s, t)
    }

    /// Whether `p` is inside a closed ring (crossing-number test; points on the boundary may go either way).
    static func ringContains(_ ring: [Point2D], _ p: Point2D) -> Bool {
        var inside = false
        var j = ring.count - 2
        guard j >= 0 else { return false }
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
                inside.toggle()
            }
            j = i
        }
        return inside
    }

    /// Whether `p` is inside a polygon: in the exterior ring and in none of the holes.
    static func polygonContains(_ polygon: Polygon, _ p: Point2D) -> Bool {
        ringContains(polygon.exterior, p) && !polygon.holes.contains { ringContains($0, p) }
    }

    /// Azimuth of a direction, degrees clockwise from north, in [0, 360).
    static func azimuthDeg(of v: Point2D) -> Double {
        var a = atan2(v.x, v.y) * 180 / .pi
        if a < 0 { a += 360 }
        if a >= 360 { a -= 360 }
        return a
    }
}
