import CPROJ

/// Transforms coordinates between two CRSs with PROJ, axis order normalised to x = easting / longitude,
/// y = northing / latitude.
///
/// Wraps `proj_create_crs_to_crs` + `proj_normalize_for_visualization` and transforms batches with
/// `proj_trans_generic`. Creating one costs ≈ 5 ms (context + operation lookup in proj.db): make one per
/// file or per worker, not per point. Identity transforms (same CRS) skip PROJ entirely.
///
/// Not `Sendable` (see below): each thread makes its own.
public final class CoordinateTransformer {
    public let source: CRSReference
    public let target: CRSReference
    /// nil for the identity.
    private let operation: PROJObject?

    /// - Throws: `PROJError` when either CRS is unknown or no operation links them.
    public init(from source: CRSReference, to target: CRSReference) throws(PROJError) {
        self.source = source
        self.target = target
        if source == target { operation = nil; return }
        let ctx = try PROJContext()
        let raw = try PROJObject(
            context: ctx, handle: proj_create_crs_to_crs(ctx.handle, source.projDefinition, target.projDefinition, nil),
            creating: "transformation \(source) → \(target)")
        operation = try PROJObject(
            context: ctx, handle: proj_normalize_for_visualization(ctx.handle, raw.handle),
            creating: "normalised transformation \(source) → \(target)")
    }

    public convenience init(fromEPSG: Int, toEPSG: Int) throws(PROJError) {
        try self.init(from: .epsg(fromEPSG), to: .epsg(toEPSG))
    }

    /// Whether this transformer leaves coordinates unchanged.
    public var isIdentity: Bool { operation == nil }

    /// Transforms points in place with one `proj_trans_generic` call.
    /// - Complexity: O(n).
    public func transform(_ points: inout [Point2D]) throws(PROJError) {
        guard let operation, !points.isEmpty else { return }
        let n = points.count
        let original = points
        let stride = MemoryLayout<Point2D>.stride
        let transformed: Int = points.withUnsafeMutableBytes { raw in
            // Point2D is two Doubles (x, y) laid out contiguously: x at offset 0, y at offset 8, stride 16.
            let base = raw.baseAddress!.assumingMemoryBound(to: Double.self)
            return proj_trans_generic(operation.handle, PJ_FWD, base, stride, n, base + 1, stride, n, nil, 0, 0, nil, 0, 0)
        }
        // PROJ marks a point it cannot transform with HUGE_VAL (infinity).
        let failed = points.firstIndex { !$0.x.isFinite || !$0.y.isFinite }
        if failed != nil || transformed != n {
            let message = operation.context.lastError()?.message ?? "point outside the domain of the transformation"
            let point = failed.map { original[$0] } ?? points[0]
            throw PROJError.transformFailed(from: source.description, to: target.description, point: point, message: message)
        }
    }

    /// The transformed points.
    public func transform(_ points: [Point2D]) throws(PROJError) -> [Point2D] {
        var out = points
        try transform(&out)
        return out
    }

    /// Transforms every ring of a polygon (one PROJ call for all rings).
    public func transform(_ polygon: Polygon) throws(PROJError) -> Polygon {
        guard !isIdentity else { return polygon }
        var all = polygon.exterior
        for h in polygon.holes { all.append(contentsOf: h) }
        try transform(&all)
        var offset = polygon.exterior.count
        let ext = Array(all[0..<offset])
        var holes: [[Point2D]] = []
        for h in polygon.holes {
            holes.append(Array(all[offset..<(offset + h.count)]))
            offset += h.count
        }
        return Polygon(exterior: ext, holes: holes)
    }

    /// Transforms any feature geometry.
    public func transform(_ geometry: FeatureGeometry) throws(PROJError) -> FeatureGeometry {
        guard !isIdentity else { return geometry }
        switch geometry {
        case .point(let p): return .point(try transform([p])[0])
        case .lineString(let ps): return .lineString(try transform(ps))
        case .polygon(let p): return .polygon(try transform(p))
        case .multiPolygon(let ps):
            var out: [Polygon] = []
            out.reserveCapacity(ps.count)
            for p in ps { out.append(try transform(p)) }
            return .multiPolygon(out)
        }
    }
}

/// Not `Sendable`: it owns a PROJ context, which must stay on one thread.
@available(*, unavailable) extension CoordinateTransformer: Sendable {}
