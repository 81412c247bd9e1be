import BuildingModel
import Foundation
import Testing
import TestSupport
@testable import Simulator

/// The corrections of issue 16 to the mapping from a stock building to its storey zones: the ground floor through
/// EN ISO 13370, floor areas that count party walls as shared, the air permeability a stock may give.
@Suite struct StockToZoneMappingTests {
    /// ISO 13370 by hand: A 50 m², exposed perimeter 10 m, walls 0.5 m, floor R 0.09 →
    /// d_t = 0.5 + 1.5·(0.17 + 0.09 + 0.04) = 0.95 m, B' = 50 / 5 = 10 m (d_t < B', eq. 4):
    /// U = 2·1.5/(10π + 0.95)·ln(10π/0.95 + 1) = 0.32705; H_pe = 0.37·10·1.5·ln(2.2/0.95 + 1) = 6.6528 W/K;
    /// H_pi = 50·(1.5/0.95)·√(2/((1 + 2.2/0.95)² + 1)) = 32.2376 W/K; α = 1.5 − (12/2π)·atan(0.95/3.15) = 0.94058
    /// months; β = 1.5 − 0.42·ln(2.2/1.95) = 1.44934 months.
    @Test func slabOnGroundByHand() {
        let g = GroundContact(areaM2: 50, exposedPerimeterM: 10, wallThicknessM: 0.5, floorResistanceM2KPerW: 0.09)
        #expect(abs(g.equivalentThicknessM - 0.95) < 1e-12)
        #expect(abs(g.characteristicDimensionM - 10) < 1e-12)
        #expect(abs(g.uValueWPerM2K - 0.3270476) < 1e-6)
        #expect(abs(g.externalPeriodicCoefficientWPerK - 6.6527614) < 1e-6)
        #expect(abs(g.internalPeriodicCoefficientWPerK - 32.2375708) < 1e-6)
        #expect(abs(g.internalLeadMonths - 0.9405785) < 1e-6 && abs(g.externalLagMonths - 1.4493362) < 1e-6)
        let spec = g.periodicSpec(indoorRangeC: 19...28)
        #expect(spec.externalPeriodicWPerK == g.externalPeriodicCoefficientWPerK)
        #expect(spec.internalPeriodicWPerK == g.internalPeriodicCoefficientWPerK)
        #expect(spec.indoorRangeC == 19...28)
        // A small floor with thick walls (d_t ≥ B', eq. 5): A 4, P 8, w 1.5 → B' 1, d_t 1.95: U = 1.5/(0.457 + 1.95).
        let small = GroundContact(areaM2: 4, exposedPerimeterM: 8, wallThicknessM: 1.5, floorResistanceM2KPerW: 0.09)
        #expect(abs(small.uValueWPerM2K - 1.5 / (0.457 + 1.95)) < 1e-12)
        // A floor whose edges all touch heated neighbours loses nothing to the ground.
        let enclosed = GroundContact(areaM2: 40, exposedPerimeterM: 0, wallThicknessM: 0.5, floorResistanceM2KPerW: 0.09)
        #expect(enclosed.uValueWPerM2K == 0 && enclosed.externalPeriodicCoefficientWPerK == 0)
        // Insulating the floor lowers U.
        let insulated = GroundContact(areaM2: 50, exposedPerimeterM: 10, wallThicknessM: 0.5, floorResistanceM2KPerW: 2.59)
        #expect(insulated.uValueWPerM2K < g.uValueWPerM2K)
    }

