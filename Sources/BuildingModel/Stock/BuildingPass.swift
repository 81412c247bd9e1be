import Foundation

/// The first pass of ``FacadeAnalyzer`` over one building: its segments (context still to be decided),
/// a courtyard probe point per segment, and the neighbours it touches.
struct BuildingPass: Sendable {
    var segments: [FacadeSegment]
    /// Per segment: a point just outside the edge's longest free part (or its middle when fully shared).
    var probes: [Point2D]
    /// Per segment: whether it is an edge of one of the building's own holes.
    var isHoleEdge: [Bool]
    /// Neighbours within the party-wall tolerance (ascending indices).
    var touching: [Int]

    /// A piece of an edge, as parameters along it, covered by a neighbour of the given height.
    private struct Cover {
        var t0: Double
        var t1: Double
        var heightM: Double
    }

    init(building i: Int, of all: [PreparedFootprint], tree: STRtree, options: FacadeOptions) throws(GeometryError) {
        let me = all[i]
        let tol = max(0, options.partyWallToleranceM)
        let cosMax = cos(options.maxPartyWallAngleDeg * .pi / 180)
        let neighbours = try tree.query(me.envelope.expanded(by: tol + 1e-6)).filter { $0 != i }
        touching = neighbours.filter { Self.areWithin(tol, me, all[$0]) }

        segments = []
        probes = []
        isHoleEdge = []
        var index = 0
        for (r, ring) in me.rings.enumerated() {
            for k in 0..<(ring.count - 1) {
                let a = ring[k], b = ring[k + 1]
                let dx = b.x - a.x, dy = b.y - a.y
                let length = (dx * dx + dy * dy).squareRoot()
                guard length > 0 else { continue }
                let u = Point2D(x: dx / length, y: dy / length)
                let normal = Point2D(x: u.y, y: -u.x)

                // Shared pieces: antiparallel neighbour edges within the tolerance (flat caps).
                var covers: [Cover] = []
                for j in touching {
                    let other = all[j]
                    for ring2 in other.rings {
                        for m in 0..<(ring2.count - 1) {
                            let c = ring2[m], d = ring2[m + 1]
                            let ex = d.x - c.x, ey = d.y - c.y
                            let l2 = (ex * ex + ey * ey).squareRoot()
                            guard l2 > 0, (u.x * ex + u.y * ey) / l2 <= -cosMax else { continue }
                            if let (t0, t1) = SegmentMath.slabInterval(a, b, near: c, d, toleranceM: tol) {
                                covers.append(Cover(t0: t0, t1: t1, heightM: other.heightM))
                            }
                        }
                    }
                }
                // Elementary pieces between breakpoints; uncovered ones inside a neighbour are covered too.
                var cuts = [0.0, 1.0]
                for c in covers { cuts.append(c.t0); cuts.append(c.t1) }
                cuts.sort()
                var sharedT = 0.0, exposedAreaM2 = 0.0, neighbourHeight: Double? = nil
                var bestFree: (t0: Double, t1: Double)? = nil
                var runStart: Double? = nil
                for p in 0..<(cuts.count - 1) {
                    let t0 = cuts[p], t1 = cuts[p + 1]
                    guard t1 - t0 > 1e-12 else { continue }
                    let mid = (t0 + t1) / 2
                    var h: Double? = nil
                    for c in covers where c.t0 <= mid && mid <= c.t1 { h = max(h ?? c.heightM, c.heightM) }
                    if h == nil {
                        let point = Point2D(x: a.x + mid * dx, y: a.y + mid * dy)
                        for j in touching where SegmentMath.polygonContains(all[j].polygon, point) {
                            h = max(h ?? all[j].heightM, all[j].heightM)
                        }
                    }
                    if let h {
                        sharedT += t1 - t0
                        exposedAreaM2 += (t1 - t0) * length * max(0, me.heightM - h)
                        neighbourHeight = max(neighbourHeight ?? h, h)
                        if let s = runStart { Self.keepLonger(&bestFree, (s, t0)); runStart = nil }
                    } else {
                        exposedAreaM2 += (t1 - t0) * length * me.heightM
                        if runStart == nil { runStart = t0 }
                    }
                }
                if let s = runStart { Self.keepLonger(&bestFree, (s, 1)) }

                let share = min(1, sharedT)
                let freeMid = bestFree.map { ($0.t0 + $0.t1) / 2 } ?? 0.5
                let origin = Point2D(x: a.x + freeMid * dx, y: a.y + freeMid * dy)
                var obstruction: (distanceM: Double, heightM: Double)? = nil
                if bestFree != nil {
                    obstruction = try Self.castRay(
                        from: origin, along: normal, rangeM: options.obstructionRangeM, building: i, ring: r,
                        edge: k, all: all, tree: tree)
                }
                let horizon =
                    obstruction.map { atan(max(0, $0.heightM - me.heightM / 2) / $0.distanceM) * 180 / .pi } ?? 0
                let totalArea = length * me.heightM
                let exposed = min(totalArea, exposedAreaM2)
                segments.append(
                    FacadeSegment(
                        buildingID: me.id, index: index, start: a, end: b, lengthM: length,
                        azimuthDeg: SegmentMath.azimuthDeg(of: normal), partyWallShare: share,
                        neighbourHeightM: neighbourHeight, exposedAreaM2: exposed,
                        partyWallAreaM2: max(0, totalArea - exposed), context: r > 0 ? .courtyard : .street,
                        obstructionDistanceM: obstruction?.distanceM, obstructionHeightM: obstruction?.heightM,
                        horizonAngleDeg: horizon))
                let offset = tol + 0.05
                probes.append(Point2D(x: origin.x + offset * normal.x, y: origin.y + offset * normal.y))
                isHoleEdge.append(r > 0)
                index += 1
            }
        }
    }

