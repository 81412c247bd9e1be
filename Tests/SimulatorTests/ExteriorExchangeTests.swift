import BuildingModel
import Foundation
import Testing
@testable import Simulator

/// The exterior film from the wind (`WindExposure`) and the sky/air split of the long-wave loss
/// (`SkyLongWaveExchange`), checked by hand on the small box of `Fixtures`.
@Suite struct ExteriorExchangeTests {
    /// A constant year (0 °C, no sun) with a constant wind and sky temperature.
    static func climate(windMPerS: Double, skyC: Double = 0) -> ClimateData {
        var c = Fixtures.constantClimate(temperatureC: 0)
        c.windSpeedMPerS = [Double](repeating: windMPerS, count: ClimateData.hoursPerYear)
        c.skyTemperatureC = [Double](repeating: skyC, count: ClimateData.hoursPerYear)
        return c
    }

    @Test func stationTerrainAtTenMetresKeepsTheStationWind() {
        let e = WindExposure(terrain: .country, heightM: 10)
        #expect(abs(e.localWindSpeed(meteorologicalMPerS: 3) - 3) < 1e-12)
        // Lower and rougher: less wind (ASHRAE power law: 1.586·(4.5/370)^0.22 = 0.601).
        let urban = WindExposure(terrain: .urban, heightM: 4.5).localWindSpeed(meteorologicalMPerS: 3)
        #expect(abs(urban - 3 * pow(27.0, 0.14) * pow(4.5 / 370, 0.22)) < 1e-12)
        #expect(abs(urban / 3 - 0.601) < 0.001)
        let large = WindExposure(terrain: .largeCity, heightM: 4.5).localWindSpeed(meteorologicalMPerS: 3)
        #expect(abs(large / 3 - 0.345) < 0.001)
    }

    /// Hand check: wind 2 m/s at the façade → h_c = 4 + 4·2 = 12, R_se = 1/(12 + 4.14) = 0.06196; the box's wall
    /// (U 1 rated at 0.04) becomes 1/(1 − 0.04 + 0.06196) = 0.9785 and its window (2.5) 1/(0.4 + 0.02196) = 2.3699.
    @Test func windExposureMovesTheRatedUToTheSiteFilm() throws {
        var box = Fixtures.box(hvac: HVACSpec(heatingSetpointC: 20))
        box.windExposure = WindExposure(terrain: .country, heightM: 10)
        let m = try ZoneModel(spec: box, irradiance: SurfaceIrradiance(climate: Self.climate(windMPerS: 2)))
        let rse = 1 / (4 + 4 * 2 + 4.14)
        #expect(abs(m.network.hTrW - 2 / (1 / 2.5 - 0.04 + rse)) < 1e-9)
        #expect(abs(m.network.hTrOp - 20 / (1 / 1.0 - 0.04 + rse)) < 1e-9)
        #expect(abs(m.network.hTrW - 4.7398) < 1e-4)
    }

    /// At the wind for which ISO 6946's formula gives exactly R_se = 0.04 (h_c + h_r = 25), the exposed zone is
    /// the rated one, result for result.
    @Test func theConventionalWindGivesTheRatedResult() throws {
        let v = (25 - 4 - 4.14) / 4
        let irr = SurfaceIrradiance(climate: Self.climate(windMPerS: v, skyC: -8))
        var exposed = Fixtures.box(hvac: HVACSpec(heatingSetpointC: 20))
        exposed.windExposure = WindExposure(terrain: .country, heightM: 10)
        let a = try ThermalSimulator(irradiance: irr).run(Fixtures.box(hvac: HVACSpec(heatingSetpointC: 20)))
        let b = try ThermalSimulator(irradiance: irr).run(exposed)
        #expect(abs(a.heatingKWh - b.heatingKWh) < 1e-6 * a.heatingKWh)
    }

