/// One thermal zone (a storey, or a whole single-zone building) for the 5R1C model.
///
/// Areas in m², U-values in W/(m²·K) including surface resistances. Party walls towards heated neighbours are
/// adiabatic: leave them out of `walls` (they may still count in the mass through ``ThermalMass/layers(_:)``).
public struct ZoneSpec: Sendable, Hashable {
    public var name: String
    /// Conditioned floor area A_f, m².
    public var floorAreaM2: Double
    public var volumeM3: Double
    public var walls: [WallSpec]
    public var windows: [ZoneWindowSpec]
    public var roofs: [RoofSpec]
    public var floors: [FloorSpec]
    public var mass: ThermalMass
    /// Area of all surfaces facing the zone A_t, m² (nil = Λ_at·A_f = 4.5·A_f, ISO 13790 §7.2.2.2).
    public var interiorSurfaceAreaM2: Double?
    /// Linear/point thermal bridges added to the opaque conductance, W/K.
    public var thermalBridgesWPerK: Double
    public var airflow: AirflowSpec
    public var internalGains: InternalGainsSpec
    public var hvac: HVACSpec
    /// External surface resistance R_se at which the U-values of walls, windows and roofs are given, m²·K/W
    /// (ISO 13790 §11.3.2, ISO 6946: 0.04); also the R_se of the sol-air terms when `windExposure` is nil.
    public var externalSurfaceResistanceM2KPerW: Double
    /// The wind the zone's outer faces see (nil = the conventional `externalSurfaceResistanceM2KPerW`). When set,
    /// walls, windows and roofs take R_se from the weather's wind (``WindExposure``): U = 1/(1/U_given − R_se,given
    /// + R_se,exposure), and the sol-air terms use that R_se.
    public var windExposure: WindExposure?
    /// External radiative heat-transfer coefficient h_r for the sky long-wave loss, W/(m²·K) (≈ 5·ε with ε = 0.9
    /// at mid temperatures → 4.14 per the ISO 52016 defaults used here).
    public var externalRadiativeCoefficientWPerM2K: Double
    /// How walls and roofs see the sky in that long-wave loss (``SkyLongWaveExchange``).
    public var skyExchange: SkyLongWaveExchange
    /// Interior convective coefficient h_ci, W/(m²·K), from which h_is and h_ms are derived
    /// (``InteriorSurfaceCoefficients/init(convectiveWPerM2K:)``); nil = ISO 13790's fixed 3.45 and 9.1.
    public var interiorConvectiveCoefficientWPerM2K: Double?

    public init(
        name: String, floorAreaM2: Double, volumeM3: Double, walls: [WallSpec] = [], windows: [ZoneWindowSpec] = [],
        roofs: [RoofSpec] = [], floors: [FloorSpec] = [], mass: ThermalMass = .isoClass(.medium),
        interiorSurfaceAreaM2: Double? = nil, thermalBridgesWPerK: Double = 0,
        airflow: AirflowSpec = AirflowSpec(infiltration: .ach(0.5)),
        internalGains: InternalGainsSpec = InternalGainsSpec(wattsPerM2: 4),
        hvac: HVACSpec = HVACSpec(heatingSetpointC: 19), externalSurfaceResistanceM2KPerW: Double = 0.04,
        externalRadiativeCoefficientWPerM2K: Double = 4.14, skyExchange: SkyLongWaveExchange = .skyAndAirSplit,
        windExposure: WindExposure? = nil, interiorConvectiveCoefficientWPerM2K: Double? = nil
    ) {
        self.name = name
        self.floorAreaM2 = floorAreaM2
        self.volumeM3 = volumeM3
        self.walls = walls
        self.windows = windows
        self.roofs = roofs
        self.floors = floors
        self.mass = mass
        self.interiorSurfaceAreaM2 = interiorSurfaceAreaM2
        self.thermalBridgesWPerK = thermalBridgesWPerK
        self.airflow = airflow
        self.internalGains = internalGains
        self.hvac = hvac
        self.externalSurfaceResistanceM2KPerW = externalSurfaceResistanceM2KPerW
        self.externalRadiativeCoefficientWPerM2K = externalRadiativeCoefficientWPerM2K
        self.skyExchange = skyExchange
        self.windExposure = windExposure
        self.interiorConvectiveCoefficientWPerM2K = interiorConvectiveCoefficientWPerM2K
    }
}

/// A building as one zone per storey, listed bottom → top, coupled through the floors between them.
///
/// Coupling choice: each floor/ceiling is a conductance H_c (W/K) between the **mass nodes** of the two storeys,
/// evaluated explicitly with the previous hour's mass temperatures: φ_{i←j} = H_c·(θ_m,j − θ_m,i). The two
/// storeys receive exactly opposite flows, so the building's energy balance closes to rounding; the scheme is
/// stable while H_c·Δt/C_m ≤ 1 for every zone (checked, ``SimulatorError/invalidInput(zone:field:value:expected:)``).
public struct BuildingThermalSpec: Sendable, Hashable {
    public var id: String
    /// Zones bottom → top.
    public var zones: [ZoneSpec]
    /// H_c between storey k and k+1, W/K (count = zones.count − 1). Typically U_floor·A_floor, with
    /// U ≈ 1.5–2.5 W/(m²·K) for an uninsulated timber or slab floor.
    public var interZoneConductancesWPerK: [Double]

    public init(id: String, zones: [ZoneSpec], interZoneConductancesWPerK: [Double] = []) {
        self.id = id
        self.zones = zones
        self.interZoneConductancesWPerK = interZoneConductancesWPerK
    }

    /// A single-zone building.
    public init(zone: ZoneSpec) {
        self.init(id: zone.name, zones: [zone])
    }
}
