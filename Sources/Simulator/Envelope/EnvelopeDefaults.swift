import Foundation
import BuildingModel

/// Default U-values and air leakage for old buildings, from the 3CL-DPE 2021 default tables as quoted in
/// domain.md §4. Measured U-values of solid walls can be up to 30 % better than these defaults.
public enum EnvelopeDefaults {
    /// Wall U-value, W/(m²·K), by material and thickness (domain.md §4, DPE defaults):
    /// - stone rubble 50/60/70/80+ cm: 2.05/1.8/1.65/1.5;
    /// - dressed stone faces with rubble core 50/60/70/80+ cm: 1.9/1.6/1.45/1.25;
    /// - timber frame with infill: 1.7; solid brick 23/34/45 cm: 2.5/2.0/1.65;
    /// - unknown wall before 1974: 2.5. Concrete (not in the table): 2.5 (estimate, uninsulated 20 cm).
    /// Thicknesses between the tabulated ones take the nearest lower row (the thinner wall, the worse U);
    /// thinner than the first row takes the first row.
    public static func wallUValueWPerM2K(material: WallMaterial, thicknessM: Double) -> Double {
        let cm = thicknessM * 100
        func pick(_ rows: [(Double, Double)]) -> Double {
            var u = rows[0].1
            for (t, v) in rows where cm + 1e-9 >= t { u = v }
            return u
        }
        switch material {
        case .stoneRubble: return pick([(50, 2.05), (60, 1.8), (70, 1.65), (80, 1.5)])
        case .stoneDressed: return pick([(50, 1.9), (60, 1.6), (70, 1.45), (80, 1.25)])
        case .timberFrame: return 1.7
        case .solidBrick: return pick([(23, 2.5), (34, 2.0), (45, 1.65)])
        case .concrete, .unknown: return 2.5
        }
    }

    /// Roof (top ceiling) U-value and adjacency factor b (share of the temperature difference across it).
    /// Uninsulated pitched roof: ceiling between timber joists 1.2 W/(m²·K) (domain.md §4) under an unheated,
    /// ventilated attic, b = 0.95 (estimate close to the 3CL "combles fortement ventilés"). Insulated pitched: 0.3
    /// (estimate). Flat: 2.0 (estimate, uninsulated slab), b = 1.
    public static func roof(_ kind: RoofKind) -> (uValueWPerM2K: Double, adjacencyFactor: Double) {
        switch kind {
        case .pitchedUninsulated: (1.2, 0.95)
        case .pitchedInsulated: (0.3, 0.95)
        case .flat: (2.0, 1.0)
        }
    }

    /// Ground floor: timber floor on joists 1.6 W/(m²·K) (domain.md §4) over a cellar or crawl space,
    /// adjacency factor 0.8 (estimate for an unheated cellar, 3CL b-factor range 0.7–0.9).
    public static let groundFloorUValueWPerM2K = 1.6
    public static let groundFloorAdjacencyFactor = 0.8
    /// Resistance of an old floor laid on the earth, m²·K/W: terracotta tiles 2 cm (λ 1.0) on a lime-mortar bed
    /// 5 cm (λ 0.7) = 0.02 + 0.071 ≈ 0.09 (estimate; the ground itself is ISO 13370's, ``GroundContact``).
    public static let groundSlabResistanceM2KPerW = 0.09

    /// Window defaults by kind (domain.md §4): wood single 5.4, wood double 3.0 (Ug 2.8), PVC double 2.6
    /// (estimate, 1990s PVC), metal single 5.8 (estimate). g of the glazing at normal incidence: single clear 4 mm
    /// 0.85, double 4/12/4 0.75 (EN 410 typical). Frame share of the window 0.25 (the default frame area fraction of
    /// EN ISO 52016-1 Annex B; the old wooden windows of benchmarks/typologies/physics.json), 0.2 for thin metal
    /// profiles (estimate).
    public static func window(_ kind: WindowKind) -> WindowSpec {
        switch kind {
        case .woodSingle: WindowSpec(uwWPerM2K: 5.4, gValue: 0.85, frameFraction: 0.25, hasShutters: false)
        case .woodDouble: WindowSpec(uwWPerM2K: 3.0, gValue: 0.75, frameFraction: 0.25, hasShutters: false)
        case .pvcDouble: WindowSpec(uwWPerM2K: 2.6, gValue: 0.75, frameFraction: 0.25, hasShutters: false)
        case .metalSingle: WindowSpec(uwWPerM2K: 5.8, gValue: 0.85, frameFraction: 0.2, hasShutters: false)
        }
    }

    /// Air leakage Q4Pa, m³/h per m² of envelope (walls, windows and roof; floor excluded as in 3CL), before 1948
    /// (domain.md §4): apartment 4.6, house 3.3; 2.5 once the windows are sealed. After 1948: 2.0 (estimate).
    public static func q4PaM3PerHM2(period: ConstructionPeriod, dwellings: Int) -> Double {
        guard period <= .from1915To1948 else { return 2.0 }
        return dwellings > 1 ? 4.6 : 3.3
    }

    /// Mean infiltration air changes, 1/h, from Q4Pa: Q50 = Q4Pa·(50/4)^(2/3) (power law, flow exponent 2/3 as
    /// in EN ISO 13789 / 3CL), n50 = Q50·A/V, and the "n50/20" rule of thumb (Sherman 1987, LBL-23474) for the
    /// annual mean natural infiltration.
    public static func infiltrationAirChangesPerH(q4PaM3PerHM2: Double, envelopeAreaM2: Double,
                                                   volumeM3: Double) -> Double {
        guard volumeM3 > 0 else { return 0 }
        let q50 = q4PaM3PerHM2 * pow(50.0 / 4.0, 2.0 / 3.0)
        return q50 * envelopeAreaM2 / volumeM3 / 20
    }

    /// Floor thickness subtracted from the storey height to get the clear ceiling height, m (estimate).
    public static let floorThicknessM = 0.25

    /// Heat capacity of air per volume, Wh/(m³·K) (ρc = 1.2 kg/m³ × 1005 J/(kg·K) / 3600 ≈ 0.34).
    public static let airHeatCapacityWhPerM3K = 0.34
}
