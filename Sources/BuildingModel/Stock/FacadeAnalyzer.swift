import Foundation

/// Per-façade analysis of a set of footprints: party walls (with the neighbour's height), exposed wall area
/// per orientation, street or courtyard, and the obstruction in front of each exposed façade.
///
/// Method, per building and per edge of its normalised footprint (exterior counter-clockwise, then the
/// edges of its own holes, clockwise), with the outward normal of edge a→b = (dy, −dx)/length:
/// - **Neighbours** come from a GEOS STRtree (`GEOSSTRtree_query_r` by envelope grown by the tolerance);
///   never all pairs.
/// - **Party wall**: the part of the edge lying within `partyWallToleranceM` of a neighbour's edge that runs
///   the opposite way (angle ≤ `maxPartyWallAngleDeg`), measured across that edge and between its ends
///   (flat caps, see ``SegmentMath``), plus any part inside a neighbour's footprint (overlapping data).
///   The union of these parts is the shared length; where several neighbours cover a point the tallest counts.
/// - **Areas** (own height H, neighbour height h on each shared piece):
///   exposed = free length × H + Σ shared piece × max(0, H − h); party wall = length × H − exposed.
///   Per-edge shares: a partly shared edge is not split into sub-segments.
/// - **Context**: hole edges of the building itself face a courtyard. Other edges face a courtyard when a
///   probe point, `partyWallToleranceM + 0.05` m out from the middle of the edge's longest free part, lies in
///   a hole of its block: the union (`GEOSUnaryUnion_r`) of the footprints of the touching buildings
///   (within the tolerance), each buffered by the tolerance (`GEOSBufferWithStyle_r`, mitre joins) so that
///   digitising gaps do not open the yard. Everything else faces the street.
/// - **Obstruction**: a ray from the middle of the edge's longest free part along the outward normal, up to
///   `obstructionRangeM`; the nearest building edge it crosses (any building, the building's own other
///   wings included) gives the distance d and that building's height h_o. Horizon angle
///   = atan(max(0, h_o − H/2) / d), seen from mid-height of this façade (H/2 above ground: the middle of the
///   façade, where the average storey sits). Edges with no free part (fully shared, possibly exposed above a
///   lower neighbour, which looks over its roof) get no obstruction and a 0° horizon.
public enum FacadeAnalyzer {
    /// Analyses `buildings` (footprints repaired first with ``FootprintRepair``) on up to `threads` threads.
    /// The output does not depend on `threads`.
    /// - Complexity: O(n log n) for n buildings of bounded size and neighbour count.
    public static func analyze(
        _ buildings: [Building], options: FacadeOptions = FacadeOptions(), threads: Int = 1
    ) -> FacadeAnalysis {
        let repaired = FootprintRepair.repairAll(buildings, threads: threads)
        var diagnostics = repaired.diagnostics
        let prepared = repaired.buildings.map(PreparedFootprint.init)

        // Phase 1 (parallel): party walls, areas, obstruction, touching neighbours. Chunks take buildings in
        // Z-order so that each chunk's STRtree needs only the buildings near the chunk (within the search
        // margin); a query only ever returns buildings inside that margin, so results do not depend on chunking.
        let order = zOrder(prepared)
        let margin = max(options.partyWallToleranceM, options.obstructionRangeM) + 1
        let passesInOrder: [Result<BuildingPass, GeometryError>] = ParallelChunks.map(
            count: prepared.count, threads: threads
        ) { range in
            do throws(GeometryError) {
                let context = try GEOSContext()
                let tree = try STRtree(context: context)
                var region = prepared[order[range.lowerBound]].envelope
                for position in range {
                    let e = prepared[order[position]].envelope
                    region = BoundingBox(
                        minX: min(region.minX, e.minX), minY: min(region.minY, e.minY),
                        maxX: max(region.maxX, e.maxX), maxY: max(region.maxY, e.maxY))
                }
                region = region.expanded(by: margin)
                for (j, p) in prepared.enumerated() where p.envelope.intersects(region) {
                    try tree.insert(p.envelope, item: j)
                }
                return range.map { position in
                    let i = order[position]
                    do throws(GeometryError) {
                        return .success(try BuildingPass(building: i, of: prepared, tree: tree, options: options))
                    } catch {
                        return .failure(error)
                    }
                }
            } catch {
                return range.map { _ in .failure(error) }
            }
        }
        var passes = passesInOrder
        for (position, i) in order.enumerated() { passes[i] = passesInOrder[position] }

        // Phase 2 (serial): blocks = connected groups of touching buildings.
        let blocks = Blocks(passes: passes)

        // Phase 3 (parallel over blocks): enclosed yards of each block of two or more buildings.
        let tolerance = options.partyWallToleranceM
        let yards: [Result<[Yard], GeometryError>] = ParallelChunks.map(
            count: blocks.multiMemberBlocks.count, threads: threads
        ) { range in
            do throws(GeometryError) {
                let context = try GEOSContext()
                return range.map { b in
                    do throws(GeometryError) {
                        return .success(
                            try enclosedYards(
                                of: blocks.multiMemberBlocks[b].map { prepared[$0].polygon }, toleranceM: tolerance,
                                context: context))
                    } catch {
                        return .failure(error)
                    }
                }
            } catch {
                return range.map { _ in .failure(error) }
            }
        }

        // Phase 4 (serial, cheap): context of each segment, assembly in input order.
        var facades: [BuildingFacades] = []
        facades.reserveCapacity(prepared.count)
        for (b, result) in yards.enumerated() {
            if case .failure(let error) = result {
                let first = prepared[blocks.multiMemberBlocks[b][0]].id
                diagnostics.append(
                    GeometryDiagnostic(
                        severity: .warning, buildingID: first,
                        message: "courtyard detection failed for the block of this building (\(error)); "
                            + "its façades are all classed as street"))
            }
        }
        for (i, result) in passes.enumerated() {
            switch result {
            case .failure(let error):
                diagnostics.append(
                    GeometryDiagnostic(severity: .rejected, buildingID: prepared[i].id, message: error.description))
            case .success(let pass):
                let blockYards: [Yard] =
                    if let b = blocks.multiMemberBlockOf[i], case .success(let y) = yards[b] { y } else { [] }
                var segments = pass.segments
                for k in segments.indices where !pass.isHoleEdge[k] {
                    let probe = pass.probes[k]
                    let inYard = blockYards.contains { yard in
                        probe.x >= yard.envelope.minX && probe.x <= yard.envelope.maxX
                            && probe.y >= yard.envelope.minY && probe.y <= yard.envelope.maxY
                            && SegmentMath.ringContains(yard.ring, probe)
                    }
                    segments[k].context = inYard ? .courtyard : .street
                }
                facades.append(
                    BuildingFacades(buildingID: prepared[i].id, segments: segments, roofAreaM2: prepared[i].areaM2))
            }
        }
        return FacadeAnalysis(facades: facades, diagnostics: diagnostics)
    }

