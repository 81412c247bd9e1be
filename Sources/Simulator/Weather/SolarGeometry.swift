import Foundation

/// Sun position for every hour of a 365-day year at one site, evaluated at mid-hour.
///
/// EPW row h (1-based hour h) covers (h−1, h] local standard time, so the sun is placed at t = h − 0.5 h.
/// Solar time = LST + [4·(λ − 15·TZ) + EoT]/60 h (λ °E, TZ h, EoT min); hour angle ω = 15°·(solar time − 12).
/// Declination and equation of time: Spencer (1971) Fourier series (Duffie & Beckman, eqs. 1.5.3 and 1.6.1b).
/// The sun is stored as a unit vector in east–north–up coordinates:
/// s_E = −cos δ·sin ω, s_N = sin δ·cos φ − cos δ·sin φ·cos ω, s_U = sin δ·sin φ + cos δ·cos φ·cos ω.
public struct SolarGeometry: Sendable {
    public let location: SiteLocation
    public let sunEast: [Double]
    public let sunNorth: [Double]
    /// sin(solar altitude) = cos(zenith); negative when the sun is below the horizon.
    public let sunUp: [Double]
    /// Extraterrestrial normal irradiance, W/m²: 1367·(1 + 0.033·cos(2π·n/365)) (Duffie & Beckman eq. 1.4.1a).
    public let extraterrestrialNormalWPerM2: [Double]

    public init(location: SiteLocation) {
        let n = ClimateData.hoursPerYear
        var e = [Double](repeating: 0, count: n), no = e, up = e, i0 = e
        let phi = location.latitudeDeg * .pi / 180
        for h in 0..<n {
            let day = h / 24 + 1
            let lst = Double(h % 24) + 0.5
            let g = 2 * Double.pi * Double(day - 1) / 365
            let decl = 0.006918 - 0.399912 * cos(g) + 0.070257 * sin(g) - 0.006758 * cos(2 * g)
                + 0.000907 * sin(2 * g) - 0.002697 * cos(3 * g) + 0.00148 * sin(3 * g)
            let eotMin = 229.18 * (0.000075 + 0.001868 * cos(g) - 0.032077 * sin(g) - 0.014615 * cos(2 * g)
                - 0.040849 * sin(2 * g))
            let solarTime = lst + (4 * (location.longitudeDeg - 15 * location.timeZoneHours) + eotMin) / 60
            let omega = (solarTime - 12) * 15 * Double.pi / 180
            e[h] = -cos(decl) * sin(omega)
            no[h] = sin(decl) * cos(phi) - cos(decl) * sin(phi) * cos(omega)
            up[h] = sin(decl) * sin(phi) + cos(decl) * cos(phi) * cos(omega)
            i0[h] = 1367 * (1 + 0.033 * cos(2 * Double.pi * Double(day) / 365))
        }
        self.location = location
        sunEast = e
        sunNorth = no
        sunUp = up
        extraterrestrialNormalWPerM2 = i0
    }

    /// Solar altitude in degrees at hour `h`.
    public func altitudeDeg(hour h: Int) -> Double { asin(max(-1, min(1, sunUp[h]))) * 180 / .pi }

    /// Solar azimuth in degrees clockwise from north at hour `h`.
    public func azimuthDeg(hour h: Int) -> Double {
        var a = atan2(sunEast[h], sunNorth[h]) * 180 / .pi
        if a < 0 { a += 360 }
        return a
    }
}
