import BuildingModel
import PropertyBased
import Testing
@testable import Simulator

@Suite struct SolarProtectionTests {
    static func zone(horizonDeg: Double = 0, shutter: ShutterSpec? = nil, heatRecovery: Double = 0) -> ZoneSpec {
        ZoneSpec(
            name: "room", floorAreaM2: 30, volumeM3: 81,
            walls: [WallSpec(orientation: .south, areaM2: 10, uValueWPerM2K: 1.5)],
            windows: [ZoneWindowSpec(orientation: .south, areaM2: 5, uValueWPerM2K: 2.8, gValue: 0.7, frameFraction: 0.3,
                                 horizonAngleDeg: horizonDeg, shutter: shutter)],
            mass: .isoClass(.heavy),
            airflow: AirflowSpec(infiltration: .ach(0.3), ventilation: .m3PerHour(60), heatRecoveryEfficiency: heatRecovery),
            hvac: HVACSpec(heatingSetpointC: 19))
    }

    @Test func higherHorizonNeverAdmitsMoreSun() async {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        await propertyCheck(count: 15, input: Gen.double(in: 0...60), Gen.double(in: 0.5...20)) { h, dh in
            let a = try sim.run(Self.zone(horizonDeg: h)), b = try sim.run(Self.zone(horizonDeg: h + dh))
            #expect(b.energyBalance.solarGainsKWh <= a.energyBalance.solarGainsKWh + 1e-9)
        }
    }

    @Test func shuttersCutSummerOverheating() throws {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance, options: SimulationOptions(overheatingThresholdsC: [25]))
        let open = try sim.run(Self.zone())
        let shut = try sim.run(Self.zone(shutter: ShutterSpec(closedSolarFactor: 0.1, closeAboveWPerM2: 150)))
        #expect(shut.hoursAbove[0] < open.hoursAbove[0])
        #expect(shut.energyBalance.solarGainsKWh < open.energyBalance.solarGainsKWh)
    }

    @Test func heatRecoveryLowersHeating() throws {
        // H_ve = ρc·(V̇_inf + V̇_vent·(1 − η)): with η = 0.8 the 60 m³/h count for 12 m³/h.
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        let a = try sim.run(Self.zone()), b = try sim.run(Self.zone(heatRecovery: 0.8))
        #expect(b.heatingKWh < a.heatingKWh)
        let m = try ZoneModel(spec: Self.zone(heatRecovery: 0.8), irradiance: Fixtures.cahorsIrradiance)
        #expect(abs(m.network.hVe - 1200 * (0.3 * 81 + 60 * 0.2) / 3600) < 1e-9)
    }
}
