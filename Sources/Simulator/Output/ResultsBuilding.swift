import BuildingModel

/// A building as the results GeoPackage draws it: id, footprint (Lambert-93 metres), dwellings, and what the stock
/// said of it that a planner should see beside the results: its group, its real label and the attributes that were
/// defaulted.
public struct ResultsBuilding: Sendable, Hashable {
    public var id: String
    public var footprint: Polygon
    public var dwellings: Int
    /// The source's group of buildings (BDNB `batiment_groupe_id`).
    public var groupID: String?
    /// The real label the stock carries: class letter, method ("2012", "2021"), primary energy.
    public var observedClass: String?
    public var observedScale: String?
    public var observedPrimaryEnergyKWhPerM2: Double?
    /// Defaulted attributes, comma-separated `BuildingAttribute` names.
    public var defaulted: String
    /// p_a…p_g before works (`simulate --samples`), nil without Monte Carlo.
    public var classProbabilities: [Double]?

    public init(id: String, footprint: Polygon, dwellings: Int, groupID: String? = nil, observedClass: String? = nil,
                observedScale: String? = nil, observedPrimaryEnergyKWhPerM2: Double? = nil, defaulted: String = "",
                classProbabilities: [Double]? = nil) {
        self.id = id
        self.footprint = footprint
        self.dwellings = dwellings
        self.groupID = groupID
        self.observedClass = observedClass
        self.observedScale = observedScale
        self.observedPrimaryEnergyKWhPerM2 = observedPrimaryEnergyKWhPerM2
        self.defaulted = defaulted
        self.classProbabilities = classProbabilities
    }

    public init(_ building: Building) {
        self.init(id: building.id, footprint: building.footprint, dwellings: building.dwellings,
                  groupID: building.groupID, observedClass: building.observedLabel?.energyClass,
                  observedScale: building.observedLabel?.scale.rawValue,
                  observedPrimaryEnergyKWhPerM2: building.observedLabel?.primaryEnergyKWhPerM2,
                  defaulted: building.assumed.sorted().map(\.rawValue).joined(separator: ","))
    }
}
