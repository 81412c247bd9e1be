import Foundation

/// The stock in 2.5D for sight lines: each building a vertical prism (its footprint's rings, from the ground,
/// taken flat at z = 0, to its height), indexed by a uniform grid of `cellM` square cells.
///
/// Two questions: is the segment between two points in space clear of every prism but some (`isClear`), and which
/// prisms does an observer see around them (`sweep`). Both walk the grid cells the ray crosses in order
/// (Amanatides–Woo), so a ray blocked near its origin costs a few cells.
struct PrismScene: Sendable {
    /// One prism: its rings' edges as flat coordinate arrays (x0, y0, x1, y1 per edge) and its height.
    struct Prism: Sendable {
        var edges: [Double]
        var heightM: Double
    }

    let prisms: [Prism]
    let cellM: Double
    let originX: Double, originY: Double
    let columns: Int, rows: Int
    /// Prism indices per cell, row-major.
    let cells: [[Int32]]
    /// The tallest prism, metres (bounds what can still be seen above the horizon).
    let maxHeightM: Double

    init(footprints: [Polygon], heightsM: [Double], cellM: Double = 20) {
        precondition(footprints.count == heightsM.count)
        self.cellM = cellM
        var box = BoundingBox(points: footprints.lazy.flatMap(\.exterior))
        box = box.expanded(by: cellM)
        originX = box.minX
        originY = box.minY
        columns = max(1, Int(((box.maxX - box.minX) / cellM).rounded(.up)))
        rows = max(1, Int(((box.maxY - box.minY) / cellM).rounded(.up)))
        var cells = [[Int32]](repeating: [], count: columns * rows)
        var prisms: [Prism] = []
        prisms.reserveCapacity(footprints.count)
        for (i, f) in footprints.enumerated() {
            var edges: [Double] = []
            for ring in [f.exterior] + f.holes where ring.count >= 2 {
                for k in 0..<(ring.count - 1) {
                    edges += [ring[k].x, ring[k].y, ring[k + 1].x, ring[k + 1].y]
                }
            }
            prisms.append(Prism(edges: edges, heightM: heightsM[i]))
            let b = f.bounds
            let c0 = max(0, Int((b.minX - originX) / cellM)), c1 = min(columns - 1, Int((b.maxX - originX) / cellM))
            let r0 = max(0, Int((b.minY - originY) / cellM)), r1 = min(rows - 1, Int((b.maxY - originY) / cellM))
            guard c0 <= c1, r0 <= r1 else { continue }
            for r in r0...r1 { for c in c0...c1 { cells[r * columns + c].append(Int32(i)) } }
        }
        self.prisms = prisms
        self.cells = cells
        maxHeightM = heightsM.max() ?? 0
    }

    /// The prisms whose bounding box covers the cell of `p` (empty outside the grid).
    func prisms(near p: Point2D) -> [Int32] {
        let c = Int(((p.x - originX) / cellM).rounded(.down)), r = Int(((p.y - originY) / cellM).rounded(.down))
        guard c >= 0, c < columns, r >= 0, r < rows else { return [] }
        return cells[r * columns + c]
    }

    /// The parameters t ≥ 0 (metres along the unit direction `(dx, dy)` from `(x, y)`) where the ray crosses
    /// prism `i`'s edges: (nearest, farthest), nil when it does not.
    func crossing(_ i: Int, x: Double, y: Double, dx: Double, dy: Double) -> (Double, Double)? {
        let e = prisms[i].edges
        var tMin = Double.infinity, tMax = -Double.infinity
        var k = 0
        while k < e.count {
            let ax = e[k], ay = e[k + 1], bx = e[k + 2], by = e[k + 3]
            k += 4
            let ex = bx - ax, ey = by - ay
            let denom = dx * ey - dy * ex
            if abs(denom) < 1e-12 { continue }
            let wx = ax - x, wy = ay - y
            let t = (wx * ey - wy * ex) / denom
            let s = (wx * dy - wy * dx) / denom
            if t >= 0 && s >= 0 && s <= 1 {
                tMin = min(tMin, t)
                tMax = max(tMax, t)
            }
        }
        return tMin <= tMax ? (tMin, tMax) : nil
    }