    private static func keepLonger(_ best: inout (t0: Double, t1: Double)?, _ run: (Double, Double)) {
        if best == nil || run.1 - run.0 > best!.t1 - best!.t0 + 1e-12 { best = (run.0, run.1) }
    }

    /// Whether two footprints come within `tol` of each other (or overlap).
    static func areWithin(_ tol: Double, _ p: PreparedFootprint, _ q: PreparedFootprint) -> Bool {
        guard p.envelope.expanded(by: tol).intersects(q.envelope) else { return false }
        for ring in p.rings {
            for k in 0..<(ring.count - 1) {
                for ring2 in q.rings {
                    for m in 0..<(ring2.count - 1)
                    where SegmentMath.distance(segment: ring[k], ring[k + 1], toSegment: ring2[m], ring2[m + 1]) <= tol {
                        return true
                    }
                }
            }
        }
        return SegmentMath.polygonContains(p.polygon, q.polygon.exterior[0])
            || SegmentMath.polygonContains(q.polygon, p.polygon.exterior[0])
    }

    /// The nearest building edge crossed by the ray origin + s·direction, 0 < s ≤ range; candidates come from
    /// the STRtree by the ray's envelope. The edge the ray starts from is skipped.
    static func castRay(
        from origin: Point2D, along direction: Point2D, rangeM: Double, building i: Int, ring r: Int, edge k: Int,
        all: [PreparedFootprint], tree: STRtree
    ) throws(GeometryError) -> (distanceM: Double, heightM: Double)? {
        guard rangeM > 0 else { return nil }
        let end = Point2D(x: origin.x + rangeM * direction.x, y: origin.y + rangeM * direction.y)
        var best: (distanceM: Double, heightM: Double)? = nil
        for j in try tree.query(BoundingBox(points: [origin, end]).expanded(by: 0.01)) {
            let other = all[j]
            for (r2, ring) in other.rings.enumerated() {
                for m in 0..<(ring.count - 1) {
                    if j == i && r2 == r && m == k { continue }
                    guard let hit = SegmentMath.rayParameters(origin: origin, direction: direction, segment: ring[m], ring[m + 1]),
                        hit.s > 1e-9, hit.s <= rangeM
                    else { continue }
                    if best == nil || hit.s < best!.distanceM { best = (hit.s, other.heightM) }
                }
            }
        }
        return best
    }
}
