import BuildingModel
import Foundation
import Testing

@testable import Simulator

/// The lane kernel (SIMD2, the linear form of the 5R1C step) against the scalar loop of the ISO 13790 equations:
/// the same results up to rounding, on buildings of 1–5 storeys with heating, cooling, power limits, hourly
/// set-points, shutters, free float, several variants, traces and the energy balance.
@Suite struct LaneKernelTests {
    static func buildings() -> [BuildingThermalSpec] {
        var out: [BuildingThermalSpec] = []
        for storeys in 1...5 {
            for k in 0..<4 {
                var b = ExampleBuildings.townHouse(
                    id: "h\(storeys)-\(k)", storeys: storeys, streetFacing: Orientation.allCases[(storeys + k) % 8],
                    roofUValue: [2.5, 0.3, 1.0, 0.2][k], wallUValue: 0.4 + 0.4 * Double(k), glazingRatio: 0.1 + 0.08 * Double(k),
                    horizonAngleDeg: Double(k) * 12, heatingSetpointC: k == 3 ? nil : 19, coolingSetpointC: k % 2 == 1 ? 26 : nil)
                if k == 2 {
                    for z in b.zones.indices {
                        b.zones[z].windows[0].shutter = ShutterSpec()
                        b.zones[z].hvac = HVACSpec(heatingSetpointC: 20, heatingSetpointByHourC: (0..<24).map { $0 < 7 ? 16 : 20 },
                                                   maxHeatingW: 900)
                    }
                }
                out.append(b)
            }
        }
        return out
    }

    static func expectClose(_ a: Double, _ b: Double, relative: Double = 1e-9, absolute: Double = 1e-9,
                            _ what: @autoclosure () -> String) {
        #expect(abs(a - b) <= max(absolute, relative * max(abs(a), abs(b))), "\(what()): lanes \(a), scalar \(b)")
    }

    static func expectClose(_ lanes: ThermalResult, _ scalar: ThermalResult) {
        let id = lanes.buildingID
        expectClose(lanes.heatingKWh, scalar.heatingKWh, "\(id) heating")
        expectClose(lanes.coolingKWh, scalar.coolingKWh, "\(id) cooling")
        expectClose(lanes.peakHeatingW, scalar.peakHeatingW, "\(id) peak heating")
        expectClose(lanes.peakCoolingW, scalar.peakCoolingW, "\(id) peak cooling")
        #expect(lanes.zones.count == scalar.zones.count)
        for (a, b) in zip(lanes.zones, scalar.zones) {
            let z = "\(id) \(a.name)"
            expectClose(a.heatingKWh, b.heatingKWh, "\(z) heating")
            expectClose(a.coolingKWh, b.coolingKWh, "\(z) cooling")
            for (x, y, q) in [(a.air.minC, b.air.minC, "air min"), (a.air.maxC, b.air.maxC, "air max"),
                              (a.air.meanC, b.air.meanC, "air mean"), (a.operative.minC, b.operative.minC, "op min"),
                              (a.operative.maxC, b.operative.maxC, "op max"), (a.operative.meanC, b.operative.meanC, "op mean")] {
                expectClose(x, y, "\(z) \(q)")
            }
            // A threshold crossing could flip by rounding; none does here, and a flip would move one hour.
            #expect(a.hoursAbove == b.hoursAbove, "\(z) hours above")
            for (x, y) in zip(a.degreeHoursAbove, b.degreeHoursAbove) { expectClose(x, y, relative: 1e-8, "\(z) degree-hours") }
            let ea = a.energyBalance, eb = b.energyBalance
            for (x, y, q) in [(ea.hvacKWh, eb.hvacKWh, "hvac"), (ea.ventilationLossKWh, eb.ventilationLossKWh, "ventilation"),
                              (ea.windowLossKWh, eb.windowLossKWh, "windows"), (ea.opaqueLossKWh, eb.opaqueLossKWh, "opaque"),
                              (ea.interZoneKWh, eb.interZoneKWh, "inter-zone"), (ea.storageKWh, eb.storageKWh, "storage"),
                              (ea.solarGainsKWh, eb.solarGainsKWh, "solar"), (ea.lostRadiativeKWh, eb.lostRadiativeKWh, "lost")] {
                expectClose(x, y, relative: 1e-8, absolute: 1e-6, "\(z) balance \(q)")
            }
            #expect(abs(ea.residualKWh) < 1e-6 * max(1, abs(ea.hvacKWh)), "\(z) balance residual \(ea.residualKWh)")
            #expect((a.hourly == nil) == (b.hourly == nil))
            if let ha = a.hourly, let hb = b.hourly {
                for h in stride(from: 0, to: 8760, by: 97) {
                    expectClose(ha.airC[h], hb.airC[h], "\(z) air at \(h)")
                    expectClose(ha.operativeC[h], hb.operativeC[h], "\(z) operative at \(h)")
                    expectClose(ha.hvacW[h], hb.hvacW[h], relative: 1e-8, absolute: 1e-6, "\(z) HVAC at \(h)")
                    #expect(ha.solarGainW[h] == hb.solarGainW[h])
                }
            }
        }
    }

    @Test func oneVariantRunsMatchTheScalarLoop() throws {
        let lanes = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        var scalar = lanes
        scalar.usesLaneKernel = false
        var checked = 0
        for b in Self.buildings() {
            Self.expectClose(try lanes.run(b), try scalar.run(b))
            checked += 1
        }
        #expect(checked == 20)
    }

