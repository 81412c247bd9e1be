/// Cuts one block into deep narrow plots and puts a building on each, sharing party walls exactly.
///
/// Work happens in the block's own frame — `a` metres across from the west kerb (0…D), `c` metres along from
/// the south kerb (0…L) — where plots and buildings are axis-aligned rectangles. The frame maps onto the block
/// quadrilateral bilinearly; a bilinear map sends lines of constant `a` or `c` to straight segments, so each
/// rectangle becomes a quadrilateral with straight walls, and two rectangles sharing a side share a wall.
/// Where a side of one building meets a corner of another part-way (a T-junction), the corner is inserted into
/// the longer side, so that both rings carry the same vertices along the shared part (exact party walls).
///
/// Layout (issue 7; domain.md §6):
/// - depth across D ≤ 25 m: one row of through-plots, fronting the west street;
/// - D ≤ 40 m: two rows back to back (west and east street), split at 42–58 %;
/// - D > 40 m: a row on each long side (12–25 m deep), an enclosed courtyard in the middle and, at each short
///   end, plots fronting the cross street (10–18 m deep) — or, in a block shorter than 40 m, through-plots
///   between the two cross streets.
/// - frontages 4–8 m (4 + 4·√u, mean ≈ 6.7 m); 30 % of plots ≥ 14 m deep keep a yard at the back (building 55–80 % of the plot depth);
/// - walls closer than 10 cm are aligned (so frontages may drift up to 10 cm outside 4–8 m);
/// - 5 % of plots stay empty (gardens, ruins, cleared lots);
/// - 4 % of buildings have one side wall pulled in by 1–5 cm (a digitising gap, never an overlap).
struct BlockSubdivision {
    /// A footprint produced for one building, before attributes.
    struct Shape {
        /// Closed ring, counter-clockwise, Lambert-93 metres.
        var ring: [Point2D]
        /// Fronts a street lined with shops (boulevard Gambetta or the main street).
        var onMainStreet: Bool
        /// A yard was left at the back of the plot.
        var hasYard: Bool
        /// One side wall was pulled in by a few centimetres.
        var hasDigitisingGap: Bool
    }

    static let frontageRangeM = 4.0...8.0
    static let stripDepthRangeM = 12.0...25.0
    static let endDepthRangeM = 10.0...18.0
    static let minimumCourtyardM = 8.0
    static let yardShare = 0.30
    static let yardDepthFractionRange = 0.55...0.80
    static let gapShare = 0.04
    static let emptyPlotShare = 0.05
    /// Wall positions closer than this are aligned (larger than the biggest digitising gap, twice over).
    static let snapM = 0.10
    static let gapRangeM = 0.01...0.05

    private struct Rect {
        var a0: Double, a1: Double, c0: Double, c1: Double
        var onMainStreet: Bool
        var hasYard = false
        var hasGap = false
    }

    private struct FramePoint: Hashable {
        var a: Double
        var c: Double
    }

    /// Cuts `length` into frontages within `frontageRangeM` (the last one too); the cut positions from 0 to length.
    static func cuts(_ length: Double, _ rng: inout SplitMix64) -> [Double] {
        let lo = frontageRangeM.lowerBound, hi = frontageRangeM.upperBound
        var out = [0.0]
        var position = 0.0
        while length - position > hi {
            // 4 + 4·√u: frontages lean to the wide end (mean ≈ 6.7 m), as on the medieval plots of Cahors.
            let f = min(lo + (hi - lo) * rng.unit().squareRoot(), length - position - lo)
            position += f
            out.append(position)
        }
        out.append(length)
        return out
    }

