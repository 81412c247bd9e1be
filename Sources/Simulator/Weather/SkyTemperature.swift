import Foundation

/// Effective sky temperature for the long-wave loss of opaque surfaces.
public enum SkyTemperature {
    /// Stefan–Boltzmann constant, W/(m²·K⁴).
    public static let sigma = 5.670374e-8

    /// From horizontal infrared radiation IR (W/m²): θ_sky = (IR/σ)^¼ − 273.15 (EnergyPlus Engineering Reference,
    /// "Sky radiation modeling").
    @inlinable public static func fromInfrared(_ irWPerM2: Double) -> Double {
        pow(irWPerM2 / sigma, 0.25) - 273.15
    }

    /// When IR is missing: Clark & Allen sky emissivity with the EnergyPlus cloud correction,
    /// ε_sky = (0.787 + 0.764·ln(T_dp/273))·(1 + 0.0224N − 0.0035N² + 0.00028N³), N opaque sky cover in tenths,
    /// IR = ε_sky·σ·T_db⁴ (EnergyPlus Engineering Reference, "Sky radiation modeling").
    public static func fromDewPoint(dryBulbC: Double, dewPointC: Double, opaqueSkyCoverTenths n: Double) -> Double {
        let tdp = max(dewPointC + 273.15, 150)
        let eps = min(1, max(0.3, (0.787 + 0.764 * log(tdp / 273)) * (1 + 0.0224 * n - 0.0035 * n * n + 0.00028 * n * n * n)))
        let t = dryBulbC + 273.15
        return fromInfrared(eps * sigma * t * t * t * t)
    }
}
