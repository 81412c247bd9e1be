/// An axis-aligned bounding box in metres: the Sendable index data prepared once and shared by all workers.
public struct BoundingBox: Sendable, Hashable, Codable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The box of a set of points (an empty box at the origin when there are none).
    public init(points: some Sequence<Point2D>) {
        var e = BoundingBox(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
        for p in points {
            e.minX = Swift.min(e.minX, p.x); e.minY = Swift.min(e.minY, p.y)
            e.maxX = Swift.max(e.maxX, p.x); e.maxY = Swift.max(e.maxY, p.y)
        }
        self = e.minX <= e.maxX ? e : BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0)
    }

    /// The box grown by `margin` metres on every side.
    public func expanded(by margin: Double) -> BoundingBox {
        BoundingBox(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
    }

    public func intersects(_ other: BoundingBox) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }
}
