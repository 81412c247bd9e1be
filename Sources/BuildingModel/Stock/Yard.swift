/// An enclosed yard of a block: a hole of the buffered union of its footprints (shrunk by the tolerance).
struct Yard: Sendable {
    let ring: [Point2D]
    let envelope: BoundingBox
}
