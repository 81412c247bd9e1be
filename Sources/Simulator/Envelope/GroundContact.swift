import Foundation

/// Heat transfer of a floor laid on the ground, EN ISO 13370:2017 (slab on ground, no edge insulation).
///
/// The steady-state U-value (§9.1, eqs. 2–4), the internal and external periodic coefficients H_pi and H_pe and
/// their phase shifts (Annex H.4; ISO 13370:2007 Annex A.3) from the floor area, the **exposed** perimeter (edges
/// against heated neighbours lose nothing and are left out), the wall thickness and the floor construction's
/// resistance. The hourly model sees them through the monthly virtual ground temperature of ``GroundPeriodicSpec``.
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

    /// Internal periodic heat transfer coefficient H_pi, W/K (Annex H.4.1, slab on ground:
    /// A·(λ/d_t)·√(2 / ((1 + δ/d_t)² + 1)), the amplitude of the periodic flux into a semi-infinite ground behind
    /// the resistance d_t/λ).
    public var internalPeriodicCoefficientWPerK: Double {
        let lambda = Self.groundConductivityWPerMK, dt = equivalentThicknessM
        let r = 1 + Self.periodicPenetrationDepthM / dt
        return areaM2 * lambda / dt * (2 / (r * r + 1)).squareRoot()
    }

    /// Phase lead of the internal term, months: α = 1.5 − (12/2π)·arctan(d_t / (d_t + δ)).
    public var internalLeadMonths: Double {
        let dt = equivalentThicknessM
        return 1.5 - 12 / (2 * Double.pi) * atan(dt / (dt + Self.periodicPenetrationDepthM))
    }

    /// Phase lag of the external term, months: β = 1.5 − 0.42·ln(δ / (d_t + 1)).
    public var externalLagMonths: Double {
        1.5 - 0.42 * log(Self.periodicPenetrationDepthM / (equivalentThicknessM + 1))
    }

    /// The floor's periodic ground for the hourly model, the indoor estimate bounded by `indoorRangeC` (the
    /// heating and cooling set-points).
    public func periodicSpec(indoorRangeC: ClosedRange<Double>) -> GroundPeriodicSpec {
        GroundPeriodicSpec(
            externalPeriodicWPerK: externalPeriodicCoefficientWPerK, internalPeriodicWPerK: internalPeriodicCoefficientWPerK,
            internalLeadMonths: internalLeadMonths, externalLagMonths: externalLagMonths, indoorRangeC: indoorRangeC)
    }
}
