import BuildingModel
import Foundation
import Testing
@testable import Simulator

@Suite struct SolarTests {
    @Test func noonAltitudeAtSummerSolstice() {
        // Solar noon altitude α = 90° − φ + δ; at Cahors (φ = 44.45°) on 21 June δ ≈ 23.44° → α ≈ 69.0°.
        let g = SolarGeometry(location: .cahors)
        let day = 171  // 0-based day of 21 June
        let maxAlt = (0..<24).map { g.altitudeDeg(hour: day * 24 + $0) }.max()!
        // Mid-hour sampling misses the exact noon by up to 30 min of hour angle (≈ 1.5° of altitude at most).
        #expect(maxAlt > 67.0 && maxAlt <= 69.1)
    }

    @Test func perezOnHorizontalEqualsDiffuseHorizontal() {
        // On a horizontal plane a = b = cos θ_z (above 85°) and sin β = 0, so I_d = DHI·[(1 − F1) + F1] = DHI.
        let (f1, f2) = PerezSkyModel.brightness(cosZenith: 0.6, dhi: 150, dni: 600, i0n: 1360)
        let d = PerezSkyModel.skyDiffuse(dhi: 150, f1: f1, f2: f2, cosTilt: 1, sinTilt: 0, cosIncidence: 0.6, cosZenith: 0.6)
        #expect(abs(d - 150) < 1e-9)
    }

    @Test func perezGivesMoreDiffuseThanIsotropicOnSunlitFacade() {
        let c = Fixtures.cahorsClimate
        let p = SurfaceIrradiance(climate: c, skyModel: .perez), i = SurfaceIrradiance(climate: c, skyModel: .isotropic)
        let n = ClimateData.hoursPerYear, s = SolarSurface.facade(.south).index * n
        let perez = p.skyDiffuse[s..<(s + n)].reduce(0, +), iso = i.skyDiffuse[s..<(s + n)].reduce(0, +)
        #expect(perez > iso)
        // Horizontal totals agree with GHI ≈ beam·cos θ_z + DHI (beam from the same DNI).
        #expect(abs(p.annualTotalKWhPerM2(.horizontal) - c.annualGlobalHorizontalKWhPerM2) / c.annualGlobalHorizontalKWhPerM2 < 0.02)
    }

    @Test func southFacadeGetsMoreThanNorth() {
        let p = Fixtures.cahorsIrradiance
        #expect(p.annualTotalKWhPerM2(.facade(.south)) > p.annualTotalKWhPerM2(.facade(.east)))
        #expect(p.annualTotalKWhPerM2(.facade(.east)) > p.annualTotalKWhPerM2(.facade(.north)))
    }
}
