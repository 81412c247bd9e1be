@testable import BuildingModel

/// Small hand-made footprints for the façade tests.
enum FacadeFixtures {
    static func building(_ id: String, _ ring: [(Double, Double)], heightM: Double = 9, holes: [[(Double, Double)]] = [])
        -> Building
    {
        func closed(_ r: [(Double, Double)]) -> [Point2D] {
            let pts = r.map { Point2D(x: $0.0, y: $0.1) }
            return pts + [pts[0]]
        }
        return Building(
            id: id, footprint: Polygon(exterior: closed(ring), holes: holes.map(closed)), heightM: heightM,
            storeys: max(1, Int(heightM / 3)), period: .before1915, wallMaterial: .stoneRubble, wallThicknessM: 0.5)
    }

    /// Axis-aligned rectangle [x0, x1] × [y0, y1], listed counter-clockwise.
    static func rect(_ id: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, heightM: Double = 9)
        -> Building
    {
        building(id, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)], heightM: heightM)
    }

    static func facades(_ analysis: FacadeAnalysis, _ id: String) -> BuildingFacades {
        analysis.facades.first { $0.buildingID == id }!
    }

    /// The segments of a building whose outward normal points to `orientation`.
    static func facing(_ f: BuildingFacades, _ orientation: Orientation) -> [FacadeSegment] {
        f.segments.filter { $0.orientation == orientation }
    }

    /// Party-wall length of a building, metres.
    static func partyWallLengthM(_ f: BuildingFacades) -> Double {
        f.segments.reduce(0) { $0 + $1.lengthM * $1.partyWallShare }
    }

    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }
}
