/// Minimum, maximum and mean of an hourly temperature over the year, °C.
public struct TemperatureStats: Sendable, Hashable, Codable {
    public var minC: Double
    public var maxC: Double
    public var meanC: Double
}

/// Annual energy balance of a zone, kWh. Gains positive; losses positive when heat leaves the zone.
///
/// Closure: internal + solar + opaque (sol-air, sky, ground) + HVAC + coupling
///        − ventilation − windows − opaque transmission − lost radiative share − storage = ``residualKWh`` ≈ 0.
public struct ZoneEnergyBalance: Sendable, Hashable, Codable {
    public var internalGainsKWh = 0.0
    public var solarGainsKWh = 0.0
    /// Sol-air, sky long-wave and ground-temperature terms injected at the mass node (may be negative).
    public var opaqueForcingKWh = 0.0
    /// Heating minus cooling delivered.
    public var hvacKWh = 0.0
    /// Net heat received from neighbouring storeys.
    public var interZoneKWh = 0.0
    public var ventilationLossKWh = 0.0
    public var windowLossKWh = 0.0
    public var opaqueLossKWh = 0.0
    /// Radiative gains ISO 13790 C.3 assumes lost through windows (H_tr_w/(9.1·A_t) share).
    public var lostRadiativeKWh = 0.0
    /// C_m·(θ_m,end − θ_m,start).
    public var storageKWh = 0.0

    public var residualKWh: Double {
        internalGainsKWh + solarGainsKWh + opaqueForcingKWh + hvacKWh + interZoneKWh
            - ventilationLossKWh - windowLossKWh - opaqueLossKWh - lostRadiativeKWh - storageKWh
    }
}

/// Hourly trace of one zone (optional output).
public struct HourlyTrace: Sendable, Hashable {
    public var airC: [Double]
    public var operativeC: [Double]
    /// Heating (positive) or cooling (negative) power, W.
    public var hvacW: [Double]
    public var solarGainW: [Double]
}

/// Results of one zone over one year.
public struct ZoneResult: Sendable, Hashable {
    public var name: String
    public var floorAreaM2: Double
    public var heatingKWh: Double
    /// Sensible cooling need, positive.
    public var coolingKWh: Double
    /// Annual hourly-integrated peaks, W (cooling positive).
    public var peakHeatingW: Double
    public var peakCoolingW: Double
    public var air: TemperatureStats
    public var operative: TemperatureStats
    /// Per ``SimulationOptions/overheatingThresholdsC``: hours with θ_op above the threshold in the masked months.
    public var hoursAbove: [Double]
    /// Per threshold: Σ max(0, θ_op − threshold)·1 h over the masked months, K·h.
    public var degreeHoursAbove: [Double]
    public var energyBalance: ZoneEnergyBalance
    public var hourly: HourlyTrace?

    public var heatingKWhPerM2: Double { heatingKWh / floorAreaM2 }
    public var coolingKWhPerM2: Double { coolingKWh / floorAreaM2 }
}

/// Results of one building: per storey (bottom → top) and totals.
public struct ThermalResult: Sendable, Hashable {
    public var buildingID: String
    public var zones: [ZoneResult]
    public var heatingKWh: Double
    public var coolingKWh: Double
    /// Peak of the building's summed hourly heating power, W.
    public var peakHeatingW: Double
    public var peakCoolingW: Double
    /// Floor-area-weighted mean of the zones' hours above each threshold.
    public var meanHoursAbove: [Double]
    /// Worst zone's hours above each threshold.
    public var maxHoursAbove: [Double]
    /// Sum of the zones' balances (inter-zone flows cancel).
    public var energyBalance: ZoneEnergyBalance

    public var floorAreaM2: Double { zones.reduce(0) { $0 + $1.floorAreaM2 } }
}
