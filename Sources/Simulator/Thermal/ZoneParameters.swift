/// Thermal mass of a zone for the 5R1C model (ISO 13790 §12.3.1).
public enum ThermalMass: Sendable, Hashable {
    /// Default class values of ISO 13790 Table 12.
    case isoClass(MassClass)
    /// Explicit internal heat capacity C_m per m² of floor, J/(m²·K), and effective mass area A_m/A_f.
    case explicit(capacityJPerM2KFloor: Double, massAreaRatio: Double)
    /// From the areal heat capacities κ_j (J/(m²·K)) of the layers facing the zone (within 10 cm of the inside
    /// surface or up to the first insulation layer): C_m = Σ κ_j·A_j (ISO 13790 eq. 66) and
    /// A_m = C_m² / Σ κ_j²·A_j (eq. 65).
    case layers([MassLayer])

    /// (C_m in J/K, A_m in m²) for a floor area.
    public func capacityAndArea(floorAreaM2 af: Double) -> (capacityJPerK: Double, massAreaM2: Double) {
        switch self {
        case .isoClass(let c): return (c.capacityJPerM2K * af, c.massAreaRatio * af)
        case let .explicit(cap, ratio): return (cap * af, ratio * af)
        case .layers(let ls):
            let cm = ls.reduce(0) { $0 + $1.arealCapacityJPerM2K * $1.areaM2 }
            let k2 = ls.reduce(0) { $0 + $1.arealCapacityJPerM2K * $1.arealCapacityJPerM2K * $1.areaM2 }
            return (cm, k2 > 0 ? cm * cm / k2 : 0)
        }
    }

    /// H_tr_ms, W/K, when some layers give the depth of their capacity (``MassLayer/halfLayerResistanceM2KPerW``):
    /// each layer's share κ_j·A_j/C_m of A_m couples through 1/h_ms + R_j, H_tr_ms = Σ A_m·(κ_j·A_j/C_m)/(1/h_ms + R_j).
    /// nil when no layer gives one (then H_tr_ms = h_ms·A_m, ISO 13790 eq. 64).
    public func surfaceCoupling(floorAreaM2 af: Double, hMs: Double) -> Double? {
        guard case .layers(let ls) = self, ls.contains(where: { $0.halfLayerResistanceM2KPerW > 0 }) else { return nil }
        let (cm, am) = capacityAndArea(floorAreaM2: af)
        guard cm > 0 else { return nil }
        return ls.reduce(0) { $0 + am * ($1.arealCapacityJPerM2K * $1.areaM2 / cm) / (1 / hMs + $1.halfLayerResistanceM2KPerW) }
    }
}

/// One internal surface for ``ThermalMass/layers(_:)``.
public struct MassLayer: Sendable, Hashable {
    public var areaM2: Double
    /// κ = Σ ρ·c·d over the active layers, J/(m²·K).
    public var arealCapacityJPerM2K: Double
    /// Resistance between the inside surface and the lumped capacity, m²·K/W: d/(2λ) for a capacity at the middle
    /// of its layer. 0 (the default) = ISO 13790, the capacity at the surface.
    public var halfLayerResistanceM2KPerW: Double

    public init(areaM2: Double, arealCapacityJPerM2K: Double, halfLayerResistanceM2KPerW: Double = 0) {
        self.areaM2 = areaM2
        self.arealCapacityJPerM2K = arealCapacityJPerM2K
        self.halfLayerResistanceM2KPerW = halfLayerResistanceM2KPerW
    }

    /// κ from layers (thickness m, density kg/m³, specific heat J/(kg·K)), inside first.
    public init(areaM2: Double, layers: [(thicknessM: Double, densityKgPerM3: Double, specificHeatJPerKgK: Double)]) {
        self.areaM2 = areaM2
        self.arealCapacityJPerM2K = layers.reduce(0) { $0 + $1.thicknessM * $1.densityKgPerM3 * $1.specificHeatJPerKgK }
        self.halfLayerResistanceM2KPerW = 0
    }
}

/// ISO 13790 Table 12 mass classes.
public enum MassClass: String, Sendable, Hashable, CaseIterable, Codable {
    case veryLight, light, medium, heavy, veryHeavy

