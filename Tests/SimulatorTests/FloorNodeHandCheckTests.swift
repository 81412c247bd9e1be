import Testing
@testable import Simulator

/// The storing-floor node (``FloorNode``, 6R2C) checked on paper. Box zone of ``FiveR1CHandCheckTests`` (H_op
/// 20 W/K wall, H_tr_w 5 W/K, H_ve 10 W/K, A_t 45 m², A_m 25 m², ISO h_is 3.45 / h_ms 9.1) plus a 10 m² floor over
/// outdoor air with U 0.5 W/(m²·K), κ 50 kJ/(m²·K), R_half 0.1 m²·K/W and half the transmitted sun.
@Suite struct FloorNodeHandCheckTests {
    static func zone(hvac: HVACSpec, southWindow: Bool = false) -> ZoneSpec {
        var z = Fixtures.box(hvac: hvac)
        z.floors = [FloorSpec(areaM2: 10, uValueWPerM2K: 0.5, boundary: .outdoorAir,
                              storage: FloorStorageSpec(arealCapacityJPerM2K: 50_000, halfLayerResistanceM2KPerW: 0.1,
                                                        transmittedSolarShare: 0.5))]
        if southWindow { z.windows.append(ZoneWindowSpec(orientation: .south, areaM2: 4, uValueWPerM2K: 1.4, gValue: 0.6)) }
        return z
    }

    /// H_tr_fs = A_f/(1/h_ms + R_half) = 10/(0.10989 + 0.1) = 47.644 W/K; H_tr_fe = U·A = 5 W/K; the floor leaves
    /// H_tr_op (20 W/K, the wall) and takes A_f/A_t = 10/45 of the radiative gains.
    @Test func conductancesAndShares() throws {
        let m = try ZoneModel(spec: Self.zone(hvac: .freeFloating), irradiance: SurfaceIrradiance(climate: Fixtures.constantClimate(temperatureC: 0)))
        let f = try #require(m.floorNode)
        #expect(abs(f.hTrFs - 10 / (1 / 9.1 + 0.1)) < 1e-9)
        #expect(abs(f.hTrFe - 5) < 1e-12)
        #expect(abs(m.network.hTrOp - 20) < 1e-12)
        #expect(abs(f.capacityJPerK - 500_000) < 1e-6)
        #expect(abs(f.internalFloorShare - 10.0 / 45) < 1e-12)
        // C.3 surface share without the floor: 1 − 25/45 − 5/(9.1·45) − 10/45 = 0.20999.
        #expect(abs(f.internalSurfaceShare - (1 - 25.0 / 45 - 5 / (9.1 * 45) - 10.0 / 45)) < 1e-12)
        #expect(abs(f.solarFloorShare - 0.5) < 1e-12)
    }

    /// Steady state, θ_e = 0 °C, air heated to 20 °C, no gains. The floor branch is H_tr_fs in series with H_tr_fe:
    /// 1/(1/47.644 + 1/5) = 4.5250 W/K, in parallel with H_tr_w + H_tr_op at the surface node: 29.5250 W/K, in
    /// series with H_tr_is = 155.25 W/K: 24.8074 W/K. φ = H_ve·20 + 24.8074·20 = 696.15 W (C.11 form).
    /// θ_s = 155.25·20/(155.25 + 29.525) = 16.804 °C; θ_f = θ_s·H_fs/(H_fs + H_fe) = 15.208 °C.
    @Test func steadyHeatingThroughTheFloorBranch() throws {
        let sim = ThermalSimulator(irradiance: SurfaceIrradiance(climate: Fixtures.constantClimate(temperatureC: 0)),
                                   options: SimulationOptions(recordHourly: true, warmUpDays: 60))
        let r = try sim.run(Self.zone(hvac: HVACSpec(heatingSetpointC: 20)))
        let hfs = 10 / (1 / 9.1 + 0.1)
        let floorBranch = 1 / (1 / hfs + 1 / 5.0)
        let toOutdoors = 5 + 20 + floorBranch
        let expected = 10 * 20 + 20 / (1 / 155.25 + 1 / toOutdoors)
        #expect(abs(expected - 696.15) < 0.01)
        #expect(abs(r.hourly!.hvacW[8759] - expected) < 1e-6)
        #expect(abs(r.hourly!.airC[8759] - 20) < 1e-9)
    }

    /// Without floor area (H_tr_fs = 0) the 2×2 step leaves the mass node to ISO 13790 C.4 exactly: same θ_m, θ_s
    /// and θ_air as ``FiveR1C/step(_:thetaMPrev:thetaE:thetaSup:phiIa:phiSt:phiM:phiHC:)``.
    @Test(arguments: [(5.0, 12.0, 300.0, -40.0), (-8.0, 21.0, 0.0, 900.0), (30.0, 26.0, 1500.0, 0.0)])
    func reducesToTheFiveR1CStep(_ thetaE: Double, _ thetaM: Double, _ phiSt: Double, _ phiHC: Double) {
        let c = FiveR1C(hVe: 10, hTrW: 5, hTrOp: 20, interiorAreaM2: 45, massAreaM2: 25, capacityJPerK: 1_650_000)
        let f = FloorNode(network: c, capacityJPerK: 500_000, floorAreaM2: 0, interiorAreaM2: 45, hMs: 9.1,
                          halfLayerResistanceM2KPerW: 0.1, boundaryConductanceWPerK: 5, groundTemperatureC: nil, solarShare: 0)
        let one = FiveR1C.step(c, thetaMPrev: thetaM, thetaE: thetaE, thetaSup: thetaE, phiIa: 40, phiSt: phiSt, phiM: 120,
                               phiHC: phiHC)
        let two = FloorNode.step(c, f, thetaMPrev: thetaM, thetaFPrev: 18, thetaE: thetaE, thetaB: thetaE, thetaSup: thetaE,
                                 phiIa: 40, phiSt: phiSt, phiM: 120, phiF: 0, phiHC: phiHC)
        #expect(abs(two.nodes.thetaMEnd - one.thetaMEnd) < 1e-9)
        #expect(abs(two.nodes.thetaS - one.thetaS) < 1e-9)
        #expect(abs(two.nodes.thetaAir - one.thetaAir) < 1e-9)
        #expect(abs(f.airSensitivityKPerW - c.airSensitivityKPerW) < 1e-12)
    }

    /// The annual energy balance closes with the floor's storage and its loss to the outdoor air included.
    @Test func energyBalanceCloses() throws {
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance, options: SimulationOptions(warmUpDays: 10))
        let r = try sim.run(Self.zone(hvac: HVACSpec(heatingSetpointC: 20, coolingSetpointC: 26), southWindow: true))
        let e = r.energyBalance
        let scale = e.internalGainsKWh + e.solarGainsKWh + abs(e.hvacKWh) + e.windowLossKWh + e.opaqueLossKWh
        #expect(e.solarGainsKWh > 100)
        #expect(abs(e.residualKWh) < 1e-9 * scale, "residual \(e.residualKWh) kWh of \(scale) kWh")
    }

    @Test func twoStoringFloorsOrAnEmptyOneAreRejected() {
        var z = Self.zone(hvac: .freeFloating)
        z.floors.append(z.floors[0])
        #expect { try ThermalSimulator(irradiance: Fixtures.cahorsIrradiance).run(z) } throws: { "\($0)".contains("floors[1].storage") }
        z = Self.zone(hvac: .freeFloating)
        z.floors[0].areaM2 = 0
        #expect { try ThermalSimulator(irradiance: Fixtures.cahorsIrradiance).run(z) } throws: { "\($0)".contains("floors[0].areaM2") }
    }
}