    /// The fixture house (6 × 10 m, 60 cm walls, party walls east and west): the reference area takes the whole
    /// thickness along the exposed façades and half of it along the party walls, 60 − 0.6·12 − 0.3·20 = 46.8 m²;
    /// the ground floor loses to the ground through the 12 m of exposed perimeter; a stock Q4Pa replaces the default.
    @Test func partyWallsAreSharedAndTheFloorLiesOnTheGround() throws {
        let (b, f) = RetrofitFixtures.terracedHouse()
        let env = Envelope(building: b, facades: f)
        #expect(abs(env.storeys[0].referenceAreaM2 - 46.8) < 1e-9)
        #expect(env.groundFloorKind == .onGround && abs(env.groundFloorExposedPerimeterM - 12) < 1e-9)
        let g = try #require(env.groundContact)
        #expect(abs(g.areaM2 - 46.8) < 1e-9 && abs(g.wallThicknessM - 0.6) < 1e-12)
        // docs/worked-example.md: d_t 1.05 m → H_pi = 46.8·(1.5/1.05)·√(2/((1 + 2.2/1.05)² + 1)) = 29.07 W/K,
        // α = 0.903, β = 1.470 months.
        #expect(abs(g.internalPeriodicCoefficientWPerK - 29.0676) < 1e-4)
        #expect(abs(g.internalLeadMonths - 0.90319) < 1e-5 && abs(g.externalLagMonths - 1.47034) < 1e-5)
        #expect(abs(env.groundFloorConductanceWPerK - g.uValueWPerM2K * 46.8) < 1e-9)
        #expect(env.q4PaM3PerHM2 == EnvelopeDefaults.q4PaM3PerHM2(period: .before1915, dwellings: 3))

        var cellar = b
        cellar.groundFloor = .overCellar
        cellar.airPermeabilityQ4PaM3PerHM2 = 1.1
        let c = Envelope(building: cellar, facades: f)
        #expect(c.groundContact == nil)
        #expect(abs(c.groundFloorConductanceWPerK - 1.6 * 46.8 * 0.8) < 1e-9)
        #expect(c.q4PaM3PerHM2 == 1.1 && c.infiltrationAirChangesPerH < env.infiltrationAirChangesPerH)
        let floor = try #require(c.thermalSpec().zones[0].floors.first)
        #expect(floor.boundary == .outdoorAir)
    }

    /// The monthly virtual ground temperature: without periodic terms and with a constant indoor temperature it is
    /// the annual mean (the constant-ground model); the external term makes a cold winter colder under the floor; the
    /// internal term gives back in winter what a warm summer stored, so it lowers the heating need.
    @Test func theGroundFollowsTheMonthsByTheISO13370Terms() throws {
        let irradiance = HourlyNeedModelTests.cahors
        func heating(_ boundary: FloorBoundary) throws -> Double {
            var z = ZoneSpec(name: "g", floorAreaM2: 50, volumeM3: 150,
                             walls: [WallSpec(orientation: .south, areaM2: 15, uValueWPerM2K: 2)],
                             windows: [ZoneWindowSpec(orientation: .south, areaM2: 8, uValueWPerM2K: 1.6, gValue: 0.6)],
                             mass: .isoClass(.heavy),
                             airflow: AirflowSpec(infiltration: .ach(0.5)),
                             internalGains: InternalGainsSpec(wattsPerM2: 4),
                             hvac: HVACSpec(heatingSetpointC: 19, coolingSetpointC: 28))
            z.floors = [FloorSpec(areaM2: 50, uValueWPerM2K: 0.4, boundary: boundary)]
            return try ThermalSimulator(irradiance: irradiance).run(z).heatingKWh
        }
        // H_g = 0.4·50 = 20 W/K; ratios to it as ISO 13370 gives for such floors.
        func periodic(external: Double, internal inner: Double, range: ClosedRange<Double>) -> FloorBoundary {
            .groundPeriodic(GroundPeriodicSpec(externalPeriodicWPerK: 20 * external, internalPeriodicWPerK: 20 * inner,
                                               internalLeadMonths: 0.9, externalLagMonths: 1.4, indoorRangeC: range))
        }
        let constant = try heating(.ground(temperatureC: nil))
        #expect(abs(try heating(periodic(external: 0, internal: 2, range: 19...19)) - constant) < 1e-9 * constant)
        #expect(try heating(periodic(external: 0.4, internal: 0, range: 19...19)) > constant)
        let steadyOnly = try heating(periodic(external: 0.4, internal: 0, range: 19...28))
        #expect(try heating(periodic(external: 0.4, internal: 2, range: 19...28)) < steadyOnly)
    }

