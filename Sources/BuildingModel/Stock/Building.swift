/// One building of the stock, with its footprint in a metric CRS and the attributes the simulator needs.
///
/// Every attribute that was not read from the source but filled with a documented default is listed in
/// `assumed`, so a user can tell measured from assumed values.
public struct Building: Sendable, Hashable, Codable, Identifiable {
    /// Stable identifier from the source (BDNB `batiment_construction_id`, BD TOPO `cleabs`, OSM id…).
    public var id: String
    /// Footprint in metres (Lambert-93 for France), exterior counter-clockwise.
    public var footprint: Polygon
    /// Height from ground to eaves, metres.
    public var heightM: Double
    /// Number of storeys above ground (≥ 1).
    public var storeys: Int
    /// Construction year when known.
    public var constructionYear: Int?
    public var period: ConstructionPeriod
    public var wallMaterial: WallMaterial
    /// Wall thickness, metres.
    public var wallThicknessM: Double
    public var roof: RoofKind
    /// What the ground storey stands on (default: on the ground).
    public var groundFloor: GroundFloorKind
    /// Air permeability at 4 Pa, m³/h per m² of envelope (walls, windows, roof), when the source gives it (a
    /// blower-door test, a DPE's measured Q4Pa); nil = the 3CL default of the period and the dwellings.
    public var airPermeabilityQ4PaM3PerHM2: Double?
    public var windows: WindowKind
    /// Glazed share of the exposed façade area (0–1).
    public var windowToWallRatio: Double
    public var heating: HeatingSystem
    /// Number of dwellings (0 for a non-residential or fully vacant building).
    public var dwellings: Int
    /// Whether the building is vacant.
    public var isVacant: Bool
    /// Attributes filled with defaults rather than read from the source.
    public var assumed: Set<BuildingAttribute>
    /// The source's group of buildings (BDNB `batiment_groupe_id`: the buildings of one property), when given.
    public var groupID: String?
    /// What the building is used for, when the source says.
    public var use: BuildingUse?
    /// Habitable floor area over all dwellings, m², when the source gives it (else derived from the gross area).
    public var habitableAreaM2: Double?
    /// The boiler's technology, for a boiler heating whose source names it.
    public var boiler: BoilerType?
    /// How the hot water is made, when the source says.
    public var hotWater: HotWaterSystem?
    /// A real DPE label the source carries.
    public var observedLabel: ObservedLabel?
    /// Metered yearly consumptions, when the source carries them.
    public var metered: MeteredConsumption?

    public init(
        id: String, footprint: Polygon, heightM: Double, storeys: Int, constructionYear: Int? = nil,
        period: ConstructionPeriod, wallMaterial: WallMaterial, wallThicknessM: Double,
        roof: RoofKind = .pitchedUninsulated, groundFloor: GroundFloorKind = .onGround,
        airPermeabilityQ4PaM3PerHM2: Double? = nil, windows: WindowKind = .woodSingle, windowToWallRatio: Double = 0.2,
        heating: HeatingSystem = .electricConvector, dwellings: Int = 1, isVacant: Bool = false,
        assumed: Set<BuildingAttribute> = [], groupID: String? = nil, use: BuildingUse? = nil,
        habitableAreaM2: Double? = nil, boiler: BoilerType? = nil, hotWater: HotWaterSystem? = nil,
        observedLabel: ObservedLabel? = nil, metered: MeteredConsumption? = nil
    ) {
        self.id = id
        self.footprint = footprint
        self.heightM = heightM
        self.storeys = storeys
        self.constructionYear = constructionYear
        self.period = period
        self.wallMaterial = wallMaterial
        self.wallThicknessM = wallThicknessM
        self.roof = roof
        self.groundFloor = groundFloor
        self.airPermeabilityQ4PaM3PerHM2 = airPermeabilityQ4PaM3PerHM2
        self.windows = windows
        self.windowToWallRatio = windowToWallRatio
        self.heating = heating
        self.dwellings = dwellings
        self.isVacant = isVacant
        self.assumed = assumed
        self.groupID = groupID
        self.use = use
        self.habitableAreaM2 = habitableAreaM2
        self.boiler = boiler
        self.hotWater = hotWater
        self.observedLabel = observedLabel
        self.metered = metered
    }

    /// Storey height, metres.
    public var storeyHeightM: Double { heightM / Double(max(storeys, 1)) }
    /// Gross floor area over all storeys, m².
    public var grossFloorAreaM2: Double { footprint.areaM2 * Double(storeys) }
}

/// Names of the attributes that can be assumed (defaulted) rather than read.
public enum BuildingAttribute: String, Sendable, Codable, CaseIterable, Comparable {
    case height, storeys, constructionYear, period, wallMaterial, wallThickness, roof, windows
    case windowToWallRatio, heating, dwellings, vacancy
    case use, habitableArea, hotWater, groundFloor, airPermeability
    /// The scale (2012 or 2021 method) of an observed label, inferred from its values.
    case labelScale

    /// Words for a summary line ("wall material defaulted for 812 of 1,233 buildings").
    public var words: String {
        switch self {
        case .height: "height"
        case .storeys: "storeys"
        case .constructionYear: "construction year"
        case .period: "construction period"
        case .wallMaterial: "wall material"
        case .wallThickness: "wall thickness"
        case .roof: "roof"
        case .windows: "windows"
        case .windowToWallRatio: "window-to-wall ratio"
        case .heating: "heating"
        case .dwellings: "dwellings"
        case .vacancy: "vacancy"
        case .use: "use"
        case .habitableArea: "habitable area"
        case .hotWater: "hot water"
        case .groundFloor: "ground floor"
        case .airPermeability: "air permeability"
        case .labelScale: "observed label's scale"
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
