import BuildingModel
import Foundation

/// A surface whose irradiance is precomputed: a vertical façade of one of the 8 orientations, the horizontal
/// roof, or a pitched roof plane (tilt ``SurfaceIrradiance/roofTiltDeg``) facing one of the 8 orientations.
public enum SolarSurface: Hashable, Sendable {
    case facade(Orientation)
    case horizontal
    case pitchedRoof(Orientation)

    /// Row of the surface in the flat arrays of ``SurfaceIrradiance``.
    public var index: Int {
        switch self {
        case .facade(let o): return Orientation.allCases.firstIndex(of: o)!
        case .horizontal: return 8
        case .pitchedRoof(let o): return 9 + Orientation.allCases.firstIndex(of: o)!
        }
    }

    public static let count = 17
}

/// Hourly irradiance on the 17 ``SolarSurface``s for one weather file, computed once and shared by all buildings.
///
/// I_tot = I_beam + I_sky + I_ground with I_beam = DNI·max(0, cos θ), I_ground = ρ_g·GHI·(1 − cos β)/2 and I_sky
/// from the Perez 1990 or isotropic sky model (see ``PerezSkyModel``). The glazing-weighted beam
/// I_beam·g(θ)/g(0) (``GlazingAngularModifier``) and the tangent of the profile angle (for horizon obstructions
/// of façades) are stored too. Arrays are flat, index `surface.index · 8760 + hour`.
///
/// - Complexity: O(17 · 8760) to build; every accessor is O(1).
public struct SurfaceIrradiance: Sendable {
    public let climate: ClimateData
    public let geometry: SolarGeometry
    public let skyModel: SkyModel
    public let groundReflectance: Double
    public let roofTiltDeg: Double
    public let glazingModifier: GlazingAngularModifier
    /// Beam irradiance on the surface, W/m².
    public let beam: [Double]
    /// Sky-diffuse irradiance on the surface, W/m².
    public let skyDiffuse: [Double]
    /// Ground-reflected irradiance on the surface, W/m².
    public let groundReflected: [Double]
    /// Beam irradiance weighted by the glazing's angular modifier, W/m².
    public let beamGlazing: [Double]
    /// tan(profile angle) of the sun seen from the surface (façades; +∞ for roofs and when the sun is behind).
    public let tanProfileAngle: [Double]
    /// Annual mean of the weather station's wind, m/s (the weighted winds below when their weights are all zero).
    public let meanWindSpeedMPerS: Double
    /// The station's wind weighted by the heating degree-hours of each hour (base ``heatingBaseC``), m/s: the wind
    /// of the hours when a building loses heat, for the exterior film of its losses.
    public let heatingWeightedWindSpeedMPerS: Double
    /// The station's wind weighted by the global horizontal irradiance of each hour, m/s: the wind of the hours
    /// when the sun shines, for the exterior film of the sol-air gains.
    public let sunWeightedWindSpeedMPerS: Double
    /// Base of the heating weighting, °C: the conventional 19 °C heating set-point (3CL-DPE 2021).
    public static let heatingBaseC = 19.0
    /// Annual and monthly mean dry-bulb temperatures, °C (for ground floors; computed once here rather than per zone).
    public let meanDryBulbC: Double
    public let monthlyMeanDryBulbC: [Double]

