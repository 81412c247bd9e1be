import BuildingModel

/// Areal heat capacities κ (J/(m²·K)) of the surfaces that face a storey, by the ISO 13786 "10 cm rule" (the
/// layers within 10 cm of the inside surface, stopping at an insulation layer), for the constructions the stock
/// words stand for (benchmarks/typologies/physics.json lists the same layers). Estimates from typical densities
/// and specific heats; ISO 13790 eq. 65–66 turn them into C_m and A_m.
public enum InteriorCapacities {
    /// A masonry wall (exposed or party) with 2.5 cm of lime plaster (ρc 1.6 MJ/(m³·K)), then 7.5 cm of the wall.
    public static func wallJPerM2K(_ material: WallMaterial) -> Double {
        let plaster = 0.025 * 1.6e6
        switch material {
        case .stoneRubble: return plaster + 0.075 * 2.0e6
        case .stoneDressed: return plaster + 0.075 * 2.2e6
        case .solidBrick: return plaster + 0.075 * 1.8e6
        case .concrete: return plaster + 0.075 * 2.0e6
        case .timberFrame: return plaster + 0.075 * 0.9e6  // infill of cob or light brick between timbers
        case .unknown: return plaster + 0.075 * 1.6e6
        }
    }
    /// A wall insulated from inside: its 1 cm lime-plaster finish only (the insulant stops the 10 cm rule).
    public static let internallyInsulatedWallJPerM2K = 0.010 * 1.6e6
    /// A timber floor between storeys, either face: oak boards 22 mm (ρc 1.12 MJ/(m³·K)) and a lime-plaster
    /// ceiling 20 mm (1.6 MJ/(m³·K)).
    public static let timberFloorJPerM2K = 0.022 * 1.12e6 + 0.020 * 1.6e6
    /// The ceiling under an attic: 15 mm of lime plaster on joists.
    public static let atticCeilingJPerM2K = 0.015 * 1.6e6
    /// The ceiling under a flat roof: 10 cm of concrete slab (ρc 2.0 MJ/(m³·K)).
    public static let flatRoofSlabJPerM2K = 0.10 * 2.0e6
    /// A floor laid on the earth: tiles 2 cm (1.6 MJ/(m³·K)), lime mortar 5 cm (1.6), then 3 cm of ground (3.0,
    /// ISO 13370 clay or silt).
    public static let floorOnGroundJPerM2K = 0.02 * 1.6e6 + 0.05 * 1.6e6 + 0.03 * 3.0e6
}

extension Envelope {
    /// The surfaces facing storey `s` as mass layers (ISO 13790 §12.3.1.1): the exposed walls (masonry, or only
    /// their finish where insulated from inside), the party walls (masonry whatever is done to the façades), the
    /// floor and the ceiling; windows hold none. Wall areas are on the inner outline, as `interiorAreaM2(storey:)`.
    public func massLayers(storey s: Int) -> [MassLayer] {
        let st = storeys[s]
        let inner = innerOutlineScale(storey: s)
        let masonry = InteriorCapacities.wallJPerM2K(wallMaterial)
        var out: [MassLayer] = []
        var bare = 0.0, lined = 0.0
        for w in walls(storey: s) {
            if w.isInsulatedInside { lined += w.areaM2 * inner } else { bare += w.areaM2 * inner }
        }
        if bare > 0 { out.append(MassLayer(areaM2: bare, arealCapacityJPerM2K: masonry)) }
        if lined > 0 { out.append(MassLayer(areaM2: lined, arealCapacityJPerM2K: InteriorCapacities.internallyInsulatedWallJPerM2K)) }
        let party = partyWallAreaM2(storey: s) * inner
        if party > 0 { out.append(MassLayer(areaM2: party, arealCapacityJPerM2K: masonry)) }
        let floor: Double
        if !st.isOnGround {
            floor = InteriorCapacities.timberFloorJPerM2K
        } else {
            floor = groundFloorKind == .onGround ? InteriorCapacities.floorOnGroundJPerM2K : InteriorCapacities.timberFloorJPerM2K
        }
        let ceiling: Double
        if !st.isUnderRoof {
            ceiling = InteriorCapacities.timberFloorJPerM2K
        } else {
            ceiling = roofAdjacencyFactor < 1 ? InteriorCapacities.atticCeilingJPerM2K : InteriorCapacities.flatRoofSlabJPerM2K
        }
        out.append(MassLayer(areaM2: st.referenceAreaM2, arealCapacityJPerM2K: floor))
        out.append(MassLayer(areaM2: st.referenceAreaM2, arealCapacityJPerM2K: ceiling))
        return out
    }
}
