/// Conversion factors from final energy to primary energy and CO₂ (DPE conventions).
///
/// - Primary energy: electricity 2.3 until 2025, **1.9 from 1 January 2026** (arrêté of 13 August 2025);
///   every other carrier 1 (domain.md §1). Configurable through `electricityPrimaryFactor`.
/// - CO₂, kgCO₂eq per kWh final, arrêté of 31 March 2021 (domain.md §1; same values in Open3CL `src/conso.js`
///   `coef_ges`): electricity heating 0.079, hot water 0.065, cooling 0.064; natural gas 0.227; heating oil 0.324;
///   LPG 0.272; coal 0.385; wood logs and pellets 0.030; wood chips 0.024; district heat 0.385 (default network).
public struct EnergyFactors: Sendable, Hashable, Codable {
    public var electricityPrimaryFactor: Double
    /// CO₂ per kWh of district heat (per network; default for an unknown network 0.385).
    public var districtHeatKgCO2PerKWh: Double

    public init(electricityPrimaryFactor: Double = 1.9, districtHeatKgCO2PerKWh: Double = 0.385) {
        self.electricityPrimaryFactor = electricityPrimaryFactor
        self.districtHeatKgCO2PerKWh = districtHeatKgCO2PerKWh
    }

    /// The factors in force in a given year (electricity 2.3 before 2026, 1.9 from 2026).
    public static func dpe(year: Int) -> EnergyFactors {
        EnergyFactors(electricityPrimaryFactor: year >= 2026 ? 1.9 : 2.3)
    }

    /// kWh primary per kWh final.
    public func primaryFactor(_ carrier: EnergyCarrier) -> Double {
        carrier == .electricity ? electricityPrimaryFactor : 1
    }

    /// kgCO₂eq per kWh final.
    public func co2KgPerKWh(_ carrier: EnergyCarrier, use: EnergyUse) -> Double {
        switch carrier {
        case .electricity:
            switch use {
            case .heating: 0.079
            case .hotWater: 0.065
            case .cooling: 0.064
            }
        case .naturalGas: 0.227
        case .heatingOil: 0.324
        case .lpg: 0.272
        case .coal: 0.385
        case .woodLogs, .woodPellets: 0.030
        case .woodChips: 0.024
        case .districtHeat: districtHeatKgCO2PerKWh
        }
    }
}
