/// Checks a building footprint and repairs what can be repaired, or rejects it with a specific error.
///
/// In order, for every ring: non-finite coordinates → rejected; consecutive duplicate points → removed
/// (warning); unclosed ring → closed (warning); fewer than 4 points left → rejected for the exterior ring,
/// hole dropped (warning) for a hole. Then OGC validity (`GEOSisValid_r`): an invalid footprint (bow-tie,
/// self-intersection, hole outside the shell…) is repaired with `GEOSMakeValid_r`; when the repair splits it
/// into several polygons the largest is kept and the warning says so. The result is normalised (exterior
/// counter-clockwise, holes clockwise).
public enum FootprintRepair {
    /// A usable building and what was done to it.
    public struct Outcome: Sendable, Hashable {
        public var building: Building
        /// Human-readable repairs (empty when the footprint was already valid).
        public var warnings: [String]
    }

    /// Two points closer than this (metres) are duplicates.
    public static let duplicateToleranceM = 1e-9

    /// Repairs one building with a fresh GEOS context.
    public static func repair(_ building: Building) throws(GeometryError) -> Outcome {
        try repair(building, context: GEOSContext())
    }

    /// Repairs one building in `context`.
    static func repair(_ building: Building, context: GEOSContext) throws(GeometryError) -> Outcome {
        var warnings: [String] = []
        let id = building.id
        let exterior = try cleanRing(building.footprint.exterior, id: id, ring: .exterior, warnings: &warnings)
        var holes: [[Point2D]] = []
        for (i, hole) in building.footprint.holes.enumerated() {
            do throws(GeometryError) {
                holes.append(try cleanRing(hole, id: id, ring: .hole(i), warnings: &warnings))
            } catch {
                guard case .tooFewPoints(_, _, let count) = error else { throw error }
                warnings.append("hole \(i) has \(count) points after removing duplicates: hole dropped")
            }
        }
        var polygon = Polygon(exterior: exterior, holes: holes)
        let geometry = try GEOSGeometry(polygon: polygon, in: context)
        if try !geometry.isValid() {
            let reason = try geometry.validityReason()
            let parts = try geometry.makeValid().polygons().filter { $0.areaM2 > 0 }
            guard let largest = parts.max(by: { $0.areaM2 < $1.areaM2 }) else {
                throw .collapsed(buildingID: id, reason: reason)
            }
            var message = "invalid footprint (\(reason)) repaired with GEOSMakeValid_r"
            if parts.count > 1 {
                let total = parts.reduce(0) { $0 + $1.areaM2 }
                message += "; it split into \(parts.count) polygons, kept the largest "
                    + "(\(formatArea(largest.areaM2)) m² of \(formatArea(total)) m²)"
            }
            warnings.append(message)
            polygon = largest
        }
        var repaired = building
        repaired.footprint = polygon.normalized()
        return Outcome(building: repaired, warnings: warnings)
    }

    /// Repairs every building, in parallel chunks with one GEOS context per chunk. Rejected buildings are
    /// left out of `buildings` and reported in `diagnostics`, as are repairs; order follows the input.
    public static func repairAll(_ buildings: [Building], threads: Int = 1)
        -> (buildings: [Building], diagnostics: [GeometryDiagnostic])
    {
        let outcomes: [Result<Outcome, GeometryError>] = ParallelChunks.map(count: buildings.count, threads: threads) {
            range in
            let context: GEOSContext
            do throws(GeometryError) { context = try GEOSContext() } catch {
                return range.map { _ in .failure(error) }
            }
            return range.map { i in
                do throws(GeometryError) { return .success(try repair(buildings[i], context: context)) } catch {
                    return .failure(error)
                }
            }
        }
        var kept: [Building] = []
        var diagnostics: [GeometryDiagnostic] = []
        kept.reserveCapacity(buildings.count)
        for (i, outcome) in outcomes.enumerated() {
            switch outcome {
            case .success(let o):
                kept.append(o.building)
                diagnostics += o.warnings.map { .init(severity: .warning, buildingID: o.building.id, message: $0) }
            case .failure(let error):
                diagnostics.append(.init(severity: .rejected, buildingID: buildings[i].id, message: error.description))
            }
        }
        return (kept, diagnostics)
    }

    private static func cleanRing(
        _ ring: [Point2D], id: String, ring name: GeometryError.RingName, warnings: inout [String]
    ) throws(GeometryError) -> [Point2D] {
        for (i, p) in ring.enumerated() where !p.x.isFinite || !p.y.isFinite {
            throw .nonFiniteCoordinate(buildingID: id, ring: name, pointIndex: i)
        }
        var out: [Point2D] = []
        out.reserveCapacity(ring.count + 1)
        var removed = 0
        for p in ring {
            if let last = out.last, last.distance(to: p) <= duplicateToleranceM {
                removed += 1
            } else {
                out.append(p)
            }
        }
        // A closed ring's last point equals the first; an open one is closed here.
        if let first = out.first, let last = out.last, out.count > 1, first.distance(to: last) <= duplicateToleranceM {
            out[out.count - 1] = first
        } else if let first = out.first, out.count > 1 {
            out.append(first)
            warnings.append("\(name) was not closed: closed it")
        }
        if removed > 0 { warnings.append("\(name): removed \(removed) duplicate point(s)") }
        guard out.count >= 4 else { throw .tooFewPoints(buildingID: id, ring: name, pointCount: out.count) }
        return out
    }

    private static func formatArea(_ a: Double) -> String {
        let r = (a * 10).rounded() / 10
        return String(r)
    }
}
