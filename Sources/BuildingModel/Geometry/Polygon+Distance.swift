/// Planar distance and containment on `Polygon` values, in pure Swift (no GEOS): what the heritage check needs
/// to measure a footprint against monuments and zones.
extension Polygon {
    /// Whether `p` lies inside the polygon (inside the exterior ring and outside every hole), by ray casting
    /// (even–odd rule). Points exactly on the boundary may fall either side.
    /// - Complexity: O(n) in the point count.
    public func contains(_ p: Point2D) -> Bool {
        guard Self.ringContains(exterior, p) else { return false }
        return !holes.contains { Self.ringContains($0, p) }
    }

    /// Distance from `p` to the nearest point of the polygon's boundary (exterior and holes), metres.
    /// - Complexity: O(n).
    public func boundaryDistance(to p: Point2D) -> Double {
        var best = Double.infinity
        for ring in [exterior] + holes {
            for i in 0..<max(ring.count - 1, 0) {
                best = min(best, SegmentMath.distance(p, toSegment: ring[i], ring[i + 1]))
            }
        }
        return best
    }

    /// Distance from `p` to the polygon, metres: 0 when `p` is inside, else the distance to the nearest boundary
    /// point.
    /// - Complexity: O(n).
    public func distance(to p: Point2D) -> Double {
        contains(p) ? 0 : boundaryDistance(to: p)
    }

    /// Distance between two polygons, metres: 0 when they overlap or touch (one contains a vertex of the other,
    /// or two edges cross), else the smallest distance between their boundaries.
    /// - Complexity: O(n·m).
    public func distance(to other: Polygon) -> Double {
        if other.exterior.contains(where: { contains($0) }) || exterior.contains(where: { other.contains($0) }) {
            return 0
        }
        let ringsA = [exterior] + holes, ringsB = [other.exterior] + other.holes
        var best = Double.infinity
        for ra in ringsA where ra.count >= 2 {
            for rb in ringsB where rb.count >= 2 {
                for i in 0..<(ra.count - 1) {
                    for j in 0..<(rb.count - 1) {
                        let d = SegmentMath.distance(segment: ra[i], ra[i + 1], toSegment: rb[j], rb[j + 1])
                        if d == 0 { return 0 }
                        best = min(best, d)
                    }
                }
            }
        }
        return best
    }

    /// Distance from the polygon to a polyline, metres (0 when the line enters the polygon).
    /// - Complexity: O(n·m).
    public func distance(toLine line: [Point2D]) -> Double {
        if line.contains(where: { contains($0) }) { return 0 }
        guard line.count >= 2 else { return line.first.map { distance(to: $0) } ?? .infinity }
        var best = Double.infinity
        for ring in [exterior] + holes where ring.count >= 2 {
            for i in 0..<(ring.count - 1) {
                for j in 0..<(line.count - 1) {
                    best = min(best, SegmentMath.distance(segment: ring[i], ring[i + 1], toSegment: line[j], line[j + 1]))
                }
            }
        }
        return best
    }

    // MARK: - Primitives

    static func ringContains(_ ring: [Point2D], _ p: Point2D) -> Bool {
        guard ring.count >= 4 else { return false }
        var inside = false
        var j = ring.count - 2
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[j]
            if (a.y > p.y) != (b.y > p.y) {
                let xCross = (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x
                if p.x < xCross { inside.toggle() }
            }
            j = i
        }
        return inside
    }
}
