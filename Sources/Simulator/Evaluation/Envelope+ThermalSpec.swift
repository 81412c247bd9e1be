import BuildingModel

/// The conventions used to turn an `Envelope` into a storey-by-storey 5R1C model (the only place where this
/// mapping is made; see `Envelope.thermalSpec(_:)`).
public struct ThermalMappingConventions: Sendable, Hashable {
    /// Heating set-point, °C: the DPE's conventional 19 °C (3CL-DPE 2021, occupied hours), held at all hours
    /// (no night set-back to 16 °C: a simplification that slightly over-estimates the need).
    public var heatingSetpointC: Double
    /// Cooling set-point, °C: the DPE's 28 °C. Applied to every building so the cooling **need** is always
    /// reported; `EnergyBalance` only turns it into energy when the envelope has `cooling` equipment.
    public var coolingSetpointC: Double
    /// Internal sensible gains, W/m² of reference area, constant (occupants + appliances + lighting).
    /// **Estimate** 4 W/m²: the value used by `ExampleBuildings`, of the order of the residential averages of
    /// ISO 13790 Annex G; the exact 3CL-DPE 2021 figure was not checked (to verify).
    public var internalGainsWPerM2: Double
    /// U-value of the floor between two storeys, W/(m²·K), times the reference area gives the storey coupling
    /// H_c (`BuildingThermalSpec`): 2.0 for a timber-joist floor with boards and plaster ceiling, both surface
    /// resistances 0.17 m²·K/W counted (EN ISO 6946 Table 7, heat flow up/down; estimate).
    public var interStoreyFloorUValueWPerM2K: Double
    /// Solar absorptance of the roof seen from outside (weathered terracotta tiles ≈ 0.6–0.7; estimate 0.7).
    public var roofAbsorptance: Double
    /// Terrain around the buildings, for the exterior film of walls, windows and roofs from the weather's wind at
    /// each storey's mid-height (``WindExposure``); nil (the default) = the conventional R_se 0.04 at which U-values
    /// are rated, the DPE's convention like the set-points above, so that classes keep the DPE's meaning. `.urban`
    /// (ASHRAE's "urban and suburban areas") gives a historic centre's sheltered façades (1.5–7.5 m up, 0.47–0.67 ×
    /// the station's wind) for physical needs rather than labels.
    public var terrain: WindExposure.Terrain?

    public init(heatingSetpointC: Double = 19, coolingSetpointC: Double = 28, internalGainsWPerM2: Double = 4,
                interStoreyFloorUValueWPerM2K: Double = 2.0, roofAbsorptance: Double = 0.7,
                terrain: WindExposure.Terrain? = nil) {
        self.heatingSetpointC = heatingSetpointC
        self.coolingSetpointC = coolingSetpointC
        self.internalGainsWPerM2 = internalGainsWPerM2
        self.interStoreyFloorUValueWPerM2K = interStoreyFloorUValueWPerM2K
        self.roofAbsorptance = roofAbsorptance
        self.terrain = terrain
    }

    /// The bounds of the indoor monthly means a ground floor is estimated to see (``GroundPeriodicSpec``): from the
    /// heating to the cooling set-point (the heating one when the cooling set-point is below it).
    public var groundIndoorRangeC: ClosedRange<Double> { heatingSetpointC...max(heatingSetpointC, coolingSetpointC) }
}