    /// θ_v,m by hand: a constant indoor 20 °C and a ground that follows the outdoor months one month late
    /// (β = 1) at half their swing (H_pe = H_g/2): θ_v,m = θ̄_e − 0.5·(θ̄_e − θ_e,m−1), whatever H_pi; the indoor
    /// estimate stays within its range.
    @Test func virtualGroundTemperatureByHand() {
        let outdoor: [Double] = [2, 4, 8, 12, 16, 20, 22, 21, 17, 12, 7, 3]
        let annual = zip(outdoor, ClimateData.daysPerMonth).reduce(0) { $0 + $1.0 * Double($1.1) } / 365
        let spec = GroundPeriodicSpec(externalPeriodicWPerK: 10, internalPeriodicWPerK: 60, internalLeadMonths: 0.5,
                                      externalLagMonths: 1, indoorRangeC: 20...20)
        let indoor = spec.indoorEstimateC(outdoorMonthlyC: outdoor, gainsMonthlyW: [Double](repeating: 500, count: 12),
                                          conductanceWPerK: 50)
        #expect(indoor == [Double](repeating: 20, count: 12))
        let side = spec.groundSideW(steadyWPerK: 20, outdoorMonthlyC: outdoor, outdoorAnnualC: annual, indoorMonthlyC: indoor)
        let flows = spec.heatFlowsW(steadyWPerK: 20, outdoorMonthlyC: outdoor, outdoorAnnualC: annual, indoorMonthlyC: indoor)
        for m in 0..<12 {
            let expected = annual - 0.5 * (annual - outdoor[(m + 11) % 12])
            #expect(abs(side[m] / 20 - expected) < 1e-12, "month \(m): \(side[m] / 20) vs \(expected)")
            #expect(abs(flows[m] - 20 * (20 - expected)) < 1e-9)
        }
        // A warm summer indoors: the internal term makes the winter flow smaller than the steady one.
        var summer = [Double](repeating: 19, count: 12)
        for m in 4...8 { summer[m] = 26 }
        let warm = GroundPeriodicSpec(externalPeriodicWPerK: 0, internalPeriodicWPerK: 60, internalLeadMonths: 0.9,
                                      externalLagMonths: 1.4, indoorRangeC: 19...28)
        let winter = warm.heatFlowsW(steadyWPerK: 20, outdoorMonthlyC: outdoor, outdoorAnnualC: annual, indoorMonthlyC: summer)[0]
        let summerAnnual = zip(summer, ClimateData.daysPerMonth).reduce(0) { $0 + $1.0 * Double($1.1) } / 365
        #expect(abs(winter - (20 * (summerAnnual - annual) - 60 * (summerAnnual - 19))) < 1e-9)
        // Between the set-points, the estimate is θ_e,m + gains/H: 2 + 500/50 = 12 → 19 (bound), 22 + 10 → 28 (bound).
        let ranged = GroundPeriodicSpec(externalPeriodicWPerK: 0, internalPeriodicWPerK: 0, internalLeadMonths: 0,
                                        externalLagMonths: 0, indoorRangeC: 19...28)
        let est = ranged.indoorEstimateC(outdoorMonthlyC: outdoor, gainsMonthlyW: [Double](repeating: 500, count: 12),
                                         conductanceWPerK: 50)
        #expect(est[0] == 19 && est[6] == 28 && abs(est[3] - 22) < 1e-12)
        #expect(abs(GroundPeriodicSpec.circular(outdoor, at: -0.5) - 2.5) < 1e-12)
    }

    /// A floor with almost no exposed edge: H_g tends to 0 while H_pi keeps its area's value; the zone still builds
    /// and runs (the hourly model takes H_g·θ_v,m, never θ_v,m alone).
    @Test func aFloorWithATinyExposedEdgeStillRuns() throws {
        let g = GroundContact(areaM2: 120, exposedPerimeterM: 0.05, wallThicknessM: 0.5, floorResistanceM2KPerW: 0.09)
        #expect(g.internalPeriodicCoefficientWPerK / (g.uValueWPerM2K * g.areaM2) > 100)
        var z = ZoneSpec(name: "g", floorAreaM2: 120, volumeM3: 360,
                         walls: [WallSpec(orientation: .south, areaM2: 1, uValueWPerM2K: 2)],
                         mass: .isoClass(.heavy), airflow: AirflowSpec(infiltration: .ach(0.5)),
                         internalGains: InternalGainsSpec(wattsPerM2: 4), hvac: HVACSpec(heatingSetpointC: 19, coolingSetpointC: 28))
        z.floors = [FloorSpec(areaM2: 120, uValueWPerM2K: g.uValueWPerM2K, boundary: .groundPeriodic(g.periodicSpec(indoorRangeC: 19...28)))]
        let r = try ThermalSimulator(irradiance: HourlyNeedModelTests.cahors).run(z)
        #expect(r.heatingKWh.isFinite && r.heatingKWh > 0)
    }
}