    /// C_m / A_f, J/(m²·K).
    public var capacityJPerM2K: Double {
        switch self {
        case .veryLight: return 80_000
        case .light: return 110_000
        case .medium: return 165_000
        case .heavy: return 260_000
        case .veryHeavy: return 370_000
        }
    }

    /// A_m / A_f.
    public var massAreaRatio: Double {
        switch self {
        case .veryLight, .light, .medium: return 2.5
        case .heavy: return 3.0
        case .veryHeavy: return 3.5
        }
    }
}

/// An outdoor-air flow rate.
public enum AirRate: Sendable, Hashable {
    /// Air changes per hour of the zone volume.
    case ach(Double)
    case m3PerHour(Double)

    public func m3PerHour(volumeM3: Double) -> Double {
        switch self {
        case .ach(let n): return n * volumeM3
        case .m3PerHour(let q): return q
        }
    }
}

/// Infiltration and mechanical ventilation. H_ve = ρc·(V̇_inf + V̇_vent·(1 − η_HR)), supply at θ_e
/// (RC_BuildingSimulator form of ISO 13790 §9.3), ρc = 1200 J/(m³·K).
public struct AirflowSpec: Sendable, Hashable {
    public var infiltration: AirRate
    public var ventilation: AirRate
    /// Heat-recovery efficiency of the mechanical ventilation (0–1).
    public var heatRecoveryEfficiency: Double
    /// Volumetric heat capacity of air, J/(m³·K) (ISO 13790: 1200).
    public var airHeatCapacityJPerM3K: Double

    public init(infiltration: AirRate, ventilation: AirRate = .ach(0), heatRecoveryEfficiency: Double = 0,
                airHeatCapacityJPerM3K: Double = 1200) {
        self.infiltration = infiltration
        self.ventilation = ventilation
        self.heatRecoveryEfficiency = heatRecoveryEfficiency
        self.airHeatCapacityJPerM3K = airHeatCapacityJPerM3K
    }
}

/// Internal sensible gains (occupants, appliances, lighting).
public struct InternalGainsSpec: Sendable, Hashable {
    public var wattsPerM2: Double
    /// Share delivered by convection to the air node; the rest is radiative and split between the surface and
    /// mass nodes like solar gains. ISO 13790 eq. C.1 uses 0.5; BESTEST specifies 0.4.
    public var convectiveFraction: Double
    /// Optional 24 hourly multipliers (hour 0 = 00:00–01:00), applied every day.
    public var dailyProfile: [Double]?

    public init(wattsPerM2: Double, convectiveFraction: Double = 0.5, dailyProfile: [Double]? = nil) {
        self.wattsPerM2 = wattsPerM2
        self.convectiveFraction = convectiveFraction
        self.dailyProfile = dailyProfile
    }
}

/// Ideal heating and cooling on the air temperature (ISO 13790 §C.4.2).
public struct HVACSpec: Sendable, Hashable {
    /// Heating set-point, °C (nil = no heating).
    public var heatingSetpointC: Double?
    /// Cooling set-point, °C (nil = no cooling).
    public var coolingSetpointC: Double?
    /// Optional 24 hourly heating set-points overriding `heatingSetpointC` (e.g. night set-back).
    public var heatingSetpointByHourC: [Double]?
    /// Maximum heating power, W (nil = unlimited).
    public var maxHeatingW: Double?
    /// Maximum cooling power (positive), W (nil = unlimited).
    public var maxCoolingW: Double?

    public init(heatingSetpointC: Double? = nil, coolingSetpointC: Double? = nil, heatingSetpointByHourC: [Double]? = nil,
                maxHeatingW: Double? = nil, maxCoolingW: Double? = nil) {
        self.heatingSetpointC = heatingSetpointC
        self.coolingSetpointC = coolingSetpointC
        self.heatingSetpointByHourC = heatingSetpointByHourC
        self.maxHeatingW = maxHeatingW
        self.maxCoolingW = maxCoolingW
    }

    /// Free-floating: no heating, no cooling.
    public static let freeFloating = HVACSpec()
}
