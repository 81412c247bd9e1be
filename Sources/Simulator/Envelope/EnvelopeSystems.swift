import BuildingModel

/// Kind of ventilation.
public enum VentilationKind: String, Sendable, Codable, CaseIterable {
    /// No mechanical system: infiltration plus window opening (the usual case before 1948).
    case natural
    /// Humidity-controlled single-flow extract (VMC hygroréglable).
    case humidityExtract = "humidity-extract"
    /// Balanced ventilation with heat recovery.
    case mvhr
}

/// Ventilation of the heated volume.
public struct Ventilation: Sendable, Hashable, Codable {
    public var kind: VentilationKind
    /// Air changes per hour supplied on purpose (window opening or fans), 1/h.
    public var airChangesPerH: Double
    /// Share of the extract heat recovered (0 unless MVHR).
    public var heatRecoveryEfficiency: Double

    public init(kind: VentilationKind, airChangesPerH: Double, heatRecoveryEfficiency: Double = 0) {
        self.kind = kind
        self.airChangesPerH = airChangesPerH
        self.heatRecoveryEfficiency = heatRecoveryEfficiency
    }

    /// Default for an old dwelling without mechanical ventilation: 0.3 1/h of window airing (estimate).
    public static let naturalDefault = Ventilation(kind: .natural, airChangesPerH: 0.3)
}

/// A heat generator with its carrier and seasonal efficiency (or SCOP for heat pumps).
public struct HeatingSpec: Sendable, Hashable, Codable {
    public var system: HeatingSystem
    public var carrier: EnergyCarrier
    /// Useful heat per unit of final energy over the season (generation × distribution × emission × control);
    /// > 1 for heat pumps (SCOP).
    public var seasonalEfficiency: Double

    public init(system: HeatingSystem, carrier: EnergyCarrier, seasonalEfficiency: Double) {
        self.system = system
        self.carrier = carrier
        self.seasonalEfficiency = seasonalEfficiency
    }

    /// Defaults per system. **Estimates** in the spirit of the 3CL-DPE 2021 default efficiencies (generation ×
    /// emission × distribution × regulation) for old equipment; replace with the 3CL tables when available.
    public static func defaults(for system: HeatingSystem) -> HeatingSpec {
        switch system {
        case .electricConvector: HeatingSpec(system: system, carrier: .electricity, seasonalEfficiency: 0.94)
        case .gasBoiler: HeatingSpec(system: system, carrier: .naturalGas, seasonalEfficiency: 0.75)
        case .oilBoiler: HeatingSpec(system: system, carrier: .heatingOil, seasonalEfficiency: 0.70)
        case .woodStove: HeatingSpec(system: system, carrier: .woodLogs, seasonalEfficiency: 0.60)
        case .pelletBoiler: HeatingSpec(system: system, carrier: .woodPellets, seasonalEfficiency: 0.80)
        case .heatPumpAirWater: HeatingSpec(system: system, carrier: .electricity, seasonalEfficiency: 2.6)
        case .heatPumpAirAir: HeatingSpec(system: system, carrier: .electricity, seasonalEfficiency: 2.8)
        case .districtHeat: HeatingSpec(system: system, carrier: .districtHeat, seasonalEfficiency: 0.90)
        }
    }
}

/// Domestic hot water production.
public struct HotWaterSpec: Sendable, Hashable, Codable {
    public var carrier: EnergyCarrier
    /// Useful hot-water energy per unit of final energy (storage and distribution losses included).
    public var efficiency: Double

    public init(carrier: EnergyCarrier, efficiency: Double) {
        self.carrier = carrier
        self.efficiency = efficiency
    }

    /// Default: electric storage water heater, overall efficiency 0.75 (estimate), unless the heating is a gas
    /// or oil boiler, which then also makes the hot water (same carrier, efficiency 0.65, estimate).
    /// The hot water a source names (`HotWaterSystem`), the heating's default without one. Efficiencies are
    /// estimates: electric storage 0.75; the heating's boiler 0.65 (electric storage when the heating burns no
    /// gas or oil); a gas water heater 0.65; a heat-pump water heater 2.0; district heating 0.80; solar with an
    /// electric back-up 1.5 (half the need from the sun).
    public static func defaults(for heating: HeatingSpec, system: HotWaterSystem?) -> HotWaterSpec {
        switch system {
        case nil, .heatingBoiler?: defaults(for: heating)
        case .electricStorage?: HotWaterSpec(carrier: .electricity, efficiency: 0.75)
        case .gasWaterHeater?: HotWaterSpec(carrier: .naturalGas, efficiency: 0.65)
        case .heatPump?: HotWaterSpec(carrier: .electricity, efficiency: 2.0)
        case .districtHeat?: HotWaterSpec(carrier: .districtHeat, efficiency: 0.80)
        case .solar?: HotWaterSpec(carrier: .electricity, efficiency: 1.5)
        }
    }

    public static func defaults(for heating: HeatingSpec) -> HotWaterSpec {
        switch heating.carrier {
        case .naturalGas, .heatingOil, .lpg: HotWaterSpec(carrier: heating.carrier, efficiency: 0.65)
        default: HotWaterSpec(carrier: .electricity, efficiency: 0.75)
        }
    }
}

/// Cooling equipment (none by default in old centres).
public struct CoolingSpec: Sendable, Hashable, Codable {
    public var carrier: EnergyCarrier
    /// Seasonal energy efficiency ratio (cold delivered per kWh final).
    public var seer: Double
    public init(carrier: EnergyCarrier = .electricity, seer: Double) {
        self.carrier = carrier
        self.seer = seer
    }
}