    /// The buildings of one block, in a stable order: west row, south end, north end, east row.
    static func shapes(of block: StreetGrid.Block, seed: UInt64) -> [Shape] {
        var rng = SplitMix64.derived(seed: seed, key: 2_000_000 + UInt64(block.row) * 1_000 + UInt64(block.column))
        let depthM = (block.se.x - block.sw.x + block.ne.x - block.nw.x) / 2
        let lengthM = (block.nw.distance(to: block.sw) + block.ne.distance(to: block.se)) / 2
        let westMain = block.westIsMain, eastMain = block.eastIsMain
        var plots: [Rect] = []

        func yardDepth(_ depth: Double) -> (Double, Bool) {
            guard depth >= 14, rng.chance(yardShare) else { return (depth, false) }
            let f = rng.uniform(yardDepthFractionRange.lowerBound, yardDepthFractionRange.upperBound)
            return (depth * f, true)
        }
        func westRow(depth: Double) {
            let cs = cuts(lengthM, &rng)
            for k in 0..<(cs.count - 1) {
                let (d, yard) = yardDepth(depth)
                plots.append(Rect(a0: 0, a1: d, c0: cs[k], c1: cs[k + 1], onMainStreet: westMain, hasYard: yard))
            }
        }
        func eastRow(depth: Double) {
            let cs = cuts(lengthM, &rng)
            for k in 0..<(cs.count - 1) {
                let (d, yard) = yardDepth(depth)
                plots.append(Rect(a0: depthM - d, a1: depthM, c0: cs[k], c1: cs[k + 1], onMainStreet: eastMain,
                                  hasYard: yard))
            }
        }

        let stripMax = stripDepthRangeM.upperBound
        if depthM <= stripMax {
            westRow(depth: depthM)
        } else if depthM <= 40 {
            let split = depthM * rng.uniform(0.42, 0.58)
            westRow(depth: split)
            eastRow(depth: depthM - split)
        } else {
            let hiDepth = min(stripMax, (depthM - minimumCourtyardM) / 2)
            let dW = rng.uniform(stripDepthRangeM.lowerBound, hiDepth)
            let dE = rng.uniform(stripDepthRangeM.lowerBound, hiDepth)
            westRow(depth: dW)
            let gapCuts = cuts(depthM - dW - dE, &rng).map { $0 + dW }
            if lengthM < 40 {
                for k in 0..<(gapCuts.count - 1) {
                    plots.append(Rect(a0: gapCuts[k], a1: gapCuts[k + 1], c0: 0, c1: lengthM, onMainStreet: false))
                }
            } else {
                let hiEnd = min(endDepthRangeM.upperBound, (lengthM - minimumCourtyardM) / 2)
                let dS = rng.uniform(endDepthRangeM.lowerBound, hiEnd)
                let dN = rng.uniform(endDepthRangeM.lowerBound, hiEnd)
                for k in 0..<(gapCuts.count - 1) {
                    let (d, yard) = yardDepth(dS)
                    plots.append(Rect(a0: gapCuts[k], a1: gapCuts[k + 1], c0: 0, c1: d, onMainStreet: false, hasYard: yard))
                }
                for k in 0..<(gapCuts.count - 1) {
                    let (d, yard) = yardDepth(dN)
                    plots.append(Rect(a0: gapCuts[k], a1: gapCuts[k + 1], c0: lengthM - d, c1: lengthM,
                                      onMainStreet: false, hasYard: yard))
                }
            }
            eastRow(depth: dE)
        }

        // Align walls that nearly line up (cuts of two rows, a yard and a neighbour's wall) so that no two distinct
        // wall positions in the block are closer than `snapM`: near-coincident corners would otherwise round to the
        // point or leave millimetre-long edges.
        align(&plots, within: snapM, depthM: depthM, lengthM: lengthM)

        // Digitising gaps: pull one side wall (between two neighbours along the street) inwards.
        for i in plots.indices where rng.chance(gapShare) {
            let gap = rng.uniform(gapRangeM.lowerBound, gapRangeM.upperBound)
            var r = plots[i]
            let alongStreet = r.a0 == 0 || r.a1 == depthM
            // Always the north (or east) side wall, so two neighbours never both pull the same wall.
            if alongStreet { r.c1 -= gap } else { r.a1 -= gap }
            r.hasGap = true
            plots[i] = r
        }

        // Two walls pulled in by almost the same amount at the same place would again be near-coincident.
        align(&plots, within: 0.005, depthM: depthM, lengthM: lengthM)

        // Empty plots: gardens, ruins and cleared lots.
        var keep: [Rect] = []
        for r in plots where !rng.chance(emptyPlotShare) { keep.append(r) }
        plots = keep

        let corners = Set(plots.flatMap { r in
            [FramePoint(a: r.a0, c: r.c0), FramePoint(a: r.a1, c: r.c0),
             FramePoint(a: r.a1, c: r.c1), FramePoint(a: r.a0, c: r.c1)]
        })
        return plots.map { r in
            var frame: [FramePoint] = []
            // South side, west → east.
            frame.append(FramePoint(a: r.a0, c: r.c0))
            frame += corners.filter { $0.c == r.c0 && $0.a > r.a0 && $0.a < r.a1 }.sorted { $0.a < $1.a }
            // East side, south → north.
            frame.append(FramePoint(a: r.a1, c: r.c0))
            frame += corners.filter { $0.a == r.a1 && $0.c > r.c0 && $0.c < r.c1 }.sorted { $0.c < $1.c }
            // North side, east → west.
            frame.append(FramePoint(a: r.a1, c: r.c1))
            frame += corners.filter { $0.c == r.c1 && $0.a > r.a0 && $0.a < r.a1 }.sorted { $0.a > $1.a }
            // West side, north → south.
            frame.append(FramePoint(a: r.a0, c: r.c1))
            frame += corners.filter { $0.a == r.a0 && $0.c > r.c0 && $0.c < r.c1 }.sorted { $0.c > $1.c }
            var ring = frame.map { map(block, s: $0.a / depthM, t: $0.c / lengthM) }
            ring.append(ring[0])
            return Shape(ring: ring, onMainStreet: r.onMainStreet, hasYard: r.hasYard, hasDigitisingGap: r.hasGap)
        }
    }

