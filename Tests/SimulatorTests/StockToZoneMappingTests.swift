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
    /// U = 2·1.5/(10π + 0.95)·ln(10π/0.95 + 1) = 0.32705; H_pe = 0.37·10·1.5·ln(2.2/0.95 + 1) = 6.6528 W/K.
    @Test func slabOnGroundByHand() {
        let g = GroundContact(areaM2: 50, exposedPerimeterM: 10, wallThicknessM: 0.5, floorResistanceM2KPerW: 0.09)
        #expect(abs(g.equivalentThicknessM - 0.95) < 1e-12)
        #expect(abs(g.characteristicDimensionM - 10) < 1e-12)
        #expect(abs(g.uValueWPerM2K - 0.3270476) < 1e-6)
        #expect(abs(g.externalPeriodicCoefficientWPerK - 6.6527614) < 1e-6)
        #expect(abs(g.periodicRatio - 0.4068375) < 1e-6)
        // A small floor with thick walls (d_t ≥ B', eq. 5): A 4, P 8, w 1.5 → B' 1, d_t 1.95: U = 1.5/(0.457 + 1.95).
        let small = GroundContact(areaM2: 4, exposedPerimeterM: 8, wallThicknessM: 1.5, floorResistanceM2KPerW: 0.09)
        #expect(abs(small.uValueWPerM2K - 1.5 / (0.457 + 1.95)) < 1e-12)
        // A floor whose edges all touch heated neighbours loses nothing to the ground.
        let enclosed = GroundContact(areaM2: 40, exposedPerimeterM: 0, wallThicknessM: 0.5, floorResistanceM2KPerW: 0.09)
        #expect(enclosed.uValueWPerM2K == 0 && enclosed.periodicRatio == 0)
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

    /// The monthly virtual ground temperature: with r = 0 it is the annual mean (the constant-ground model); with
    /// r > 0 the ground follows the outdoor swing, so a cold-winter climate needs more heat in winter.
    @Test func theGroundFollowsTheMonthsByTheISO13370Ratio() throws {
        let irradiance = HourlyNeedModelTests.cahors
        func heating(_ boundary: FloorBoundary) throws -> Double {
            var z = ZoneSpec(name: "g", floorAreaM2: 50, volumeM3: 150,
                             walls: [WallSpec(orientation: .south, areaM2: 15, uValueWPerM2K: 2)],
                             mass: .isoClass(.heavy),
                             airflow: AirflowSpec(infiltration: .ach(0.5)),
                             internalGains: InternalGainsSpec(wattsPerM2: 4),
                             hvac: HVACSpec(heatingSetpointC: 19, coolingSetpointC: 28))
            z.floors = [FloorSpec(areaM2: 50, uValueWPerM2K: 0.4, boundary: boundary)]
            return try ThermalSimulator(irradiance: irradiance).run(z).heatingKWh
        }
        let constant = try heating(.ground(temperatureC: nil))
        #expect(abs(try heating(.groundMonthly(periodicRatio: 0)) - constant) < 1e-9 * constant)
        #expect(try heating(.groundMonthly(periodicRatio: 0.4)) > constant)
    }
}