extension Envelope {
    /// The building as one 5R1C zone per storey, bottom → top (`BuildingThermalSpec`).
    ///
    /// Mapping, chosen so that each zone's steady-state conductance Σ U·A + H_ve equals
    /// `heatLossCoefficientWPerK(storey:)`:
    /// - floor area = the storey's reference area, volume = its heated volume;
    /// - walls: one `WallSpec` per exposed façade with opaque area on the storey (U with added layers,
    ///   absorptance of the façade; the façade's horizon angle shades its windows only). Party walls: adiabatic,
    ///   left out;
    /// - windows: one `ZoneWindowSpec` per façade with glazing on the storey: day/night mean U (shutters
    ///   included, `WindowSpec.meanUValueWPerM2K`), g, frame fraction, shading factor, horizon angle; windows with
    ///   shutters also close them against summer sun (`ShutterSpec()` defaults: 10 % admitted above 200 W/m²,
    ///   May–September);
    /// - roof (top storey): horizontal plane, U_eff = U·b (adjacency factor of the attic), absorptance
    ///   `roofAbsorptance`. The attic is not modelled as its own zone; b scales the sol-air term too;
    /// - ground floor (ground storey): on the ground, EN ISO 13370's U (`groundContact`: area, exposed perimeter,
    ///   wall thickness, floor resistance) towards its monthly virtual ground temperature with both periodic terms
    ///   (`FloorBoundary.groundPeriodic`, the indoor monthly means estimated between the set-points);
    ///   over a cellar, U_eff = U·b towards **outdoor air** (the 3CL b-factor is defined against the outdoor
    ///   temperature); no sun;
    /// - air: infiltration `infiltrationAirChangesPerH` + ventilation × (1 − heat recovery), with ρc = 0.34 Wh/(m³·K)
    ///   = 1224 J/(m³·K) as in `EnvelopeDefaults`;
    /// - mass: from the surfaces that face the storey (`massLayers(storey:)`, ISO 13790 eq. 65–66): masonry walls
    ///   and party walls keep theirs, walls insulated from inside keep only their finish; the interior area A_t is
    ///   the storey's real one (`interiorAreaM2(storey:)`); storeys coupled through floors of U
    ///   `interStoreyFloorUValueWPerM2K` × the upper storey's reference area;
    /// - set-points and gains: `ThermalMappingConventions`; `freeFloat` removes heating and cooling;
    /// - exterior film: from the weather's wind at the storey's mid-height in `ThermalMappingConventions.terrain`.
    /// - Complexity: O(storeys × façades).
    public func thermalSpec(_ c: ThermalMappingConventions = ThermalMappingConventions(),
                            freeFloat: Bool = false) -> BuildingThermalSpec {
        let airflow = AirflowSpec(
            infiltration: .ach(infiltrationAirChangesPerH), ventilation: .ach(ventilation.airChangesPerH),
            heatRecoveryEfficiency: ventilation.heatRecoveryEfficiency,
            airHeatCapacityJPerM3K: EnvelopeDefaults.airHeatCapacityWhPerM3K * 3600)
        let hvac = freeFloat ? HVACSpec.freeFloating
            : HVACSpec(heatingSetpointC: c.heatingSetpointC, coolingSetpointC: c.coolingSetpointC)
        let zones = storeys.indices.map { s -> ZoneSpec in
            let st = storeys[s]
            var z = ZoneSpec(
                name: "\(buildingID) storey \(s)", floorAreaM2: st.referenceAreaM2, volumeM3: st.volumeM3,
                walls: walls(storey: s).map {
                    WallSpec(orientation: Orientation(azimuthDeg: $0.azimuthDeg), areaM2: $0.areaM2,
                             uValueWPerM2K: $0.uValueWPerM2K, solarAbsorptance: $0.absorptance)
                },
                windows: zip(glazing(storey: s), facades.filter { $0.windowAreaM2(storey: s) > 0 }).map { g, f in
                    ZoneWindowSpec(orientation: Orientation(azimuthDeg: g.azimuthDeg), areaM2: g.areaM2,
                                   uValueWPerM2K: g.uValueWPerM2K, gValue: g.gValue, frameFraction: g.frameFraction,
                                   shadingFactor: g.shadingFactor, horizonAngleDeg: g.horizonAngleDeg,
                                   shutter: f.windows.hasShutters ? ShutterSpec() : nil)
                },
                mass: .layers(massLayers(storey: s)), interiorSurfaceAreaM2: interiorAreaM2(storey: s), airflow: airflow,
                internalGains: InternalGainsSpec(wattsPerM2: c.internalGainsWPerM2), hvac: hvac,
                windExposure: c.terrain.map { WindExposure(terrain: $0, heightM: st.bottomM + st.heightM / 2) })
            if st.isUnderRoof, roofAreaM2 > 0 {
                z.roofs = [RoofSpec(plane: .horizontal, areaM2: roofAreaM2,
                                    uValueWPerM2K: roof.uValueWPerM2K * roofAdjacencyFactor,
                                    solarAbsorptance: c.roofAbsorptance)]
            }
            if st.isOnGround, let g = groundContact {
                z.floors = [FloorSpec(areaM2: g.areaM2, uValueWPerM2K: g.uValueWPerM2K,
                                      boundary: .groundPeriodic(g.periodicSpec(indoorRangeC: c.groundIndoorRangeC)))]
            } else if st.isOnGround, groundFloorAreaM2 > 0 {
                z.floors = [FloorSpec(areaM2: groundFloorAreaM2, uValueWPerM2K: groundFloorConductanceWPerK / groundFloorAreaM2,
                                      boundary: .outdoorAir)]
            }
            return z
        }
        let coupling = storeys.indices.dropFirst().map { c.interStoreyFloorUValueWPerM2K * storeys[$0].referenceAreaM2 }
        return BuildingThermalSpec(id: buildingID, zones: zones, interZoneConductancesWPerK: coupling)
    }
}
