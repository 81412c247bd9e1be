import BuildingModel

/// The thermal description of one building: what the thermal model and the label need, and what measures change.
///
/// Built from a `Building` and its `BuildingFacades` by `Envelope(building:facades:)`; every value not read from
/// the building is a documented default from `EnvelopeDefaults`. Measures return a modified copy.
public struct Envelope: Sendable, Hashable, Codable {
    public var buildingID: String
    public var wallMaterial: WallMaterial
    public var wallThicknessM: Double
    /// Storeys, ground storey first.
    public var storeys: [StoreyGeometry]
    /// Exposed façades (one per exposed footprint edge).
    public var facades: [FacadeElement]
    /// Roof/top ceiling over the top storey.
    public var roof: OpaqueElement
    /// Roof (top ceiling) area, m².
    public var roofAreaM2: Double
    /// Share of the inside–outside temperature difference across the roof element (unheated attic < 1).
    public var roofAdjacencyFactor: Double
    public var groundFloor: OpaqueElement
    public var groundFloorAreaM2: Double
    public var groundFloorAdjacencyFactor: Double
    /// What the ground floor stands on: over a cellar it loses U·b to outdoor air (`groundFloorAdjacencyFactor`);
    /// on the ground it loses through the ground (EN ISO 13370, ``groundContact``).
    public var groundFloorKind: GroundFloorKind
    /// Wall area against neighbours (adiabatic), m².
    public var partyWallAreaM2: Double
    /// Air leakage at 4 Pa, m³/h per m² of envelope (walls, windows, roof).
    public var q4PaM3PerHM2: Double
    public var ventilation: Ventilation
    public var heating: HeatingSpec
    public var hotWater: HotWaterSpec
    public var cooling: CoolingSpec?
    /// Number of dwellings (for DHW and per-dwelling costs).
    public var dwellings: Int

    public init(buildingID: String, wallMaterial: WallMaterial, wallThicknessM: Double, storeys: [StoreyGeometry],
                facades: [FacadeElement], roof: OpaqueElement, roofAreaM2: Double, roofAdjacencyFactor: Double,
                groundFloor: OpaqueElement, groundFloorAreaM2: Double, groundFloorAdjacencyFactor: Double,
                partyWallAreaM2: Double, q4PaM3PerHM2: Double, ventilation: Ventilation, heating: HeatingSpec,
                hotWater: HotWaterSpec, cooling: CoolingSpec?, dwellings: Int,
                groundFloorKind: GroundFloorKind = .overCellar) {
        self.buildingID = buildingID
        self.wallMaterial = wallMaterial
        self.wallThicknessM = wallThicknessM
        self.storeys = storeys
        self.facades = facades
        self.roof = roof
        self.roofAreaM2 = roofAreaM2
        self.roofAdjacencyFactor = roofAdjacencyFactor
        self.groundFloor = groundFloor
        self.groundFloorAreaM2 = groundFloorAreaM2
        self.groundFloorAdjacencyFactor = groundFloorAdjacencyFactor
        self.groundFloorKind = groundFloorKind
        self.partyWallAreaM2 = partyWallAreaM2
        self.q4PaM3PerHM2 = q4PaM3PerHM2
        self.ventilation = ventilation
        self.heating = heating
        self.hotWater = hotWater
        self.cooling = cooling
        self.dwellings = dwellings
    }

    public var referenceAreaM2: Double { storeys.reduce(0) { $0 + $1.referenceAreaM2 } }
    public var volumeM3: Double { storeys.reduce(0) { $0 + $1.volumeM3 } }
    public var exposedWallAreaM2: Double { facades.reduce(0) { $0 + $1.grossAreaM2 } }
    public var opaqueWallAreaM2: Double { facades.reduce(0) { $0 + $1.opaqueAreaM2 } }
    public var windowAreaM2: Double { facades.reduce(0) { $0 + $1.windowAreaM2 } }

    /// Envelope area that leaks air (walls, windows, roof; floor excluded as in 3CL), m².
    public var leakageAreaM2: Double { exposedWallAreaM2 + roofAreaM2 }

    /// Mean infiltration air changes, 1/h (see `EnvelopeDefaults.infiltrationAirChangesPerH`).
    public var infiltrationAirChangesPerH: Double {
        EnvelopeDefaults.infiltrationAirChangesPerH(q4PaM3PerHM2: q4PaM3PerHM2, envelopeAreaM2: leakageAreaM2,
                                                    volumeM3: volumeM3)
    }

    /// Air-change rate that carries heat out, 1/h: infiltration + ventilation × (1 − heat recovery).
    public var effectiveAirChangesPerH: Double {
        infiltrationAirChangesPerH + ventilation.airChangesPerH * (1 - ventilation.heatRecoveryEfficiency)
    }

    /// Heat-loss coefficient of one storey, W/K: transmission through its façades, the roof if it is under the
    /// roof, the ground floor if it is on the ground (each × adjacency factor), plus air exchange
    /// 0.34·n·V (EN ISO 13789 eq. 1 and 9; party walls adiabatic, thermal bridges not counted).
    public func heatLossCoefficientWPerK(storey s: Int) -> Double {
        let st = storeys[s]
        var h = facades.reduce(0) { $0 + $1.heatLossCoefficientWPerK(storey: s) }
        if st.isUnderRoof { h += roof.uValueWPerM2K * roofAreaM2 * roofAdjacencyFactor }
        if st.isOnGround { h += groundFloorConductanceWPerK }
        h += EnvelopeDefaults.airHeatCapacityWhPerM3K * effectiveAirChangesPerH * st.volumeM3
        return h
    }

    /// Perimeter of the ground floor that faces outdoors, m: the ground storey's façade lengths (its exposed area
    /// over its height), so edges against heated neighbours are left out. 0 when no storey is on the ground.
    public var groundFloorExposedPerimeterM: Double {
        guard let s = storeys.first, s.isOnGround, s.heightM > 0 else { return 0 }
        return facades.reduce(0) { $0 + $1.storeyGrossAreaM2[0] / s.heightM }
    }

    /// The ground floor seen through EN ISO 13370 when it lies on the ground: its area, exposed perimeter, the wall
    /// thickness, and the floor construction's resistance (`EnvelopeDefaults.groundSlabResistanceM2KPerW`) plus the
    /// layers measures added; nil over a cellar.
    public var groundContact: GroundContact? {
        guard groundFloorKind == .onGround, groundFloorAreaM2 > 0 else { return nil }
        let added = groundFloor.layers.reduce(0) { $0 + $1.addedResistanceM2KPerW }
        return GroundContact(areaM2: groundFloorAreaM2, exposedPerimeterM: groundFloorExposedPerimeterM,
                             wallThicknessM: wallThicknessM,
                             floorResistanceM2KPerW: EnvelopeDefaults.groundSlabResistanceM2KPerW + added)
    }

    /// Steady-state conductance of the ground floor, W/K: U·A·b over a cellar, the ISO 13370 U·A on the ground.
    public var groundFloorConductanceWPerK: Double {
        if let g = groundContact { return g.uValueWPerM2K * g.areaM2 }
        return groundFloor.uValueWPerM2K * groundFloorAreaM2 * groundFloorAdjacencyFactor
    }

    /// Heat-loss coefficient of the building, W/K (sum over storeys; floors between storeys are internal).
    public var heatLossCoefficientWPerK: Double {
        storeys.indices.reduce(0) { $0 + heatLossCoefficientWPerK(storey: $1) }
    }
}
