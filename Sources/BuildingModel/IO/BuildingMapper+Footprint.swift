import Foundation

/// Footprint checks of the stock reader: one polygon per building, rings closed with at least 4 points.
extension BuildingMapper {
    // MARK: Footprint

    mutating func footprint() throws(BuildingRejection) -> Polygon {
        if let why = feature.unreadable["geometry"] { throw BuildingRejection(message: "geometry: \(why)") }
        guard let g = feature.geometry else {
            throw BuildingRejection(message: "geometry: missing, expected a Polygon or MultiPolygon")
        }
        var polygon: Polygon
        switch g {
        case .point: throw BuildingRejection(message: "geometry: Point, expected a Polygon or MultiPolygon")
        case .lineString: throw BuildingRejection(message: "geometry: LineString, expected a Polygon or MultiPolygon")
        case .polygon(let p):
            try Self.checkSize([p])
            polygon = p
        case .multiPolygon(let parts):
            try Self.checkSize(parts)
            polygon = try singlePart(parts)
        }
        polygon.exterior = try checkedRing(polygon.exterior, what: "exterior ring")
        polygon.holes = polygon.holes.enumerated().compactMap { i, hole in
            do throws(BuildingRejection) { return try checkedRing(hole, what: "hole \(i + 1)") } catch {
                warnings.append("\(error.message): the hole is ignored")
                return nil
            }
        }
        guard polygon.areaM2 > 0 else {
            throw BuildingRejection(message: "geometry: footprint area is 0 m², expected a polygon with an area")
        }
        guard polygon.areaM2 <= InputLimits.footprintAreaM2 else {
            throw BuildingRejection(message: "geometry: footprint of \(Int(polygon.areaM2.rounded(.down).clamped(to: 0...9e15))) m², "
                                    + "more than the \(Int(InputLimits.footprintAreaM2)) m² a building may cover")
        }
        if let repair = options.repairFootprint {
            guard let repaired = repair(polygon) else {
                throw BuildingRejection(message: "geometry: invalid footprint that could not be repaired")
            }
            polygon = repaired
        }
        return polygon.normalized()
    }

    /// Refuses a footprint beyond `InputLimits.holes` or `InputLimits.vertices` (a broken geometry, and the
    /// façade analysis would take minutes on it).
    static func checkSize(_ parts: [Polygon]) throws(BuildingRejection) {
        let holes = parts.reduce(0) { $0 + $1.holes.count }
        let vertices = parts.reduce(0) { $0 + $1.exterior.count + $1.holes.reduce(0) { $0 + $1.count } }
        if holes > InputLimits.holes.upperBound {
            throw BuildingRejection(message: "geometry: \(holes) holes, more than the \(InputLimits.holes.upperBound) a footprint may have")
        }
        if vertices > InputLimits.vertices.upperBound {
            throw BuildingRejection(message: "geometry: \(vertices) vertices, more than the \(InputLimits.vertices.upperBound) a footprint may have")
        }
    }

    /// A ring with at least 4 points, closed if it was not (with a warning).
    mutating func checkedRing(_ ring: [Point2D], what: String) throws(BuildingRejection) -> [Point2D] {
        var r = ring
        if let f = r.first, r.count >= 3, f != r.last {
            r.append(f)
            warnings.append("geometry: \(what) was not closed: closed it")
        }
        guard r.count >= 4 else {
            throw BuildingRejection(message: "geometry: \(what) has \(ring.count) point\(ring.count == 1 ? "" : "s"), expected at least 4")
        }
        return r
    }

    /// The polygon kept for a MultiPolygon: its only part; the merge of touching parts when the
    /// `mergeTouchingParts` hook gives one; else the largest part, with a warning naming the dropped area.
    mutating func singlePart(_ parts: [Polygon]) throws(BuildingRejection) -> Polygon {
        guard let largest = parts.max(by: { $0.areaM2 < $1.areaM2 }) else {
            throw BuildingRejection(message: "geometry: empty MultiPolygon")
        }
        guard parts.count > 1 else { return largest }
        let touching = Self.partsTouch(parts, toleranceM: options.touchToleranceM)
        if touching, let merge = options.mergeTouchingParts, let merged = merge(parts) {
            warnings.append("geometry: MultiPolygon with \(parts.count) touching parts: merged")
            return merged
        }
        let total = parts.reduce(0) { $0 + $1.areaM2 }
        let dropped = total - largest.areaM2
        let share = total > 0 ? dropped / total * 100 : 0
        func f(_ x: Double) -> String { String(format: "%.1f", x) }
        warnings.append(
            "geometry: MultiPolygon with \(parts.count) \(touching ? "touching" : "separate") parts: kept the largest "
            + "(\(f(largest.areaM2)) m²), dropped \(parts.count - 1) part\(parts.count == 2 ? "" : "s") of \(f(dropped)) m² "
            + "(\(f(share)) % of the area)")
        return largest
    }

    /// Whether every part is within `toleranceM` of another part (a vertex of one near an edge of the other).
    /// - Complexity: O(n²) in the total vertex count; MultiPolygon footprints are small.
    static func partsTouch(_ parts: [Polygon], toleranceM: Double) -> Bool {
        func near(_ a: Polygon, _ b: Polygon) -> Bool {
            for p in a.exterior {
                for i in 0..<max(b.exterior.count - 1, 0) where distance(p, b.exterior[i], b.exterior[i + 1]) <= toleranceM {
                    return true
                }
            }
            return false
        }
        return parts.indices.allSatisfy { i in
            parts.indices.contains { j in j != i && (near(parts[i], parts[j]) || near(parts[j], parts[i])) }
        }
    }

    /// Distance from `p` to the segment a–b, computed relative to `a` (Lambert-93 coordinates are large).
    static func distance(_ p: Point2D, _ a: Point2D, _ b: Point2D) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y, px = p.x - a.x, py = p.y - a.y
        let len2 = dx * dx + dy * dy
        let t = len2 > 0 ? min(max((px * dx + py * dy) / len2, 0), 1) : 0
        let ex = px - t * dx, ey = py - t * dy
        return (ex * ex + ey * ey).squareRoot()
    }
}
