import Foundation

/// Sky-diffuse irradiance on a tilted plane.
public enum SkyModel: String, Sendable, CaseIterable, Codable {
    /// Perez et al. 1990 ("Modeling daylight availability and irradiance components from direct and global
    /// irradiance", Solar Energy 44(5)), all-sites composite coefficients, as in ISO 52010-1:2017 §6.4.
    case perez
    /// Liu–Jordan isotropic sky: I_d = DHI·(1 + cos β)/2.
    case isotropic
}

/// Perez 1990 anisotropic sky: I_d,s = DHI·[(1 − F1)·(1 + cos β)/2 + F1·a/b + F2·sin β].
public enum PerezSkyModel {
    /// Upper bounds of the sky-clearness bins 1…7 (bin 8 is ε ≥ 6.2).
    static let epsilonBins: [Double] = [1.065, 1.230, 1.500, 1.950, 2.800, 4.500, 6.200]
    /// f11, f12, f13, f21, f22, f23 per bin: Perez et al. 1990, Table 6 ("all sites composite"), the set
    /// pvlib calls `allsitescomposite1990`.
    static let coefficients: [[Double]] = [
        [-0.0083117, 0.5877285, -0.0620636, -0.0596012, 0.0721249, -0.0220216],
        [0.1299457, 0.6825954, -0.1513752, -0.0189325, 0.0659650, -0.0288748],
        [0.3296958, 0.4868735, -0.2210958, 0.0554140, -0.0639588, -0.0260542],
        [0.5682053, 0.1874525, -0.2951290, 0.1088631, -0.1519229, -0.0139754],
        [0.8730280, -0.3920403, -0.3616149, 0.2255647, -0.4620442, 0.0012448],
        [1.1326077, -1.2367284, -0.4118494, 0.2877813, -0.8230357, 0.0558651],
        [1.0601591, -1.5999137, -0.3589221, 0.2642124, -1.1272340, 0.1310694],
        [0.6777470, -0.3272588, -0.2504286, 0.1561313, -1.3765031, 0.2506212],
    ]

    /// Brightness coefficients (F1 circumsolar, F2 horizon) for one hour.
    /// - Parameters: cosZenith = sin(altitude) (> 0), dhi and dni in W/m², i0n extraterrestrial normal W/m².
    /// Sky clearness ε = [(DHI + DNI)/DHI + κ·θ_z³]/(1 + κ·θ_z³), κ = 1.041 (θ_z rad); brightness Δ = m·DHI/I_0n
    /// with the Kasten–Young (1989) air mass m = 1/(cos θ_z + 0.50572·(96.07995 − θ_z[°])^−1.6364).
    public static func brightness(cosZenith: Double, dhi: Double, dni: Double, i0n: Double) -> (f1: Double, f2: Double) {
        guard dhi > 0, cosZenith > 0 else { return (0, 0) }
        let z = acos(min(1, cosZenith))
        let z3 = 1.041 * z * z * z
        let eps = ((dhi + dni) / dhi + z3) / (1 + z3)
        let zDeg = z * 180 / .pi
        let airMass = 1 / (cosZenith + 0.50572 * pow(96.07995 - zDeg, -1.6364))
        let delta = airMass * dhi / i0n
        var bin = 7
        for (i, limit) in epsilonBins.enumerated() where eps < limit { bin = i; break }
        let c = coefficients[bin]
        let f1 = max(0, c[0] + c[1] * delta + c[2] * z)
        let f2 = c[3] + c[4] * delta + c[5] * z
        return (f1, f2)
    }

    /// Sky-diffuse irradiance on a plane with tilt β (cos β, sin β) and incidence cosine cosIncidence.
    /// a = max(0, cos θ), b = max(cos 85°, cos θ_z).
    @inlinable public static func skyDiffuse(
        dhi: Double, f1: Double, f2: Double, cosTilt: Double, sinTilt: Double, cosIncidence: Double, cosZenith: Double
    ) -> Double {
        let a = max(0, cosIncidence)
        let b = max(0.087155742747658, cosZenith)
        return max(0, dhi * ((1 - f1) * (1 + cosTilt) / 2 + f1 * a / b + f2 * sinTilt))
    }
}