    /// The need model's shape: variants of one building (conditioned, free float, another set-point), with traces.
    @Test(arguments: [1, 2, 3, 4, 5])
    func variantRunsMatchTheScalarLoop(storeys: Int) throws {
        let lanes = ThermalSimulator(irradiance: Fixtures.cahorsIrradiance)
        var scalar = lanes
        scalar.usesLaneKernel = false
        let house = ExampleBuildings.townHouse(storeys: storeys, coolingSetpointC: 27)
        var variants = [house, LockstepVariantsTests.variant(house, .freeFloating)]
        if storeys % 2 == 1 {
            variants.append(LockstepVariantsTests.variant(house, HVACSpec(heatingSetpointC: 21, maxHeatingW: 700)))
        }
        let record = variants.indices.map { $0 != 0 }
        var w1 = ThermalSimulator.Workspace(), w2 = ThermalSimulator.Workspace()
        let a = try lanes.run(variants: variants, recordHourly: record, workspace: &w1)
        let b = try scalar.run(variants: variants, recordHourly: record, workspace: &w2)
        for (x, y) in zip(a, b) { Self.expectClose(x, y) }
        #expect(a[0].heatingKWh > 0 && a[1].heatingKWh == 0)
    }

    /// The kernel's own coefficients are the ISO step's: one step of each from the same state agrees.
    @Test func theLinearStepIsTheISOStep() {
        let nets = [FiveR1C(hVe: 40, hTrW: 25, hTrOp: 60, interiorAreaM2: 250, massAreaM2: 150, capacityJPerK: 2.2e7),
                    FiveR1C(hVe: 5, hTrW: 3, hTrOp: 0, interiorAreaM2: 80, massAreaM2: 60, capacityJPerK: 4e6)]
        for c in nets {
            let l = c.linearStep
            for (mPrev, te, ia, st, m, hc) in [(18.0, 2.0, 150.0, 90.0, 300.0, 0.0), (25.0, 31.0, 40.0, 400.0, -80.0, -1200.0),
                                               (12.0, -5.0, 0.0, 0.0, 0.0, 2500.0)] {
                let iso = FiveR1C.step(c, thetaMPrev: mPrev, thetaE: te, thetaSup: te, phiIa: ia, phiSt: st, phiM: m, phiHC: hc)
                let air = ia + hc
                let mEnd = l.mPrev * mPrev + l.mE * te + l.mAir * air + l.mSt * st + l.mM * m
                let mMean = 0.5 * (mEnd + mPrev)
                let s = l.sM * mMean + l.sE * te + l.sSt * st + l.sAir * air
                let a = l.aS * s + l.aE * te + l.aAir * air
                Self.expectClose(mEnd, iso.thetaMEnd, relative: 1e-12, absolute: 1e-12, "θ_m,end")
                Self.expectClose(s, iso.thetaS, relative: 1e-12, absolute: 1e-12, "θ_s")
                Self.expectClose(a, iso.thetaAir, relative: 1e-12, absolute: 1e-12, "θ_air")
            }
            Self.expectClose(l.airSensitivity, c.airSensitivityKPerW, relative: 1e-12, absolute: 0, "∂θ_air/∂φ_HC")
        }
    }

    /// A non-finite temperature makes the kernel give up (the scalar loop then names the zone and hour).
    @Test func aNonFiniteTemperatureStopsTheKernel() throws {
        let irradiance = Fixtures.cahorsIrradiance
        let b = ExampleBuildings.townHouse(storeys: 2)
        let models = try b.zones.map { try ZoneModel(spec: $0, irradiance: irradiance) }
        let kernel = LaneKernel(nets: models.map(\.network), controls: models.map(\.control), zoneCount: 2,
                                interZoneWPerK: b.interZoneConductancesWPerK, recordHourly: [false])
        let n = ClimateData.hoursPerYear
        func run(dryBulb: [Double]) -> LaneKernel.Output? {
            let zeros = [Double](repeating: 0, count: 2 * n)
            let gains = [Double](repeating: 100, count: 48), sp = [Double](repeating: 19, count: 48)
            let mask = [Bool](repeating: true, count: n), th = [28.0]
            var trace: [Double] = []
            return dryBulb.withUnsafeBufferPointer { te in zeros.withUnsafeBufferPointer { z in
                gains.withUnsafeBufferPointer { g in sp.withUnsafeBufferPointer { s in mask.withUnsafeBufferPointer { m in
                th.withUnsafeBufferPointer { t in trace.withUnsafeMutableBufferPointer { tr in
                    kernel.run(dryBulb: te, solar: z, mass: z, gains24: g, heatSP24: s, countsOverheating: m, thresholds: t,
                               initialC: 20, warmUpHours: 0, energyBalance: true, variantCount: 1, trace: tr)
                }}}}}}}
        }
        var te = [Double](repeating: 5, count: n)
        let fine = try #require(run(dryBulb: te))
        #expect(fine.tally.count == 2 && fine.tally[0].heat > 0)
        te[4000] = .nan
        #expect(run(dryBulb: te) == nil)
        te[4000] = .infinity
        #expect(run(dryBulb: te) == nil)
    }
}
