/// A repaired footprint prepared once as Sendable values shared by every worker.
struct PreparedFootprint: Sendable {
    let id: String
    let heightM: Double
    let polygon: Polygon
    /// Exterior ring, then the holes; all closed, material on the left of each edge.
    let rings: [[Point2D]]
    let envelope: BoundingBox
    let areaM2: Double

    init(_ building: Building) {
        id = building.id
        heightM = max(0, building.heightM)
        polygon = building.footprint.normalized()
        rings = [polygon.exterior] + polygon.holes
        envelope = BoundingBox(points: polygon.exterior)
        areaM2 = polygon.areaM2
    }
}
