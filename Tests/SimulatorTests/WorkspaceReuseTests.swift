import Testing

@testable import Simulator

/// A worker's workspace keeps the hourly forcing of the last building: reusing it must never change a result.
@Suite struct WorkspaceReuseTests {
    static func freeFloat(_ b: BuildingThermalSpec) -> BuildingThermalSpec {
        var f = b
        for z in f.zones.indices { f.zones[z].hvac = .freeFloating }
        return f
    }

    /// The free-float run after the conditioned run of the same building (the need model's pair of runs) reuses
    /// the forcing and equals a run on a fresh workspace; with shutters, since they make the forcing hourly.
    @Test func theFreeFloatRunReusesTheForcingAndEqualsAFreshRun() throws {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        var house = ExampleBuildings.townHouse(storeys: 3, coolingSetpointC: 28)
        for z in house.zones.indices { house.zones[z].windows[0].shutter = ShutterSpec() }
        var ws = ThermalSimulator.Workspace()
        let conditioned = try sim.run(house, workspace: &ws)
        #expect(ws.forcingOf == ThermalSimulator.forcingKey(house))
        let free = try sim.run(Self.freeFloat(house), workspace: &ws)
        #expect(conditioned == (try sim.run(house)))
        #expect(free == (try sim.run(Self.freeFloat(house))))
        #expect(free.zones[2].hoursAbove[0] > 0 && conditioned.heatingKWh > 0)
    }

    /// A workspace that served another building (different windows, walls, roof, storeys) is refilled.
    @Test(arguments: ["street facing east", "insulated roof", "30 % glazing", "2 storeys", "4 storeys"])
    func anotherBuildingRefillsTheForcing(other: String) throws {
        let b = switch other {
        case "street facing east": ExampleBuildings.townHouse(id: "b", storeys: 3, streetFacing: .east)
        case "insulated roof": ExampleBuildings.townHouse(id: "b", storeys: 3, roofUValue: 0.2)
        case "30 % glazing": ExampleBuildings.townHouse(id: "b", storeys: 3, glazingRatio: 0.3)
        case "2 storeys": ExampleBuildings.townHouse(id: "b", storeys: 2)
        default: ExampleBuildings.townHouse(id: "b", storeys: 4)
        }
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        var ws = ThermalSimulator.Workspace()
        _ = try sim.run(ExampleBuildings.townHouse(id: "a", storeys: 3), workspace: &ws)
        #expect(try sim.run(b, workspace: &ws) == (try sim.run(b)))
    }
}