    public init(
        climate: ClimateData, skyModel: SkyModel = .perez, groundReflectance: Double = 0.2, roofTiltDeg: Double = 35,
        glazingModifier: GlazingAngularModifier = .doubleClear
    ) {
        let n = ClimateData.hoursPerYear
        let geo = SolarGeometry(location: climate.location)
        var beam = [Double](repeating: 0, count: SolarSurface.count * n)
        var sky = beam, ground = beam, beamG = beam
        var tanP = [Double](repeating: .infinity, count: SolarSurface.count * n)
        // Surface normals in east–north–up coordinates.
        var normals: [(e: Double, n: Double, u: Double, cosTilt: Double, sinTilt: Double, vertical: Bool)] = []
        let beta = roofTiltDeg * .pi / 180
        for o in Orientation.allCases {
            let a = o.azimuthDeg * .pi / 180
            normals.append((sin(a), cos(a), 0, 0, 1, true))
        }
        normals.append((0, 0, 1, 1, 0, false))
        for o in Orientation.allCases {
            let a = o.azimuthDeg * .pi / 180
            normals.append((sin(beta) * sin(a), sin(beta) * cos(a), cos(beta), cos(beta), sin(beta), false))
        }
        for h in 0..<n {
            let ghi = climate.globalHorizontalWPerM2[h], dni = climate.directNormalWPerM2[h]
            let dhi = climate.diffuseHorizontalWPerM2[h]
            let cz = geo.sunUp[h]
            let sunUp = cz > 0
            var f1 = 0.0, f2 = 0.0
            if skyModel == .perez && sunUp {
                (f1, f2) = PerezSkyModel.brightness(
                    cosZenith: cz, dhi: dhi, dni: dni, i0n: geo.extraterrestrialNormalWPerM2[h])
            }
            for (s, nv) in normals.enumerated() {
                let i = s * n + h
                let cosI = geo.sunEast[h] * nv.e + geo.sunNorth[h] * nv.n + geo.sunUp[h] * nv.u
                if sunUp && cosI > 0 {
                    beam[i] = dni * cosI
                    beamG[i] = beam[i] * glazingModifier.beamRatio(cosIncidence: cosI)
                    if nv.vertical { tanP[i] = cz / cosI }
                }
                switch skyModel {
                case .perez where sunUp:
                    sky[i] = PerezSkyModel.skyDiffuse(
                        dhi: dhi, f1: f1, f2: f2, cosTilt: nv.cosTilt, sinTilt: nv.sinTilt, cosIncidence: cosI,
                        cosZenith: cz)
                default:
                    sky[i] = dhi * (1 + nv.cosTilt) / 2
                }
                ground[i] = groundReflectance * ghi * (1 - nv.cosTilt) / 2
            }
        }
        self.climate = climate
        let wind = climate.windSpeedMPerS
        let meanWind = wind.isEmpty ? 0 : wind.reduce(0, +) / Double(wind.count)
        self.meanWindSpeedMPerS = meanWind
        func weightedWind(_ weight: (Int) -> Double) -> Double {
            var sum = 0.0, total = 0.0
            for h in wind.indices {
                let w = weight(h)
                sum += w * wind[h]
                total += w
            }
            return total > 0 ? sum / total : meanWind
        }
        self.heatingWeightedWindSpeedMPerS = weightedWind { max(0, Self.heatingBaseC - climate.dryBulbC[$0]) }
        self.sunWeightedWindSpeedMPerS = weightedWind { max(0, climate.globalHorizontalWPerM2[$0]) }
        self.meanDryBulbC = climate.meanDryBulbC
        self.monthlyMeanDryBulbC = climate.monthlyMeanDryBulbC
        self.geometry = geo
        self.skyModel = skyModel
        self.groundReflectance = groundReflectance
        self.roofTiltDeg = roofTiltDeg
        self.glazingModifier = glazingModifier
        self.beam = beam
        self.skyDiffuse = sky
        self.groundReflected = ground
        self.beamGlazing = beamG
        self.tanProfileAngle = tanP
    }

    /// Total irradiance on a surface at one hour, W/m².
    @inlinable public func total(_ surface: SolarSurface, hour h: Int) -> Double {
        let i = surface.index * ClimateData.hoursPerYear + h
        return beam[i] + skyDiffuse[i] + groundReflected[i]
    }

    /// Annual irradiation on a surface, kWh/m².
    public func annualTotalKWhPerM2(_ surface: SolarSurface) -> Double {
        var s = 0.0
        for h in 0..<ClimateData.hoursPerYear { s += total(surface, hour: h) }
        return s / 1000
    }
}
