/// What the method needs to know about the dwelling as a whole (§1 and the DPE's `caracteristique_generale`/`meteo`).
public struct DwellingDescription: Sendable, Hashable, Codable {
    /// ADEME `enum_periode_construction_id` (1 = before 1948 … 10 = after 2021).
    public var constructionPeriodId: Int
    /// Year of construction when known.
    public var constructionYear: Int?
    /// ADEME `enum_methode_application_dpe_log_id`: house, flat, flat from a building DPE… (drives several tables).
    public var applicationMethodId: Int
    /// Habitable area of the dwelling (of the building for a building DPE), m²: the reference area of every per-m²
    /// figure and of the class limits.
    public var habitableAreaM2: Double
    /// Habitable area of the whole building when the DPE is of a building or a flat computed from it, m².
    public var buildingHabitableAreaM2: Double?
    /// Number of dwellings of the building (collective systems are shared by it).
    public var dwellingCount: Int?
    /// Number of levels of the dwelling.
    public var levelCount: Int
    /// Mean ceiling height, m.
    public var ceilingHeightM: Double
    /// Climate zone and altitude class of the site.
    public var climateZone: ClimateZone
    public var altitude: AltitudeClass
    /// Whether the building is made of old materials (`batiment_materiaux_anciens`, §9.1's ilpa with heavy inertia).
    public var oldMaterials: Bool

    public init(
        constructionPeriodId: Int, constructionYear: Int? = nil, applicationMethodId: Int, habitableAreaM2: Double,
        buildingHabitableAreaM2: Double? = nil, dwellingCount: Int? = nil, levelCount: Int = 1,
        ceilingHeightM: Double = 2.5, climateZone: ClimateZone, altitude: AltitudeClass, oldMaterials: Bool = false
    ) {
        self.constructionPeriodId = constructionPeriodId
        self.constructionYear = constructionYear
        self.applicationMethodId = applicationMethodId
        self.habitableAreaM2 = habitableAreaM2
        self.buildingHabitableAreaM2 = buildingHabitableAreaM2
        self.dwellingCount = dwellingCount
        self.levelCount = levelCount
        self.ceilingHeightM = ceilingHeightM
        self.climateZone = climateZone
        self.altitude = altitude
        self.oldMaterials = oldMaterials
    }

    /// A house (as opposed to a flat or a whole building), from the application method (ids 1, 14, 18 are houses).
    public var isHouse: Bool { [1, 14, 18].contains(applicationMethodId) }

    /// A DPE of a whole collective building (ADEME ids 6–9, 17, 21, 26–30).
    public var isWholeBuilding: Bool { [6, 7, 8, 9, 17, 21, 26, 27, 28, 29, 30].contains(applicationMethodId) }
}
