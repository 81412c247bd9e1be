/// Construction period bands used by the French DPE typology (3CL-DPE 2021 default tables).
public enum ConstructionPeriod: String, Sendable, Codable, CaseIterable, Comparable {
    case before1915 = "before-1915"
    case from1915To1948 = "1915-1948"
    case from1949To1974 = "1949-1974"
    case from1975To1988 = "1975-1988"
    case from1989To2005 = "1989-2005"
    case from2006To2012 = "2006-2012"
    case after2012 = "after-2012"

    /// The period a construction year falls in.
    public init(year: Int) {
        switch year {
        case ..<1915: self = .before1915
        case ..<1949: self = .from1915To1948
        case ..<1975: self = .from1949To1974
        case ..<1989: self = .from1975To1988
        case ..<2006: self = .from1989To2005
        case ..<2013: self = .from2006To2012
        default: self = .after2012
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Main wall construction of a building.
public enum WallMaterial: String, Sendable, Codable, CaseIterable {
    /// Limestone rubble (moellons), the common wall of medieval Quercy houses.
    case stoneRubble = "stone-rubble"
    /// Dressed stone faces with a rubble core.
    case stoneDressed = "stone-dressed"
    /// Timber frame with brick or cob infill (pan de bois).
    case timberFrame = "timber-frame"
    case solidBrick = "solid-brick"
    case concrete
    case unknown
}

/// Heating system: an emitter/generator and its energy carrier.
public enum HeatingSystem: String, Sendable, Codable, CaseIterable {
    case electricConvector = "electric-convector"
    case gasBoiler = "gas-boiler"
    case oilBoiler = "oil-boiler"
    case woodStove = "wood-stove"
    case pelletBoiler = "pellet-boiler"
    case heatPumpAirWater = "heat-pump-air-water"
    case heatPumpAirAir = "heat-pump-air-air"
    case districtHeat = "district-heat"
}

/// Glazing of the existing windows.
public enum WindowKind: String, Sendable, Codable, CaseIterable {
    case woodSingle = "wood-single"
    case woodDouble = "wood-double"
    case pvcDouble = "pvc-double"
    case metalSingle = "metal-single"
}

/// What the lowest heated storey stands on.
public enum GroundFloorKind: String, Sendable, Codable, CaseIterable {
    /// A floor laid on the earth (tiles or flags on a mortar bed, a slab): heat flows into the ground (ISO 13370).
    case onGround = "on-ground"
    /// A floor over an unheated cellar or crawl space.
    case overCellar = "over-cellar"
}

/// Roof construction.
public enum RoofKind: String, Sendable, Codable, CaseIterable {
    /// Pitched roof over an unheated, uninsulated attic or directly over the top storey (canal tiles).
    case pitchedUninsulated = "pitched-uninsulated"
    case pitchedInsulated = "pitched-insulated"
    case flat
}
