/// An energy carrier as the DPE counts it.
public enum EnergyCarrier: String, Sendable, Codable, CaseIterable, Comparable {
    case electricity
    case naturalGas = "natural-gas"
    case heatingOil = "heating-oil"
    case lpg
    case coal
    case woodLogs = "wood-logs"
    case woodPellets = "wood-pellets"
    case woodChips = "wood-chips"
    case districtHeat = "district-heat"

    public static func < (l: Self, r: Self) -> Bool { l.rawValue < r.rawValue }
}

/// The end use of energy, which sets the CO₂ factor of electricity.
public enum EnergyUse: String, Sendable, Codable, CaseIterable {
    case heating, hotWater = "hot-water", cooling
}
