import Testing
@testable import BuildingModel

@Suite struct PolygonTests {
    let square = Polygon(exterior: [
        Point2D(x: 0, y: 0), Point2D(x: 0, y: 10), Point2D(x: 10, y: 10), Point2D(x: 10, y: 0), Point2D(x: 0, y: 0),
    ])

    @Test func areaAndPerimeterOfASquare() {
        #expect(square.areaM2 == 100)
        #expect(square.perimeterM == 40)
    }

    @Test func normalizedIsCounterClockwise() {
        #expect(Polygon.signedArea(of: square.exterior) < 0)
        #expect(Polygon.signedArea(of: square.normalized().exterior) == 100)
    }

    @Test(arguments: [(0.0, Orientation.north), (44.9, .northEast), (180, .south), (-10, .north), (292.6, .northWest)])
    func orientationSectors(azimuth: Double, expected: Orientation) {
        #expect(Orientation(azimuthDeg: azimuth) == expected)
    }
}
