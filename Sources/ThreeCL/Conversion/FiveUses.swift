import Foundation

/// One amount of final energy of the five-use balance: a use, an energy carrier, kWh/year.
public struct FinalEnergyEntry: Sendable, Hashable, Codable {
    public var use: EnergyUse
    /// `enum_type_energie_id`.
    public var energyId: Int
    public var kWh: Double
    /// District heating: the network (`identifiant_reseau_chaleur`) and its order date, for its CO₂ content.
    public var heatNetworkId: String?
    public var heatNetworkOrderDate: String?

    public init(use: EnergyUse, energyId: Int, kWh: Double, heatNetworkId: String? = nil, heatNetworkOrderDate: String? = nil) {
        self.use = use
        self.energyId = energyId
        self.kWh = kWh
        self.heatNetworkId = heatNetworkId
        self.heatNetworkOrderDate = heatNetworkOrderDate
    }
}

/// Final, primary energy and emissions of one use (or of the total).
public struct UseBalance: Sendable, Hashable, Codable {
    public var finalKWh: Double = 0
    public var primaryKWh: Double = 0
    public var emissionKgCO2: Double = 0

    public init(finalKWh: Double = 0, primaryKWh: Double = 0, emissionKgCO2: Double = 0) {
        self.finalKWh = finalKWh
        self.primaryKWh = primaryKWh
        self.emissionKgCO2 = emissionKgCO2
    }

    static func + (a: UseBalance, b: UseBalance) -> UseBalance {
        UseBalance(finalKWh: a.finalKWh + b.finalKWh, primaryKWh: a.primaryKWh + b.primaryKWh,
                   emissionKgCO2: a.emissionKgCO2 + b.emissionKgCO2)
    }
}

/// The five-use balance of a DPE (`ef_conso`, `ep_conso`, `emission_ges`): per use, per energy, totals, per m²
/// and the classes.
public struct FiveUsesResult: Sendable, Hashable, Codable {
    public var byUse: [EnergyUse: UseBalance]
    /// Final energy, primary energy and emissions per energy carrier (`sortie_par_energie`).
    public var byEnergy: [Int: UseBalance]
    /// `conso_5_usages`, `ep_conso_5_usages`, `emission_ges_5_usages`.
    public var total: UseBalance
    /// `conso_5_usages_m2`, `ep_conso_5_usages_m2`, `emission_ges_5_usages_m2`: per m² of habitable area, rounded
    /// down to the unit as the DPE prints them.
    public var finalKWhPerM2: Double
    public var primaryKWhPerM2: Double
    public var emissionKgPerM2: Double
    /// `classe_bilan_dpe` (double threshold) and `classe_emission_ges`; the primary-energy class alone.
    public var dpeClass: EnergyClass
    public var greenhouseGasClass: EnergyClass
    public var primaryEnergyClass: EnergyClass
    /// The electricity factor used.
    public var factors: PrimaryEnergyFactors
}

/// §5-uses aggregation: final energy by use and energy → primary energy, emissions, per m², classes.
public enum FiveUses {
    /// Aggregates the entries. `dpeDate` ("YYYY-MM-DD") chooses the electricity factor unless `factors` is given,
    /// the district heating year and whether the small-surface class limits apply.
    public static func compute(
        _ entries: [FinalEnergyEntry], dwelling: DwellingDescription, dpeDate: String? = nil,
        factors: PrimaryEnergyFactors? = nil, tables: MethodTables
    ) throws(ThreeCLError) -> FiveUsesResult {
        let f = factors ?? PrimaryEnergyFactors.inForce(onDPEDate: dpeDate)
        // Sums in a fixed order (uses as `EnergyUse.allCases`, energies as first met), never in a dictionary's:
        // a floating sum's last bit, and so a rounded class boundary, must not depend on the process's hash seed.
        let uses = EnergyUse.allCases
        var useSums = [UseBalance](repeating: UseBalance(), count: uses.count)
        var energies: [(id: Int, balance: UseBalance)] = []
        for e in entries {
            let co2 = try EmissionFactors.kgCO2PerKWh(
                energyId: e.energyId, use: e.use, heatNetworkId: e.heatNetworkId, networkOrderDate: e.heatNetworkOrderDate,
                dpeDate: dpeDate, tables: tables)
            let b = UseBalance(finalKWh: e.kWh, primaryKWh: e.kWh * f.factor(energyId: e.energyId), emissionKgCO2: e.kWh * co2)
            useSums[e.use.index] = useSums[e.use.index] + b
            if let i = energies.firstIndex(where: { $0.id == e.energyId }) {
                energies[i].balance = energies[i].balance + b
            } else {
                energies.append((e.energyId, b))
            }
        }
        let total = useSums.reduce(UseBalance(), +)
        var byUse: [EnergyUse: UseBalance] = Dictionary(minimumCapacity: uses.count)
        for (i, u) in uses.enumerated() { byUse[u] = useSums[i] }
        var byEnergy: [Int: UseBalance] = Dictionary(minimumCapacity: energies.count)
        for (id, b) in energies { byEnergy[id] = b }
        let area = dwelling.habitableAreaM2
        let ep = (total.primaryKWh / area).rounded(.down)
        let ges = (total.emissionKgCO2 / area).rounded(.down)
        let zone = dwelling.climateZone, altitude = dwelling.altitude
        let epClass = try EnergyClasses.primaryEnergyClass(
            kWhPerM2: ep, habitableAreaM2: area, zone: zone, altitude: altitude, dpeDate: dpeDate, tables: tables)
        let gesClass = try EnergyClasses.greenhouseGasClass(
            kgPerM2: ges, habitableAreaM2: area, zone: zone, altitude: altitude, dpeDate: dpeDate, tables: tables)
        return FiveUsesResult(
            byUse: byUse, byEnergy: byEnergy, total: total, finalKWhPerM2: (total.finalKWh / area).rounded(.down),
            primaryKWhPerM2: ep, emissionKgPerM2: ges, dpeClass: max(epClass, gesClass), greenhouseGasClass: gesClass,
            primaryEnergyClass: epClass, factors: f)
    }
}