    /// Aligns the wall positions of the plots that lie closer than `within` (see `snapping`).
    private static func align(_ plots: inout [Rect], within: Double, depthM: Double, lengthM: Double) {
        let snapA = snapping(plots.flatMap { [$0.a0, $0.a1] }, fixed: [0, depthM], within: within)
        let snapC = snapping(plots.flatMap { [$0.c0, $0.c1] }, fixed: [0, lengthM], within: within)
        for i in plots.indices {
            plots[i].a0 = snapA[plots[i].a0] ?? plots[i].a0; plots[i].a1 = snapA[plots[i].a1] ?? plots[i].a1
            plots[i].c0 = snapC[plots[i].c0] ?? plots[i].c0; plots[i].c1 = snapC[plots[i].c1] ?? plots[i].c1
        }
    }

    /// Maps each value to the representative of its cluster (values chained less than `within` apart): a fixed
    /// value (the block's edges) when the cluster holds one, else the smallest.
    static func snapping(_ values: [Double], fixed: [Double], within: Double) -> [Double: Double] {
        let sorted = Array(Set(values + fixed)).sorted()
        var out: [Double: Double] = [:]
        var cluster: [Double] = []
        func flush() {
            let rep = cluster.first { fixed.contains($0) } ?? cluster[0]
            for v in cluster { out[v] = rep }
            cluster = []
        }
        for v in sorted {
            if let last = cluster.last, v - last >= within { flush() }
            cluster.append(v)
        }
        if !cluster.isEmpty { flush() }
        return out
    }

    /// The bilinear map of the unit square onto the block.
    ///
    /// Not rounded: a T-junction corner then lies on the neighbour's wall to within ~1e-9 m. Rounding to the
    /// millimetre would move it up to 0.7 mm off the wall and open 1 mm slivers of overlap or gap; a writer may
    /// still round when it formats the coordinates. The same inputs give the same bits, so shared corners are
    /// identical in both rings.
    static func map(_ b: StreetGrid.Block, s: Double, t: Double) -> Point2D {
        let x = b.sw.x + s * (b.se.x - b.sw.x) + t * (b.nw.x - b.sw.x) + s * t * (b.ne.x - b.nw.x - b.se.x + b.sw.x)
        let y = b.sw.y + s * (b.se.y - b.sw.y) + t * (b.nw.y - b.sw.y) + s * t * (b.ne.y - b.nw.y - b.se.y + b.sw.y)
        return Point2D(x: x, y: y)
    }
}
