import BuildingModel

/// One building as the report shows it: footprint for the map, dwellings for the counts, class before works.
public struct ReportBuilding: Sendable, Hashable, Codable {
    /// Stable identifier from the stock (shown as is, escaped).
    public var id: String
    /// Footprint in metres, Lambert-93 (EPSG:2154).
    public var footprint: Polygon
    /// Number of dwellings (0 for a non-residential building: drawn on the map, absent from dwelling counts).
    public var dwellings: Int
    /// Floor area, m², that `primaryEnergy…PerM2Year` figures are per; weights the district mean primary energy.
    public var floorAreaM2: Double
    /// DPE class of the building today.
    public var classBefore: DPEClass
    /// Primary energy today, kWh/(m²·year), when known: gives the "current state" point of the scatter.
    public var primaryEnergyBeforeKWhPerM2Year: Double?

    public init(
        id: String, footprint: Polygon, dwellings: Int, floorAreaM2: Double, classBefore: DPEClass,
        primaryEnergyBeforeKWhPerM2Year: Double? = nil
    ) {
        self.id = id
        self.footprint = footprint
        self.dwellings = dwellings
        self.floorAreaM2 = floorAreaM2
        self.classBefore = classBefore
        self.primaryEnergyBeforeKWhPerM2Year = primaryEnergyBeforeKWhPerM2Year
    }
}
