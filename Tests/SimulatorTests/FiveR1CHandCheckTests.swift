import Testing
@testable import Simulator

/// Small cases computed on paper. Box zone (see ``Fixtures/box(hvac:gainsWPerM2:convectiveFraction:)``):
/// H_op = 20 W/K, H_tr_w = 5 W/K, H_ve = 10 W/K, A_t = 4.5·10 = 45 m², A_m = 2.5·10 = 25 m² (medium class).
@Suite struct FiveR1CHandCheckTests {
    @Test func conductances() throws {
        let m = try ZoneModel(spec: Fixtures.box(hvac: .freeFloating), irradiance: SurfaceIrradiance(climate: Fixtures.constantClimate(temperatureC: 0)))
        let c = m.network
        #expect(abs(c.hVe - 10) < 1e-12)  // H_ve = ρc·V·n/3600 = 1200·30·1/3600
        #expect(abs(c.hTrIs - 155.25) < 1e-9)  // h_is·A_t = 3.45·45 (eq. 9)
        #expect(abs(c.hTrMs - 227.5) < 1e-9)  // h_ms·A_m = 9.1·25 (eq. 64)
        #expect(abs(c.hTrEm - 1 / (1.0 / 20 - 1 / 227.5)) < 1e-9)  // eq. 63: 1/H_em = 1/H_op − 1/H_ms = 21.927 W/K
        #expect(abs(c.hTr1 - 1 / (1.0 / 10 + 1 / 155.25)) < 1e-9)  // C.6: 9.3949 W/K
        #expect(abs(c.hTr2 - (c.hTr1 + 5)) < 1e-12)  // C.7
        #expect(abs(c.capacityJPerK - 1_650_000) < 1e-6)  // C_m = 165 000·A_f (Table 12, medium)
    }

    @Test func steadyHeatingEqualsConductanceTimesDeltaT() throws {
        // θ_e = 0 °C constant, no sun, no gains, heating the air to 20 °C. In steady state the mass branch
        // H_tr_ms + H_tr_em in series equals H_tr_op (eq. 63), so the surface node sees H_tr_w + H_tr_op = 25 W/K to
        // outdoors and H_tr_is = 155.25 W/K to the air (C.10). Air-node balance (C.11):
        // φ = H_ve·(θ_air − θ_e) + [1/(1/H_tr_is + 1/(H_tr_w + H_tr_op))]·(θ_air − θ_e)
        //   = 10·20 + 21.5326·20 = 630.65 W; θ_s = 155.25·20/(155.25 + 25) = 17.226 °C.
        let sim = ThermalSimulator(irradiance: SurfaceIrradiance(climate: Fixtures.constantClimate(temperatureC: 0)),
                                   options: SimulationOptions(recordHourly: true, warmUpDays: 60))
        let r = try sim.run(Fixtures.box(hvac: HVACSpec(heatingSetpointC: 20)))
        let seriesWPerK: Double = 1 / (1 / 155.25 + 1 / 25.0)
        let expected: Double = 10 * 20 + 20 * seriesWPerK
        #expect(abs(r.hourly!.hvacW[8759] - expected) < 1e-6)
        #expect(abs(r.hourly!.airC[8759] - 20) < 1e-9)
        // θ_op = 0.3·θ_air + 0.7·θ_s (C.12) with θ_s = 155.25·20/180.25.
        let thetaS: Double = 155.25 * 20 / 180.25
        let operative: Double = 0.3 * 20 + 0.7 * thetaS
        #expect(abs(r.hourly!.operativeC[8759] - operative) < 1e-6)
        #expect(abs(r.heatingKWh - expected * 8760 / 1000) < 1)  // ≈ 5524.5 kWh; the warm-up removes the transient
    }

    @Test func steadyFreeFloatWithConvectiveGain() throws {
        // A purely convective gain φ at the air node in steady state sees H_ve in parallel with
        // [H_tr_is in series with (H_tr_w + H_tr_op)] (C.10–C.11 with θ_m steady):
        // H = 10 + 1/(1/155.25 + 1/25) = 31.5326 W/K → θ_air − θ_e = φ/H. With φ = 3 W/m²·10 m² = 30 W: ΔT = 0.95140 K.
        let sim = ThermalSimulator(irradiance: SurfaceIrradiance(climate: Fixtures.constantClimate(temperatureC: 5)),
                                   options: SimulationOptions(recordHourly: true, warmUpDays: 60))
        let r = try sim.run(Fixtures.box(hvac: .freeFloating, gainsWPerM2: 3, convectiveFraction: 1))
        let h = 10 + 1 / (1 / 155.25 + 1 / 25.0)
        #expect(abs(r.hourly!.airC[8759] - (5 + 30 / h)) < 1e-6)
    }

    @Test func powerLimitLetsTheAirFloat() throws {
        // With φ_H,max = 400 W < 630.65 W needed, the air cannot reach 20 °C (C.4.2 step 4) and the power is the cap.
        let sim = ThermalSimulator(irradiance: SurfaceIrradiance(climate: Fixtures.constantClimate(temperatureC: 0)),
                                   options: SimulationOptions(recordHourly: true, warmUpDays: 60))
        let r = try sim.run(Fixtures.box(hvac: HVACSpec(heatingSetpointC: 20, maxHeatingW: 400)))
        #expect(abs(r.hourly!.hvacW[8759] - 400) < 1e-9)
        // Steady: θ_air − θ_e = 400 W / 31.5326 W/K = 12.685 K (same conductance as the test above).
        let totalWPerK: Double = 10 + 1 / (1 / 155.25 + 1 / 25.0)
        #expect(abs(r.hourly!.airC[8759] - 400 / totalWPerK) < 1e-6)
        #expect(abs(r.peakHeatingW - 400) < 1e-9)
    }

    @Test func invalidInputNamesZoneAndField() {
        var z = Fixtures.box(hvac: .freeFloating)
        z.windows[0].gValue = 1.5
        let sim = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        #expect { try sim.run(z) } throws: { e in
            guard case let SimulatorError.invalidInput(zone, field, _, _) = e else { return false }
            return zone == "box" && field == "windows[0].gValue"
        }
        z = Fixtures.box(hvac: .freeFloating)
        z.floorAreaM2 = .nan
        #expect { try sim.run(z) } throws: { "\($0)".contains("floorAreaM2") }
    }
}
