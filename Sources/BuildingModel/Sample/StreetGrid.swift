/// The street grid of the synthetic district: north–south streets (the boulevard Gambetta kerb on the west,
/// a main street, narrow lanes) crossed by narrow streets running down to the river, with jittered crossings so
/// that blocks are irregular quadrilaterals.
///
/// Street centrelines meet at nodes `(line i, cross street j)`; each node is jittered once (±2.5 m across,
/// ±4 m along) from a sub-stream keyed by `(i, j)`, so the two blocks on either side of a street see the same
/// node and the street keeps its width. Blocks never touch: each is bounded by kerbs at least 3 m from the
/// kerb of its neighbour.
struct StreetGrid {
    /// One north–south street centreline (or the district's west kerb for line 0).
    struct Line {
        var x: Double
        /// Street width, metres (0 for the west kerb: the boulevard lies outside the district).
        var widthM: Double
        /// Whether shops line it (the boulevard Gambetta and the main street).
        var isMain: Bool
    }

    /// One cross street (or the south/north limit).
    struct Cross {
        var y: Double
        var widthM: Double
        /// A district limit: no jitter, no width.
        var isLimit: Bool
    }

    /// A block: a quadrilateral between two north–south lines and two cross streets.
    struct Block {
        var row: Int
        var column: Int
        var sw: Point2D, se: Point2D, ne: Point2D, nw: Point2D
        var westIsMain: Bool
        var eastIsMain: Bool
        /// The east side faces the riverside quay rather than a street.
        var eastIsQuay: Bool
    }

    /// Nominal block depth across (west–east), metres.
    static let blockDepthRangeM = 30.0...52.0
    /// Block length along (south–north) between cross streets, metres.
    static let blockLengthRangeM = 46.0...80.0
    /// Width of the narrow north–south lanes, metres.
    static let laneWidthRangeM = 3.5...5.5
    /// Width of the main north–south street, metres.
    static let mainStreetWidthM = 6.0
    /// Width of the cross streets, metres (issue 7: 3–6 m).
    static let crossStreetWidthRangeM = 3.0...6.0
    /// Distance of the main street from the boulevard Gambetta, metres.
    static let mainStreetOffsetM = 160.0
    /// Node jitter, metres.
    static let jitterAcrossM = 2.5
    static let jitterAlongM = 4.0
    /// Share of blocks left without synthetic buildings: squares, gardens, churches, schools, the covered market.
    static let openBlockShare = 0.07
    /// Blocks narrower than this (after the quay cut) are left as open ground.
    static let minimumBlockDepthM = 12.0

    let district: CahorsDistrict
    let seed: UInt64
    let lines: [Line]

    init(district: CahorsDistrict, seed: UInt64) {
        self.district = district
        self.seed = seed
        var rng = SplitMix64.derived(seed: seed, key: 1)
        var maxQuay = -Double.infinity
        for p in district.riverBank { maxQuay = max(maxQuay, p.x - district.quaySetbackM) }
        var lines = [Line(x: district.westEdgeX, widthM: 0, isMain: true)]
        var mainPlaced = false
        while true {
            let last = lines[lines.count - 1]
            let depth = rng.uniform(Self.blockDepthRangeM.lowerBound, Self.blockDepthRangeM.upperBound)
            var width = rng.uniform(Self.laneWidthRangeM.lowerBound, Self.laneWidthRangeM.upperBound)
            var x = last.x + last.widthM / 2 + depth + width / 2
            var isMain = false
            if !mainPlaced, x - district.westEdgeX >= Self.mainStreetOffsetM - Self.blockDepthRangeM.lowerBound / 2 {
                width = Self.mainStreetWidthM
                x = last.x + last.widthM / 2 + depth + width / 2
                isMain = true
                mainPlaced = true
            }
            lines.append(Line(x: x, widthM: width, isMain: isMain))
            if x - width / 2 > maxQuay { break }
        }
        self.lines = lines
    }

    /// Cross street `j` (0 = the south limit). `northLimit` ends the district at `district.northY`.
    func cross(_ j: Int, previous: Cross?, northLimit: Bool) -> Cross {
        guard let previous else { return Cross(y: district.southY, widthM: 0, isLimit: true) }
        var rng = SplitMix64.derived(seed: seed, key: 1_000 + UInt64(j))
        let length = rng.uniform(Self.blockLengthRangeM.lowerBound, Self.blockLengthRangeM.upperBound)
        let width = rng.uniform(Self.crossStreetWidthRangeM.lowerBound, Self.crossStreetWidthRangeM.upperBound)
        let y = previous.y + previous.widthM / 2 + length + width / 2
        if northLimit, y + width / 2 + Self.blockLengthRangeM.lowerBound * 0.6 > district.northY {
            return Cross(y: district.northY, widthM: 0, isLimit: true)
        }
        return Cross(y: y, widthM: width, isLimit: false)
    }

    /// The jittered node where line `i` meets cross street `j`.
    func node(line i: Int, cross j: Int, _ c: Cross) -> Point2D {
        var rng = SplitMix64.derived(seed: seed, key: (UInt64(i) << 32) | UInt64(j) | (1 << 62))
        let dx = i == 0 ? 0 : rng.uniform(-Self.jitterAcrossM, Self.jitterAcrossM)
        let dy = c.isLimit ? 0 : rng.uniform(-Self.jitterAlongM, Self.jitterAlongM)
        return Point2D(x: lines[i].x + dx, y: c.y + dy)
    }

    /// The blocks of the row between cross streets `j` (south) and `j + 1` (north), west to east.
    func blocks(row j: Int, south: Cross, north: Cross) -> [Block] {
        var out: [Block] = []
        for c in 0..<(lines.count - 1) {
            let w = lines[c], e = lines[c + 1]
            let nSW = node(line: c, cross: j, south), nNW = node(line: c, cross: j + 1, north)
            let nSE = node(line: c + 1, cross: j, south), nNE = node(line: c + 1, cross: j + 1, north)
            let sw = Point2D(x: nSW.x + w.widthM / 2, y: nSW.y + south.widthM / 2)
            let nw = Point2D(x: nNW.x + w.widthM / 2, y: nNW.y - north.widthM / 2)
            var se = Point2D(x: nSE.x - e.widthM / 2, y: nSE.y + south.widthM / 2)
            var ne = Point2D(x: nNE.x - e.widthM / 2, y: nNE.y - north.widthM / 2)
            var eastIsQuay = false
            let quaySE = district.quayX(atY: se.y), quayNE = district.quayX(atY: ne.y)
            if se.x > quaySE || ne.x > quayNE {
                se.x = min(se.x, quaySE)
                ne.x = min(ne.x, quayNE)
                eastIsQuay = true
            }
            if se.x - sw.x < Self.minimumBlockDepthM || ne.x - nw.x < Self.minimumBlockDepthM { continue }
            var rng = SplitMix64.derived(seed: seed, key: 3_000_000 + UInt64(j) * 1_000 + UInt64(c))
            if rng.chance(Self.openBlockShare) { continue }
            out.append(Block(row: j, column: c, sw: sw, se: se, ne: ne, nw: nw,
                             westIsMain: w.isMain, eastIsMain: e.isMain && !eastIsQuay, eastIsQuay: eastIsQuay))
        }
        return out
    }
}
