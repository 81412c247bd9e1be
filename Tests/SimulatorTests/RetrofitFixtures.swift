import BuildingModel
@testable import Simulator

/// A narrow terraced town house like those of Cahors: street façade to the south, courtyard façade to the north,
/// party walls east (neighbour as tall) and west (neighbour lower).
enum RetrofitFixtures {
    static func terracedHouse(
        id: String = "46042000AB0001", widthM: Double = 6, depthM: Double = 10, storeys: Int = 3,
        storeyHeightM: Double = 3, wall: WallMaterial = .stoneRubble, wallThicknessM: Double = 0.6,
        windowToWallRatio: Double = 0.2, heating: HeatingSystem = .electricConvector,
        period: ConstructionPeriod = .before1915, dwellings: Int = 3, westNeighbourHeightM: Double = 6
    ) -> (Building, BuildingFacades) {
        let h = Double(storeys) * storeyHeightM
        let p = [Point2D(x: 0, y: 0), Point2D(x: widthM, y: 0), Point2D(x: widthM, y: depthM), Point2D(x: 0, y: depthM)]
        let b = Building(id: id, footprint: Polygon(exterior: p), heightM: h, storeys: storeys, period: period,
                         wallMaterial: wall, wallThicknessM: wallThicknessM, windowToWallRatio: windowToWallRatio,
                         heating: heating, dwellings: dwellings)
        let westExposed = depthM * max(0, h - westNeighbourHeightM)
        let segs = [
            FacadeSegment(buildingID: id, index: 0, start: p[0], end: p[1], lengthM: widthM, azimuthDeg: 180,
                          partyWallShare: 0, neighbourHeightM: nil, exposedAreaM2: widthM * h, partyWallAreaM2: 0,
                          context: .street, obstructionDistanceM: 5, obstructionHeightM: 9, horizonAngleDeg: 35),
            FacadeSegment(buildingID: id, index: 1, start: p[1], end: p[2], lengthM: depthM, azimuthDeg: 90,
                          partyWallShare: 1, neighbourHeightM: h, exposedAreaM2: 0, partyWallAreaM2: depthM * h,
                          context: .courtyard, obstructionDistanceM: nil, obstructionHeightM: nil, horizonAngleDeg: 0),
            FacadeSegment(buildingID: id, index: 2, start: p[2], end: p[3], lengthM: widthM, azimuthDeg: 0,
                          partyWallShare: 0, neighbourHeightM: nil, exposedAreaM2: widthM * h, partyWallAreaM2: 0,
                          context: .courtyard, obstructionDistanceM: 8, obstructionHeightM: 6, horizonAngleDeg: 20),
            FacadeSegment(buildingID: id, index: 3, start: p[3], end: p[0], lengthM: depthM, azimuthDeg: 270,
                          partyWallShare: 1, neighbourHeightM: westNeighbourHeightM, exposedAreaM2: westExposed,
                          partyWallAreaM2: depthM * min(h, westNeighbourHeightM), context: .courtyard,
                          obstructionDistanceM: nil, obstructionHeightM: nil, horizonAngleDeg: 0),
        ]
        return (b, BuildingFacades(buildingID: id, segments: segs, roofAreaM2: widthM * depthM))
    }

    /// Verdicts of a protected centre (domain.md §3): external insulation, PVC windows and outdoor units forbidden
    /// on the street, external insulation conditional in the courtyard, wooden windows conditional everywhere.
    static let protectedCentre = ClosureVerdictProvider { kind, facade in
        switch (kind, facade?.context) {
        case (.externalWallInsulation, .street?): .forbidden("street façade in the PSMV")
        case (.externalWallInsulation, _): .conditional(["lime render, approved colour"])
        case (.windowReplacementPVC, _): .forbidden("PVC profiles")
        case (.windowReplacementWood, _): .conditional(["same profiles and glazing bars"])
        case (.heatPumpOutdoorUnit, .street?): .forbidden("visible from the street")
        case (.heatPumpOutdoorUnit, _): .conditional(["screened, hidden from public space"])
        default: .allowed
        }
    }

    static func bundled() throws -> (MeasureCatalogue, ScenarioSet) {
        let c = try MeasureCatalogue.bundled()
        return (c, try ScenarioSet.bundled(catalogue: c))
    }
}