    /// Indices of the footprints sorted along a Z-order (Morton) curve of their envelope centres on a
    /// 2¹⁶ × 2¹⁶ grid over the whole extent: consecutive buildings are near each other.
    static func zOrder(_ footprints: [PreparedFootprint]) -> [Int] {
        guard let first = footprints.first else { return [] }
        var extent = first.envelope
        for f in footprints {
            extent = BoundingBox(
                minX: min(extent.minX, f.envelope.minX), minY: min(extent.minY, f.envelope.minY),
                maxX: max(extent.maxX, f.envelope.maxX), maxY: max(extent.maxY, f.envelope.maxY))
        }
        let scale = 65535 / max(extent.maxX - extent.minX, extent.maxY - extent.minY, 1e-9)
        func spread(_ v: UInt64) -> UInt64 {
            var x = v & 0xFFFF
            x = (x | (x << 8)) & 0x00FF_00FF
            x = (x | (x << 4)) & 0x0F0F_0F0F
            x = (x | (x << 2)) & 0x3333_3333
            x = (x | (x << 1)) & 0x5555_5555
            return x
        }
        let keys = footprints.map { f -> UInt64 in
            let cx = ((f.envelope.minX + f.envelope.maxX) / 2 - extent.minX) * scale
            let cy = ((f.envelope.minY + f.envelope.maxY) / 2 - extent.minY) * scale
            return spread(UInt64(max(0, min(65535, cx)))) | (spread(UInt64(max(0, min(65535, cy)))) << 1)
        }
        return footprints.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    /// Holes of the union of the footprints buffered by `toleranceM` (mitre joins keep square corners square).
    static func enclosedYards(of footprints: [Polygon], toleranceM: Double, context: GEOSContext)
        throws(GeometryError) -> [Yard]
    {
        var buffered: [GEOSGeometry] = []
        buffered.reserveCapacity(footprints.count)
        for f in footprints {
            buffered.append(
                try GEOSGeometry(polygon: f, in: context).buffer(toleranceM, quadrantSegments: 2, join: .mitre))
        }
        let union = try GEOSGeometry(collectionOf: buffered, in: context).unaryUnion()
        return try union.polygons().flatMap { $0.holes.map { Yard(ring: $0, envelope: BoundingBox(points: $0)) } }
    }
}
