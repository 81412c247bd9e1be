import Foundation

/// The wind that the outer faces of a zone see, from which their exterior surface resistance R_se follows
/// (ISO 6946:2017 Annex C) instead of the conventional 0.04 m²·K/W at which U-values are rated.
///
/// The weather file's wind is measured at 10 m over open ground; at a façade it depends on the terrain around
/// and the height above ground: v = v_met·(δ_met/z_met)^a_met·(z/δ)^a, the power-law boundary layer of ASHRAE
/// Fundamentals (2009, ch. 24, Table 1) that EnergyPlus also applies (met station: a 0.14, δ 270 m, z_met 10 m).
/// From the annual mean local wind v̄: h_c = 4 + 4·v̄ (ISO 6946 Annex C), R_se = 1/(h_c + h_r). A conventional
/// R_se of 0.04 corresponds to about 4 m/s at the façade: old town centres, sheltered by narrow streets, see far
/// less, so their single glazing and uninsulated walls lose less than their rated U-values say (and their
/// sunlit faces run hotter: the sol-air terms take the same R_se).
public struct WindExposure: Sendable, Hashable {
    /// Terrain around the building: the categories of ASHRAE Fundamentals (2009, ch. 24, Table 1). The raw values
    /// are the names `simulate --exposure` takes.
    public enum Terrain: String, Sendable, Hashable, CaseIterable {
        /// Open terrain with scattered obstructions (a 0.14, δ 270 m): what the weather station itself sees.
        case country
        /// Urban and suburban areas, numerous closely spaced obstructions the size of houses or larger (a 0.22,
        /// δ 370 m): a historic town centre of 3–5 storey houses.
        case urban
        /// Large city centres, at least half of the buildings taller than 21 m (a 0.33, δ 460 m).
        case largeCity = "large-city"

        var exponent: Double {
            switch self {
            case .country: 0.14
            case .urban: 0.22
            case .largeCity: 0.33
            }
        }

        var boundaryLayerM: Double {
            switch self {
            case .country: 270
            case .urban: 370
            case .largeCity: 460
            }
        }
    }

    public var terrain: Terrain
    /// Height above ground at which the wind is taken (mid-height of the zone's façades), m.
    public var heightM: Double

    public init(terrain: Terrain, heightM: Double) {
        self.terrain = terrain
        self.heightM = heightM
    }

    /// Wind speed at `heightM` in this terrain from the weather station's wind at 10 m, m/s.
    public func localWindSpeed(meteorologicalMPerS v: Double) -> Double {
        let station = pow(270.0 / 10.0, 0.14)
        return v * station * pow(max(heightM, 1) / terrain.boundaryLayerM, terrain.exponent)
    }

    /// ISO 6946:2017 Annex C: R_se = 1/(h_c + h_r) with h_c = 4 + 4·v, m²·K/W.
    public static func externalSurfaceResistance(localWindMPerS v: Double, radiativeWPerM2K hr: Double) -> Double {
        1 / (4 + 4 * v + hr)
    }

    /// The exterior surface resistance of a zone under this exposure, from the annual mean of the station's wind
    /// (h_c is linear in v, so the mean wind gives the mean h_c), m²·K/W.
    public func externalSurfaceResistance(meanStationWindMPerS v: Double, radiativeWPerM2K hr: Double) -> Double {
        Self.externalSurfaceResistance(localWindMPerS: localWindSpeed(meteorologicalMPerS: v), radiativeWPerM2K: hr)
    }
}
