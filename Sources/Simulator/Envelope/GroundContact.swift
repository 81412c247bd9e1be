import Foundation

/// Heat transfer of a floor laid on the ground, EN ISO 13370:2017 (slab on ground, no edge insulation).
///
/// The steady-state U-value (§9.1, eqs. 2–4) and the external periodic coefficient H_pe (Annex H.4.2) from the
/// floor area, the **exposed** perimeter (edges against heated neighbours lose nothing and are left out), the wall
/// thickness and the floor construction's resistance. The monthly heat flow of Annex C with a constant indoor
/// temperature, Φ_m = U·A·(θ_i − θ_e,an) + H_pe·(θ_e,an − θ_e,m), is carried by a virtual ground temperature
/// θ_v,m = θ_e,an − (H_pe / U·A)·(θ_e,an − θ_e,m) (Annex F.2), so that the hourly model sees U·A·(θ_i − θ_v,m).
/// Phase lags are neglected (as in the UK Home Energy Model's use of the same equations).
public struct GroundContact: Sendable, Hashable, Codable {
    /// Floor area, m² (inside the walls).
    public var areaM2: Double
    /// Perimeter of the floor that faces outdoors, m.
    public var exposedPerimeterM: Double
    /// Full thickness of the walls at the floor's edge, m.
    public var wallThicknessM: Double
    /// Thermal resistance of the floor construction (its layers, insulation included), m²·K/W.
    public var floorResistanceM2KPerW: Double

    /// Ground of clay or silt (ISO 13370 Table 7): λ 1.5 W/(m·K), ρc 3.0 MJ/(m³·K), periodic penetration depth 2.2 m.
    public static let groundConductivityWPerMK = 1.5
    public static let periodicPenetrationDepthM = 2.2
    static let insideResistance = 0.17, outsideResistance = 0.04

    public init(areaM2: Double, exposedPerimeterM: Double, wallThicknessM: Double, floorResistanceM2KPerW: Double) {
        self.areaM2 = areaM2
        self.exposedPerimeterM = exposedPerimeterM
        self.wallThicknessM = wallThicknessM
        self.floorResistanceM2KPerW = floorResistanceM2KPerW
    }

    /// Total equivalent thickness d_t = w + λ·(R_si + R_f + R_se), m (eq. 3).
    public var equivalentThicknessM: Double {
        wallThicknessM + Self.groundConductivityWPerMK
            * (Self.insideResistance + floorResistanceM2KPerW + Self.outsideResistance)
    }

    /// Characteristic dimension B' = A / (½·P), m (eq. 2); infinite when no edge is exposed.
    public var characteristicDimensionM: Double {
        exposedPerimeterM > 0 ? areaM2 / (0.5 * exposedPerimeterM) : .infinity
    }

    /// Steady-state U-value of floor and ground together, W/(m²·K) (eq. 4 for d_t < B', eq. 5 otherwise).
    public var uValueWPerM2K: Double {
        let lambda = Self.groundConductivityWPerMK, dt = equivalentThicknessM, b = characteristicDimensionM
        guard b.isFinite else { return 0 }
        if dt < b { return 2 * lambda / (Double.pi * b + dt) * log(Double.pi * b / dt + 1) }
        return lambda / (0.457 * b + dt)
    }

    /// External periodic heat transfer coefficient H_pe, W/K (Annex H.4.2: 0.37·P·λ·ln(δ/d_t + 1)).
    public var externalPeriodicCoefficientWPerK: Double {
        0.37 * exposedPerimeterM * Self.groundConductivityWPerMK
            * log(Self.periodicPenetrationDepthM / equivalentThicknessM + 1)
    }

    /// H_pe / (U·A): how much of the outdoor monthly swing reaches the virtual ground temperature (0 when the floor
    /// loses nothing).
    public var periodicRatio: Double {
        let ua = uValueWPerM2K * areaM2
        return ua > 0 ? externalPeriodicCoefficientWPerK / ua : 0
    }
}
