import Testing

@testable import BuildingModel

@Suite struct GEOSWrapperTests {
    let square = Polygon(exterior: [
        Point2D(x: 0, y: 0), Point2D(x: 10, y: 0), Point2D(x: 10, y: 10), Point2D(x: 0, y: 10), Point2D(x: 0, y: 0),
    ])

    @Test func polygonRoundTripAndMeasures() throws {
        let context = try GEOSContext()
        let g = try GEOSGeometry(polygon: square, in: context)
        #expect(try g.polygons() == [square])
        #expect(try g.area() == 100)
        #expect(try g.length() == 40)
        #expect(g.envelope == BoundingBox(minX: 0, minY: 0, maxX: 10, maxY: 10))
        #expect(try g.isValid())
    }

    @Test func partyWallByBoundaryIntersection() throws {
        // recipes.md: a 5 cm gap gives 0 with the exact form, ≈ the wall with buffer(boundary, tol) ∩ boundary.
        let context = try GEOSContext()
        let a = try GEOSGeometry(polygon: square, in: context)
        let shifted = Polygon(exterior: square.exterior.map { Point2D(x: $0.x + 10.05, y: $0.y) })
        let b = try GEOSGeometry(polygon: shifted, in: context)
        #expect(try a.boundary().intersection(b.boundary()).length() == 0)
        let shared = try a.boundary().buffer(0.1, cap: .flat).intersection(b.boundary()).length()
        #expect(abs(shared - 10) < 0.2)
        #expect(try !a.intersects(b))
        #expect(abs(try a.distance(to: b) - 0.05) < 1e-12)
    }

    @Test func lineStringsAndPoints() throws {
        let context = try GEOSContext()
        let segments = try GEOSGeometry(
            segments: [(Point2D(x: 0, y: 0), Point2D(x: 3, y: 4)), (Point2D(x: 10, y: 0), Point2D(x: 10, y: 2))],
            in: context)
        #expect(try segments.length() == 7)
        #expect(try segments.lineStrings().count == 2)
        let p = try GEOSGeometry(point: Point2D(x: 5, y: 5), in: context)
        #expect(try p.point() == Point2D(x: 5, y: 5))
        #expect(try GEOSGeometry(polygon: square, in: context).contains(p))
    }

    @Test func geosErrorBecomesATypedErrorWithTheMessage() throws {
        let context = try GEOSContext()
        // A two-point linear ring is refused by GEOS; the handler's message is carried in the error.
        let bad = Polygon(exterior: [Point2D(x: 0, y: 0), Point2D(x: 1, y: 1)])
        #expect {
            _ = try GEOSGeometry(polygon: bad, in: context)
        } throws: { error in
            guard case .geosFailure(let function, let message) = error as? GeometryError else { return false }
            return function == "GEOSGeom_createLinearRing_r" && !message.isEmpty
        }
    }

    @Test func strTreeFindsItemsByEnvelope() throws {
        let context = try GEOSContext()
        let tree = try STRtree(context: context)
        for i in 0..<100 {
            let x = Double(i % 10) * 10, y = Double(i / 10) * 10
            try tree.insert(BoundingBox(minX: x, minY: y, maxX: x + 5, maxY: y + 5), item: i)
        }
        #expect(try tree.query(BoundingBox(minX: 12, minY: 12, maxX: 13, maxY: 13)) == [11])
        #expect(try tree.query(BoundingBox(minX: 4, minY: 4, maxX: 11, maxY: 11)) == [0, 1, 10, 11])
        #expect(try tree.query(BoundingBox(minX: 6, minY: 6, maxX: 9, maxY: 9)).isEmpty)
    }

    @Test func makeValidSplitsABowTie() throws {
        let context = try GEOSContext()
        let bowTie = Polygon(exterior: [
            Point2D(x: 0, y: 0), Point2D(x: 10, y: 10), Point2D(x: 10, y: 0), Point2D(x: 0, y: 10), Point2D(x: 0, y: 0),
        ])
        let g = try GEOSGeometry(polygon: bowTie, in: context)
        #expect(try !g.isValid())
        #expect(try g.validityReason().hasPrefix("Self-intersection"))
        let parts = try g.makeValid().polygons()
        #expect(parts.count == 2)
        #expect(parts.allSatisfy { abs($0.areaM2 - 25) < 1e-9 })
    }
}
