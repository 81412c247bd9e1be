import BuildingModel

/// A building as the results GeoPackage draws it: id, footprint (Lambert-93 metres) and dwellings.
public struct ResultsBuilding: Sendable, Hashable {
    public var id: String
    public var footprint: Polygon
    public var dwellings: Int

    public init(id: String, footprint: Polygon, dwellings: Int) {
        self.id = id
        self.footprint = footprint
        self.dwellings = dwellings
    }

    public init(_ building: Building) {
        self.init(id: building.id, footprint: building.footprint, dwellings: building.dwellings)
    }
}
