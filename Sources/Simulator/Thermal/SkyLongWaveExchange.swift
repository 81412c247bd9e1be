import Foundation

/// How the outer face of an envelope element exchanges long-wave radiation with the sky (the sky term of the
/// sol-air temperature, ISO 13790 §11.3.5: Φ_r = R_se·U·A·h_r·F·(θ_e − θ_sky)).
///
/// The sky temperature θ_sky of a weather file is the hemispherical value seen by a **horizontal** surface. A
/// tilted surface sees the part of the sky dome near the horizon, whose emissivity is close to 1 (it radiates at
/// about the air temperature), so charging its whole sky view factor at θ_sky overstates the loss of walls.
public enum SkyLongWaveExchange: Sendable, Hashable {
    /// ISO 13790 / ISO 52016-1: the element radiates to θ_sky through its whole sky view factor
    /// F_sky = (1 + cos s)/2 (0.5 for a wall, 1 for a flat roof).
    case viewFactor
    /// The sky view split into sky and air (McClellan & Pedersen 1997, as EnergyPlus applies it):
    /// F_sky·β at θ_sky and F_sky·(1 − β) at the air temperature, β = √F_sky. The air part is already in the
    /// exterior film of R_se, so only F_sky·β remains in the sky term (0.354 for a wall, 1 for a flat roof).
    case skyAndAirSplit

    /// The factor F that multiplies h_r·(θ_e − θ_sky) for an element of sky view factor F_sky = (1 + cos s)/2.
    public func skyFactor(viewFactor fSky: Double) -> Double {
        switch self {
        case .viewFactor: fSky
        case .skyAndAirSplit: fSky * fSky.squareRoot()
        }
    }

    /// The sky view factor of an element tilted `tiltDeg` from the horizontal (0 = flat roof, 90 = wall).
    public static func viewFactor(tiltDeg: Double) -> Double {
        (1 + cos(tiltDeg * .pi / 180)) / 2
    }
}
