import Testing
@testable import Simulator

@Suite struct MultiZoneTests {
    @Test func topStoreyUnderUninsulatedRoofOverheatsMost() throws {
        // 3-storey town house, free-running in summer (heating only), uninsulated roof U = 2.5.
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        let r = try sim.run(ExampleBuildings.townHouse(storeys: 3, roofUValue: 2.5))
        let ground = r.zones[0].hoursAbove[0], top = r.zones[2].hoursAbove[0]
        #expect(top > ground)
        #expect(r.maxHoursAbove[0] == top)
    }

    @Test func buildingEnergyBalanceClosesAndCouplingCancels() throws {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        let r = try sim.run(ExampleBuildings.townHouse(storeys: 4, roofUValue: 2.5, coolingSetpointC: 26))
        let e = r.energyBalance
        let scale = e.internalGainsKWh + e.solarGainsKWh + e.ventilationLossKWh + e.windowLossKWh + e.opaqueLossKWh
        #expect(abs(e.interZoneKWh) < 1e-9 * scale)  // φ_{i←j} = −φ_{j←i} every hour
        #expect(abs(e.residualKWh) < 1e-9 * scale)
        for z in r.zones { #expect(abs(z.energyBalance.residualKWh) < 1e-9 * scale) }
        #expect(abs(r.heatingKWh - r.zones.reduce(0) { $0 + $1.heatingKWh }) < 1e-9)
    }

    @Test func insulatingTheRoofReducesTopStoreyOverheating() throws {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        let bare = try sim.run(ExampleBuildings.townHouse(roofUValue: 2.5))
        let insulated = try sim.run(ExampleBuildings.townHouse(roofUValue: 0.2))
        #expect(insulated.zones[2].hoursAbove[0] < bare.zones[2].hoursAbove[0])
        #expect(insulated.zones[2].heatingKWh < bare.zones[2].heatingKWh)
    }

    @Test func unstableCouplingIsRejected() {
        var b = ExampleBuildings.townHouse(storeys: 2)
        b.interZoneConductancesWPerK = [1e6]
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        #expect { try sim.run(b) } throws: { "\($0)".contains("stable") }
    }
}
