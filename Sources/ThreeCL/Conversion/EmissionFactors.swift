/// The uses of the five-use balance (`ep_conso_5_usages`): heating, hot water, cooling, lighting, auxiliaries.
public enum EnergyUse: String, Sendable, Hashable, Codable, CaseIterable {
    case heating, hotWater, cooling, lighting, auxiliaries

    /// The use's position in `allCases`.
    var index: Int {
        switch self {
        case .heating: 0
        case .hotWater: 1
        case .cooling: 2
        case .lighting: 3
        case .auxiliaries: 4
        }
    }
}

/// Greenhouse-gas emission factors, kgCO₂eq per kWh of final energy (arrêté du 31 mars 2021, annex: by energy,
/// and by use for electricity; district heating from the network's own content, `reseau_chaleur_20xx`).
public enum EmissionFactors {
    /// The annex's factor for electricity by use: heating 0.079, hot water 0.065, cooling 0.064, lighting 0.069,
    /// auxiliaries 0.064.
    public static func electricity(use: EnergyUse) -> Double {
        switch use {
        case .heating: 0.079
        case .hotWater: 0.065
        case .cooling: 0.064
        case .lighting: 0.069
        case .auxiliaries: 0.064
        }
    }

    /// The annex's factor for a district heating network not listed (or not identified): 0.385.
    public static let unlistedHeatNetwork = 0.385

    /// Factor of an energy (`enum_type_energie_id`) for a use. District heating (8): the network's life-cycle
    /// content (`contenu_co2_acv`) from the table of the year before the network order date (`date_arrete_reseau_chaleur`),
    /// or before the DPE date, clamped to the tables available; a network not listed takes the unlisted value.
    public static func kgCO2PerKWh(
        energyId: Int, use: EnergyUse, heatNetworkId: String? = nil, networkOrderDate: String? = nil,
        dpeDate: String? = nil, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        switch energyId {
        case 1: return electricity(use: use)
        case 2: return 0.227
        case 3: return 0.324
        case 4, 5: return 0.03
        case 6, 7: return 0.024
        case 8: return try heatNetwork(id: heatNetworkId, orderDate: networkOrderDate, dpeDate: dpeDate, tables: tables)
        case 9, 10, 13: return 0.272
        case 11: return 0.385
        case 12: return 0
        default:
            throw .unknownEnumValue(
                file: "", path: "enum_type_energie_id", value: "\(energyId)",
                enumeration: "type_energie with an emission factor (1–13)")
        }
    }

    /// District heating content (see `kgCO2PerKWh`).
    static func heatNetwork(id: String?, orderDate: String?, dpeDate: String?, tables: MethodTables) throws(ThreeCLError) -> Double {
        guard let id, !id.isEmpty else { return unlistedHeatNetwork }
        let dateYear = (orderDate ?? dpeDate).flatMap { Int($0.prefix(4)) } ?? 2024
        // The tables of the years available, the latest not after the year before the date.
        let years = tables.heatNetworkYears
        guard let first = years.first else { return unlistedHeatNetwork }
        let year = years.last(where: { $0 <= dateYear - 1 }) ?? first
        if let r = tables.heatNetworkRow(year: year, id: id) { return try r.number("contenu_co2_acv") }
        return unlistedHeatNetwork
    }
}