    /// Visits the cells crossed by the ray from `(x, y)` along the unit direction `(dx, dy)` up to `length`, in
    /// order, with the ray parameter where each cell is left; `visit` returns false to stop.
    func walk(x: Double, y: Double, dx: Double, dy: Double, length: Double, _ visit: (Int, Double) -> Bool) {
        var c = Int(((x - originX) / cellM).rounded(.down)), r = Int(((y - originY) / cellM).rounded(.down))
        let stepC = dx > 0 ? 1 : -1, stepR = dy > 0 ? 1 : -1
        let nextX = originX + Double(dx > 0 ? c + 1 : c) * cellM, nextY = originY + Double(dy > 0 ? r + 1 : r) * cellM
        var tMaxX = abs(dx) < 1e-12 ? Double.infinity : (nextX - x) / dx
        var tMaxY = abs(dy) < 1e-12 ? Double.infinity : (nextY - y) / dy
        let tDeltaX = abs(dx) < 1e-12 ? Double.infinity : cellM / abs(dx)
        let tDeltaY = abs(dy) < 1e-12 ? Double.infinity : cellM / abs(dy)
        while true {
            let leave = min(tMaxX, tMaxY, length)
            if c >= 0 && c < columns && r >= 0 && r < rows {
                if !visit(r * columns + c, leave) { return }
            } else if (c < 0 && stepC < 0) || (c >= columns && stepC > 0) || (r < 0 && stepR < 0) || (r >= rows && stepR > 0) {
                return  // left the grid for good
            }
            if leave >= length { return }
            if tMaxX < tMaxY { c += stepC; tMaxX += tDeltaX } else { r += stepR; tMaxY += tDeltaY }
        }
    }

    /// Whether the segment from `a` (height `za`) to `b` (height `zb`) passes above every prism it crosses, except
    /// those in `ignoring`. A prism blocks when the segment, where it crosses the prism's walls, is lower than its
    /// height (the segment's height is linear, so the walls are where it is lowest over the footprint).
    func isClear(from a: Point2D, _ za: Double, to b: Point2D, _ zb: Double, ignoring: Set<Int> = []) -> Bool {
        let length = hypot(b.x - a.x, b.y - a.y)
        guard length > 1e-9 else { return true }
        let dx = (b.x - a.x) / length, dy = (b.y - a.y) / length
        var seen = Set<Int32>()
        var clear = true
        walk(x: a.x, y: a.y, dx: dx, dy: dy, length: length) { cell, _ in
            for i in cells[cell] where !ignoring.contains(Int(i)) && seen.insert(i).inserted {
                guard let (t0, t1) = crossing(Int(i), x: a.x, y: a.y, dx: dx, dy: dy), t0 < length else { continue }
                let h = prisms[Int(i)].heightM
                for t in [t0, min(t1, length)] where t <= length && za + (zb - za) * t / length < h {
                    clear = false
                    return false
                }
            }
            return true
        }
        return clear
    }

    /// Unit directions of `count` azimuths evenly spaced clockwise from grid north: (sin, cos) pairs.
    static func directions(_ count: Int) -> [(dx: Double, dy: Double)] {
        (0..<count).map { k in
            let angle = 2 * Double.pi * Double(k) / Double(count)
            return (sin(angle), cos(angle))
        }
    }

    /// What an observer at `(at, eyeM)` sees within `radiusM`, looking along `directions` (see `directions(_:)`):
    /// for each prism seen (part of its top edge above the horizon of the prisms before it along a direction),
    /// the first direction index and the distance where it was seen. Prisms in `ignoring` neither block nor are
    /// reported. `stamp` is scratch space of `prisms.count` zeros (reused across calls; left dirty).
    func sweep(from at: Point2D, eyeM: Double, radiusM: Double, directions: [(dx: Double, dy: Double)],
               ignoring: Set<Int> = [], stamp: inout [UInt32], ray: inout UInt32,
               into seenBy: inout [Int: (azimuth: Int, distanceM: Double)]) {
        var pending: [(t0: Double, t1: Double, i: Int32)] = []
        for (k, d) in directions.enumerated() {
            ray &+= 1
            if ray == 0 {  // wrapped: clear the stamps
                for j in stamp.indices { stamp[j] = 0 }
                ray = 1
            }
            let current = ray
            var horizon = -Double.infinity  // largest slope (Δz / distance) of a top edge so far
            pending.removeAll(keepingCapacity: true)
            walk(x: at.x, y: at.y, dx: d.dx, dy: d.dy, length: radiusM) { cell, leave in
                for i in cells[cell] where stamp[Int(i)] != current {
                    stamp[Int(i)] = current
                    if ignoring.contains(Int(i)) { continue }
                    if let (t0, t1) = crossing(Int(i), x: at.x, y: at.y, dx: d.dx, dy: d.dy), t0 <= radiusM {
                        pending.append((t0, t1, i))
                    }
                }
                // Every prism entered before `leave` is known: take them nearest first.
                if pending.count > 1 { pending.sort { $0.t0 > $1.t0 } }
                while let last = pending.last, last.t0 <= leave {
                    pending.removeLast()
                    let p = Int(last.i)
                    let dz = prisms[p].heightM - eyeM
                    let slope = max(dz / max(last.t0, 0.05), dz / max(last.t1, 0.05))
                    if slope > horizon + 1e-9 {
                        if seenBy[p] == nil { seenBy[p] = (k, last.t0) }
                        horizon = slope
                    }
                }
                // Nothing farther can rise above the horizon: the tallest prism at `leave` would not.
                return !(maxHeightM > eyeM && horizon >= (maxHeightM - eyeM) / max(leave, 0.05))
            }
        }
    }
}
