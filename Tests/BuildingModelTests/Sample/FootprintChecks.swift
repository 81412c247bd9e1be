import BuildingModel

/// Pure-Swift geometry checks for tests (no GEOS): validity of rings, convexity, overlap area.
enum FootprintChecks {
    static func cross(_ o: Point2D, _ a: Point2D, _ b: Point2D) -> Double {
        (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
    }

    /// Whether the open segments p1p2 and q1q2 properly cross or touch (collinear overlaps count).
    static func segmentsIntersect(_ p1: Point2D, _ p2: Point2D, _ q1: Point2D, _ q2: Point2D) -> Bool {
        let d1 = cross(q1, q2, p1), d2 = cross(q1, q2, p2), d3 = cross(p1, p2, q1), d4 = cross(p1, p2, q2)
        if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) { return true }
        func onSegment(_ a: Point2D, _ b: Point2D, _ p: Point2D) -> Bool {
            min(a.x, b.x) <= p.x && p.x <= max(a.x, b.x) && min(a.y, b.y) <= p.y && p.y <= max(a.y, b.y)
        }
        if d1 == 0 && onSegment(q1, q2, p1) { return true }
        if d2 == 0 && onSegment(q1, q2, p2) { return true }
        if d3 == 0 && onSegment(p1, p2, q1) { return true }
        if d4 == 0 && onSegment(p1, p2, q2) { return true }
        return false
    }

    /// Problems of a ring: not closed, fewer than 4 points, non-positive area, a zero-length edge, or two
    /// non-adjacent edges that meet (self-intersection). O(n²) in the ring's edges. Empty when valid.
    static func problems(_ ring: [Point2D]) -> [String] {
        var out: [String] = []
        guard ring.count >= 4 else { return ["\(ring.count) points"] }
        if ring.first != ring.last { out.append("not closed") }
        if Polygon.signedArea(of: ring) <= 0 { out.append("area \(Polygon.signedArea(of: ring)) (not CCW or empty)") }
        let n = ring.count - 1
        for i in 0..<n where ring[i] == ring[i + 1] { out.append("zero-length edge \(i)") }
        for i in 0..<n where i + 2 < n {
            for j in (i + 2)..<n where !(i == 0 && j == n - 1) {
                if segmentsIntersect(ring[i], ring[i + 1], ring[j], ring[j + 1]) {
                    out.append("edges \(i) and \(j) intersect")
                }
            }
        }
        return out
    }

    /// Whether a CCW ring turns left or goes straight at every vertex, within `toleranceM` of deviation.
    static func isConvex(_ ring: [Point2D], toleranceM: Double) -> Bool {
        let n = ring.count - 1
        for i in 0..<n {
            let a = ring[(i + n - 1) % n], b = ring[i], c = ring[(i + 1) % n]
            let len = a.distance(to: c)
            guard len > 0 else { return false }
            // Distance of b to the right of a→c: negative cross means a right turn (a dent).
            if cross(a, b, c) / len < -toleranceM { return false }
        }
        return true
    }

    /// Area of the intersection of `subject` with the CONVEX counter-clockwise `clip` (Sutherland–Hodgman), m².
    ///
    /// Works relative to the clip's first vertex: the shoelace sum on raw Lambert-93 coordinates (≈ 6.4e6 m) would
    /// lose ≈ 0.004 m² to rounding.
    static func intersectionAreaM2(_ subject: [Point2D], convexClip rawClip: [Point2D]) -> Double {
        let o = rawClip[0]
        let clip = rawClip.map { Point2D(x: $0.x - o.x, y: $0.y - o.y) }
        var output = subject.dropLast().map { Point2D(x: $0.x - o.x, y: $0.y - o.y) }
        let m = clip.count - 1
        for i in 0..<m {
            guard !output.isEmpty else { break }
            let a = clip[i], b = clip[i + 1]
            let input = output
            output = []
            for k in 0..<input.count {
                let p = input[k], q = input[(k + 1) % input.count]
                let pIn = cross(a, b, p) >= 0, qIn = cross(a, b, q) >= 0
                if pIn { output.append(p) }
                if pIn != qIn {
                    let dp = cross(a, b, p), dq = cross(a, b, q)
                    let t = dp / (dp - dq)
                    output.append(Point2D(x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y)))
                }
            }
        }
        guard output.count >= 3 else { return 0 }
        return abs(Polygon.signedArea(of: output + [output[0]]))
    }

    /// Even–odd point-in-polygon test on a closed ring (points on the boundary may go either way).
    static func contains(_ ring: [Point2D], _ p: Point2D) -> Bool {
        var inside = false
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[i + 1]
            if (a.y > p.y) != (b.y > p.y) {
                let x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)
                if p.x < x { inside.toggle() }
            }
        }
        return inside
    }

    /// Index pairs of buildings whose bounding boxes overlap (grown by `marginM`), by a sweep along x.
    /// - Complexity: O(n log n + k) for k candidate pairs.
    static func candidatePairs(_ buildings: [Building], marginM: Double) -> [(Int, Int)] {
        let boxes = buildings.map { $0.footprint.bounds }
        let order = boxes.indices.sorted { boxes[$0].minX < boxes[$1].minX }
        var out: [(Int, Int)] = []
        for (k, i) in order.enumerated() {
            var l = k + 1
            while l < order.count, boxes[order[l]].minX <= boxes[i].maxX + marginM {
                let j = order[l]
                if boxes[j].minY <= boxes[i].maxY + marginM && boxes[i].minY <= boxes[j].maxY + marginM {
                    out.append((min(i, j), max(i, j)))
                }
                l += 1
            }
        }
        return out
    }

    /// Distance from p to segment ab, metres.
    static func distance(_ p: Point2D, toSegment a: Point2D, _ b: Point2D) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let l2 = dx * dx + dy * dy
        guard l2 > 0 else { return p.distance(to: a) }
        let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2))
        return p.distance(to: Point2D(x: a.x + t * dx, y: a.y + t * dy))
    }

    /// For two antiparallel segments (within ≈ 1°) whose projections overlap by at least `minOverlapM`: the
    /// perpendicular distance between them (mean over q's ends), else nil.
    static func facingDistance(
        _ p1: Point2D, _ p2: Point2D, _ q1: Point2D, _ q2: Point2D, minOverlapM: Double
    ) -> Double? {
        let lp = p1.distance(to: p2), lq = q1.distance(to: q2)
        guard lp > 0, lq > 0 else { return nil }
        let ux = (p2.x - p1.x) / lp, uy = (p2.y - p1.y) / lp
        let vx = (q2.x - q1.x) / lq, vy = (q2.y - q1.y) / lq
        guard ux * vx + uy * vy < -0.9998 else { return nil }
        let t1 = (q1.x - p1.x) * ux + (q1.y - p1.y) * uy, t2 = (q2.x - p1.x) * ux + (q2.y - p1.y) * uy
        let overlap = min(lp, max(t1, t2)) - max(0, min(t1, t2))
        guard overlap >= minOverlapM else { return nil }
        let d1 = abs((q1.x - p1.x) * uy - (q1.y - p1.y) * ux), d2 = abs((q2.x - p1.x) * uy - (q2.y - p1.y) * ux)
        return (d1 + d2) / 2
    }
}