    /// The film of the losses takes the wind of the cold hours, the film of the sol-air gains the wind of the sunny
    /// ones: a year whose first half is cold and calm (0 °C, 1 m/s, no sun) and second half warm, windy and sunny
    /// (25 °C, 5 m/s, 500 W/m² at midday) → heating-weighted wind 1 m/s, sun-weighted 5 m/s; the box's wall
    /// (U 1 rated) conducts with R_se = 1/(4 + 4 + 4.14) and gains sun with R_se = 1/(4 + 20 + 4.14).
    @Test func lossesAndSolAirTakeTheWindOfTheirHours() throws {
        var c = Fixtures.constantClimate(temperatureC: 0)
        let half = ClimateData.hoursPerYear / 2
        for h in 0..<ClimateData.hoursPerYear {
            c.windSpeedMPerS[h] = h < half ? 1 : 5
            if h >= half {
                c.dryBulbC[h] = 25
                if (10...14).contains(h % 24) { c.globalHorizontalWPerM2[h] = 500; c.diffuseHorizontalWPerM2[h] = 500 }
            }
        }
        let irr = SurfaceIrradiance(climate: c)
        #expect(abs(irr.heatingWeightedWindSpeedMPerS - 1) < 1e-12)
        #expect(abs(irr.sunWeightedWindSpeedMPerS - 5) < 1e-12)
        #expect(abs(irr.meanWindSpeedMPerS - 3) < 1e-12)
        var box = Fixtures.box(hvac: HVACSpec(heatingSetpointC: 20))
        box.windExposure = WindExposure(terrain: .country, heightM: 10)
        let m = try ZoneModel(spec: box, irradiance: irr)
        let rLoss = 1 / (4 + 4 * 1 + 4.14), rSun = 1 / (4 + 4 * 5 + 4.14)
        #expect(abs(m.network.hTrOp - 20 / (1 / 1.0 - 0.04 + rLoss)) < 1e-9)
        let kEm = m.network.hTrEm / m.network.hTrOp
        let wall = try #require(m.opaque.first)
        #expect(abs(wall.solar - kEm * rSun * 20 / (1 / 1.0 - 0.04 + rSun) * 0.6) < 1e-9)
        let skyFactor = box.skyExchange.skyFactor(viewFactor: SkyLongWaveExchange.viewFactor(tiltDeg: 90))
        #expect(abs(wall.sky - kEm * rLoss * 20 / (1 / 1.0 - 0.04 + rLoss) * skyFactor * box.externalRadiativeCoefficientWPerM2K) < 1e-9)
    }

    @Test func shelteredSitesLoseLess() throws {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        func heating(_ terrain: WindExposure.Terrain?) throws -> Double {
            var z = ThermalPropertyTests.zone(wallU: 1.8, southGlazing: 6, mass: .heavy, ach: 0.6, cooling: false)
            z.windExposure = terrain.map { WindExposure(terrain: $0, heightM: 4.5) }
            return try sim.run(z).heatingKWh
        }
        // Cahors generated year: 3 m/s at the station → 2.68 m/s in open country at 4.5 m (R_se 0.050 > 0.04),
        // 1.80 m/s in a town (R_se 0.065), 1.03 m/s among tall buildings (R_se 0.082).
        let rated = try heating(nil), country = try heating(.country), urban = try heating(.urban)
        let large = try heating(.largeCity)
        #expect(country < rated)
        #expect(urban < country)
        #expect(large < urban)
    }

    /// `simulate --exposure` and `renovate-bench need-model --exposure` read the terrain by these names.
    @Test func terrainNamesAreTheCommandLineNames() {
        #expect(WindExposure.Terrain.allCases.map(\.rawValue) == ["country", "urban", "large-city"])
        #expect(WindExposure.Terrain(rawValue: "rated") == nil)
    }

    @Test func skyFactorOfWallsAndFlatRoofs() {
        #expect(SkyLongWaveExchange.viewFactor.skyFactor(viewFactor: 0.5) == 0.5)
        #expect(abs(SkyLongWaveExchange.skyAndAirSplit.skyFactor(viewFactor: 0.5) - 0.5 * 0.5.squareRoot()) < 1e-15)
        #expect(SkyLongWaveExchange.skyAndAirSplit.skyFactor(viewFactor: 1) == 1)
        #expect(abs(SkyLongWaveExchange.viewFactor(tiltDeg: 90) - 0.5) < 1e-15)
        #expect(SkyLongWaveExchange.viewFactor(tiltDeg: 0) == 1)
    }

    /// Heating is always on (0 °C outside, 20 °C inside), so the annual need is linear in the wall's sky factor:
    /// (Q_split − Q_0)/(Q_view − Q_0) = 0.354/0.5 = √0.5, with Q_0 the need without sky loss (h_r = 0 changes
    /// nothing else here: R_se is the given 0.04).
    @Test func wallSkyLossScalesWithTheSkyFactor() throws {
        let sim = ThermalSimulator(irradiance: SurfaceIrradiance(climate: Self.climate(windMPerS: 0, skyC: -12)))
        func heating(_ exchange: SkyLongWaveExchange, hr: Double = 4.14) throws -> Double {
            var z = Fixtures.box(hvac: HVACSpec(heatingSetpointC: 20))
            z.skyExchange = exchange
            z.externalRadiativeCoefficientWPerM2K = hr
            return try sim.run(z).heatingKWh
        }
        let none = try heating(.viewFactor, hr: 0), view = try heating(.viewFactor), split = try heating(.skyAndAirSplit)
        #expect(view > split && split > none)
        #expect(abs((split - none) / (view - none) - 0.5.squareRoot()) < 1e-6)
    }

    @Test func stockStoreysTakeTheTerrainAtTheirMidHeight() {
        let (b, f) = RetrofitFixtures.terracedHouse()
        let env = Envelope(building: b, facades: f)
        let urban = env.thermalSpec(ThermalMappingConventions(terrain: .urban))
        for (s, z) in urban.zones.enumerated() {
            let st = env.storeys[s]
            #expect(z.windExposure == WindExposure(terrain: .urban, heightM: st.bottomM + st.heightM / 2))
        }
        // The default keeps the DPE's conventional films.
        #expect(env.thermalSpec().zones.allSatisfy { $0.windExposure == nil })
    }
}
