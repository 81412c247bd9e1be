import BuildingModel
import PropertyBased
import Testing
@testable import Simulator

/// Physical laws checked over random zones on the generated Cahors year.
@Suite struct ThermalPropertyTests {
    static func zone(wallU: Double, southGlazing: Double, mass: MassClass, ach: Double, cooling: Bool) -> ZoneSpec {
        ZoneSpec(
            name: "random", floorAreaM2: 50, volumeM3: 135,
            walls: [WallSpec(orientation: .south, areaM2: 25 - southGlazing, uValueWPerM2K: wallU),
                    WallSpec(orientation: .north, areaM2: 25, uValueWPerM2K: wallU),
                    WallSpec(orientation: .east, areaM2: 18, uValueWPerM2K: wallU)],
            windows: [ZoneWindowSpec(orientation: .south, areaM2: southGlazing, uValueWPerM2K: 2.8, gValue: 0.7, frameFraction: 0.25),
                      ZoneWindowSpec(orientation: .north, areaM2: 3, uValueWPerM2K: 2.8, gValue: 0.7, frameFraction: 0.25)],
            roofs: [RoofSpec(areaM2: 50, uValueWPerM2K: 0.4)],
            floors: [FloorSpec(areaM2: 50, uValueWPerM2K: 0.8)],
            mass: .isoClass(mass), airflow: AirflowSpec(infiltration: .ach(ach)),
            internalGains: InternalGainsSpec(wattsPerM2: 4),
            hvac: HVACSpec(heatingSetpointC: 19, coolingSetpointC: cooling ? 26 : nil))
    }

    @Test func energyBalanceCloses() async {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        await propertyCheck(count: 15, input: Gen.double(in: 0.2...2.5), Gen.double(in: 0...20),
                            Gen.element(of: MassClass.allCases), Gen.bool) { u, glazing, mass, cooling in
            let r = try sim.run(Self.zone(wallU: u, southGlazing: glazing, mass: mass!, ach: 0.6, cooling: cooling))
            let e = r.energyBalance
            let scale = e.internalGainsKWh + e.solarGainsKWh + e.ventilationLossKWh + e.windowLossKWh + e.opaqueLossKWh
            #expect(abs(e.residualKWh) < 1e-9 * scale)
            #expect(abs(e.hvacKWh - (r.heatingKWh - r.coolingKWh)) < 1e-6 * scale)
        }
    }

    @Test func higherUValueNeverLowersHeating() async {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        await propertyCheck(count: 15, input: Gen.double(in: 0.2...2.0), Gen.double(in: 0.01...1.0),
                            Gen.element(of: MassClass.allCases)) { u, du, mass in
            let a = try sim.run(Self.zone(wallU: u, southGlazing: 8, mass: mass!, ach: 0.6, cooling: false))
            let b = try sim.run(Self.zone(wallU: u + du, southGlazing: 8, mass: mass!, ach: 0.6, cooling: false))
            #expect(b.heatingKWh >= a.heatingKWh - 1e-9)
        }
    }

    @Test func moreSouthGlazingNeverLowersWinterSolarGains() async {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance, options: SimulationOptions(recordHourly: true))
        let winter = ClimateData.monthOfHour.map { [1, 2, 3, 10, 11, 12].contains(Int($0)) }
        func winterSolar(_ r: ZoneResult) -> Double {
            zip(r.hourly!.solarGainW, winter).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
        }
        await propertyCheck(count: 15, input: Gen.double(in: 0...15), Gen.double(in: 0.01...5)) { g, dg in
            let a = try sim.run(Self.zone(wallU: 1, southGlazing: g, mass: .medium, ach: 0.6, cooling: false))
            let b = try sim.run(Self.zone(wallU: 1, southGlazing: g + dg, mass: .medium, ach: 0.6, cooling: false))
            #expect(winterSolar(b) > winterSolar(a))
        }
    }

    @Test func batchEqualsSequential() throws {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        let buildings = (0..<12).map { i in
            ExampleBuildings.townHouse(id: "b\(i)", storeys: 1 + i % 3, streetFacing: Orientation.allCases[i % 8])
        }
        let par = sim.runBatch(buildings, threads: 2)
        for (b, r) in zip(buildings, par) {
            let seq = try sim.run(b)
            #expect(try r.get() == seq)
        }
    }
}
