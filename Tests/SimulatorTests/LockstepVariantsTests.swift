import Testing

@testable import Simulator

/// Variants of a building that differ only in HVAC, stepped together in one hour loop, give exactly the results
/// of their own runs.
@Suite struct LockstepVariantsTests {
    static func variant(_ b: BuildingThermalSpec, _ hvac: HVACSpec) -> BuildingThermalSpec {
        var v = b
        for z in v.zones.indices { v.zones[z].hvac = hvac }
        return v
    }

    @Test(arguments: [1, 3, 4])
    func eachVariantEqualsItsOwnRun(storeys: Int) throws {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        var house = ExampleBuildings.townHouse(storeys: storeys, coolingSetpointC: 27)
        for z in house.zones.indices { house.zones[z].windows[1].shutter = ShutterSpec() }
        let variants = [
            house,
            Self.variant(house, .freeFloating),
            Self.variant(house, HVACSpec(heatingSetpointC: 20, heatingSetpointByHourC: (0..<24).map { $0 < 7 ? 16 : 20 },
                                         maxHeatingW: 1500)),
        ]
        for record in [false, true] {
            var ws = ThermalSimulator.Workspace()
            let together = try sim.run(variants: variants, recordHourly: [record, record, false], workspace: &ws)
            #expect(together.count == 3)
            for (k, v) in variants.enumerated() {
                var own = sim
                own.options.recordHourly = record && k < 2
                #expect(together[k] == (try own.run(v)), "variant \(k), traces \(record)")
            }
            #expect(together[0].heatingKWh > 0 && together[1].heatingKWh == 0 && together[2].coolingKWh == 0)
        }
    }

    /// The need model's pair of runs through the lockstep loop equals two separate runs.
    @Test func theNeedModelsPairEqualsSeparateRuns() throws {
        let env = HourlyNeedModelTests.baselineEnvelope()
        let model = HourlyNeedModel(irradiance: Fixtures.cahorsIrradiance, recordsTrace: true)
        let (c, f) = try model.thermalResults(for: env)
        #expect(c == (try model.simulator.run(env.thermalSpec(model.conventions))))
        var ff = model.simulator
        ff.options.recordHourly = true
        #expect(f == (try ff.run(env.thermalSpec(model.conventions, freeFloat: true))))
        #expect(c.zones.allSatisfy { $0.hourly == nil } && f.zones.allSatisfy { $0.hourly?.operativeC.count == 8760 })
    }

    /// The need model's runs skip the energy balance; everything else is the same as with it.
    @Test func withoutTheEnergyBalanceOnlyTheBalanceIsLeftOut() throws {
        let env = HourlyNeedModelTests.baselineEnvelope()
        let model = HourlyNeedModel(irradiance: Fixtures.cahorsIrradiance)
        let with = try model.thermalResults(for: env)
        let without = try model.thermalResults(for: env, energyBalance: false)
        for (a, b) in [(with.conditioned, without.conditioned), (with.freeFloat, without.freeFloat)] {
            var expected = a
            expected.energyBalance = ZoneEnergyBalance()
            for z in expected.zones.indices { expected.zones[z].energyBalance = ZoneEnergyBalance() }
            #expect(b == expected)
            #expect(a.energyBalance.solarGainsKWh > 0)
        }
    }

    /// Zones with a storing floor (``FloorNode``) step in the same passes: the BESTEST zones (one storing floor,
    /// Std 140-2020 interior coefficients) and a town house whose ground storey alone has one (storing and plain
    /// zones side by side, coupled through the floors), each variant equal to its own run, energy balance and
    /// traces included.
    @Test(arguments: ["600", "900", "town house"])
    func storingFloorVariantsEqualTheirOwnRuns(_ building: String) throws {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        var base: BuildingThermalSpec
        if let c = BESTESTCase(rawValue: building) {
            base = BuildingThermalSpec(zone: c.zone)
        } else {
            base = ExampleBuildings.townHouse(storeys: 3, coolingSetpointC: 26)
            base.zones[0].floors[0].storage = FloorStorageSpec(arealCapacityJPerM2K: 112_000, halfLayerResistanceM2KPerW: 0.035,
                                                               transmittedSolarShare: 0.642)
        }
        let variants = [
            base,
            Self.variant(base, .freeFloating),
            Self.variant(base, HVACSpec(heatingSetpointC: 20, coolingSetpointC: 27,
                                        heatingSetpointByHourC: (0..<24).map { $0 >= 23 || $0 < 7 ? 10 : 20 })),
        ]
        let models = try base.zones.map { try ZoneModel(spec: $0, irradiance: sim.irradiance) }
        #expect(models[0].floorNode != nil && models.dropFirst().allSatisfy { $0.floorNode == nil })
        for record in [false, true] {
            var ws = ThermalSimulator.Workspace()
            let together = try sim.run(variants: variants, recordHourly: [record, false, record], workspace: &ws)
            for (k, v) in variants.enumerated() {
                var own = sim
                own.options.recordHourly = record && k != 1
                #expect(together[k] == (try own.run(v)), "\(building) variant \(k), traces \(record)")
                let e = together[k].energyBalance
                let scale = e.internalGainsKWh + e.solarGainsKWh + abs(e.hvacKWh) + e.windowLossKWh + e.opaqueLossKWh
                #expect(abs(e.residualKWh) < 1e-9 * scale, "\(building) variant \(k): residual \(e.residualKWh) kWh")
            }
            #expect(together[0].heatingKWh > 0 && together[0].coolingKWh > 0 && together[1].heatingKWh == 0)
        }
    }
}
