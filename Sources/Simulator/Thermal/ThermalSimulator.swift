import Foundation

/// Hourly 5R1C simulation (ISO 13790 Annex C) of single-zone or storey-by-storey buildings over one year.
///
/// Build one simulator per weather file (it holds the shared ``SurfaceIrradiance``) and call ``run(_:)-swift.method``
/// for each building, or ``runBatch(_:)`` for many in parallel. Inside a run nothing is allocated in the hour
/// loop: the hourly solar and sol-air forcing of every zone is precomputed into flat buffers first.
public struct ThermalSimulator: Sendable {
    public let irradiance: SurfaceIrradiance
    public var options: SimulationOptions

    public init(irradiance: SurfaceIrradiance, options: SimulationOptions = SimulationOptions()) {
        self.irradiance = irradiance
        self.options = options
    }

    /// Simulates one single-zone building.
    public func run(_ zone: ZoneSpec) throws -> ZoneResult {
        try run(BuildingThermalSpec(zone: zone)).zones[0]
    }

    /// Simulates one building (zones bottom → top).
    /// - Complexity: O(zones · (8760 + envelope elements · 8760)).
    public func run(_ building: BuildingThermalSpec) throws -> ThermalResult {
        var ws = Workspace()
        return try run(building, workspace: &ws)
    }

    /// Reusable scratch buffers (one per worker thread, used with one simulator's irradiance).
    struct Workspace {
        var solar: [Double] = []
        var mass: [Double] = []
        /// The building whose hourly forcing `solar` and `mass` hold, without its HVAC (`forcingKey`): a run of
        /// the same building with other set-points (the free-float run after the conditioned one) reuses it.
        var forcingOf: BuildingThermalSpec?
    }

    /// What the hourly forcing of a building depends on besides the irradiance: everything but the HVAC
    /// (`ZoneModel.fillForcing` reads windows, opaque elements, floors and R_se/h_r, never set-points).
    static func forcingKey(_ b: BuildingThermalSpec) -> BuildingThermalSpec {
        var k = b
        for z in k.zones.indices { k.zones[z].hvac = .freeFloating }
        return k
    }

    func run(_ b: BuildingThermalSpec, workspace ws: inout Workspace) throws -> ThermalResult {
        let n = ClimateData.hoursPerYear
        let zc = b.zones.count
        guard zc > 0 else {
            throw SimulatorError.invalidInput(zone: b.id, field: "zones", value: "0 zones", expected: "at least one zone")
        }
        let models = try b.zones.map { try ZoneModel(spec: $0, irradiance: irradiance) }
        let hc = b.interZoneConductancesWPerK
        guard hc.count == zc - 1 else {
            throw SimulatorError.invalidInput(
                zone: b.id, field: "interZoneConductancesWPerK", value: "\(hc.count) values", expected: "\(zc - 1) (zones − 1)")
        }
        for (k, h) in hc.enumerated() {
            guard h.isFinite, h >= 0 else {
                throw SimulatorError.invalidInput(zone: b.id, field: "interZoneConductancesWPerK[\(k)]", value: "\(h)", expected: "≥ 0 W/K")
            }
        }
        for z in 0..<zc {
            let sum = (z > 0 ? hc[z - 1] : 0) + (z < zc - 1 ? hc[z] : 0)
            let ratio = sum * FiveR1C.dt / models[z].network.capacityJPerK
            guard ratio <= 1 else {
                throw SimulatorError.invalidInput(
                    zone: models[z].name, field: "interZoneConductancesWPerK", value: "Σ H_c·Δt/C_m = \(ratio)",
                    expected: "≤ 1 for the explicit storey coupling to be stable")
            }
        }
        let thresholds = options.overheatingThresholdsC
        guard options.overheatingMonths.count == 12 else {
            throw SimulatorError.invalidInput(zone: b.id, field: "options.overheatingMonths",
                                              value: "\(options.overheatingMonths.count) values", expected: "12 months")
        }
        let forcingKey = Self.forcingKey(b)
        if ws.forcingOf != forcingKey {
            ws.forcingOf = nil
            if ws.solar.count < zc * n {
                ws.solar = [Double](repeating: 0, count: zc * n)
                ws.mass = [Double](repeating: 0, count: zc * n)
            }
            ws.solar.withUnsafeMutableBufferPointer { sol in
                ws.mass.withUnsafeMutableBufferPointer { mas in
                    for z in 0..<zc {
                        models[z].fillForcing(
                            irradiance: irradiance,
                            solarW: UnsafeMutableBufferPointer(rebasing: sol[(z * n)..<((z + 1) * n)]),
                            massW: UnsafeMutableBufferPointer(rebasing: mas[(z * n)..<((z + 1) * n)]))
                    }
                }
            }
            ws.forcingOf = forcingKey
        }

        // Per-zone state and accumulators, allocated once before the hour loop.
        var thetaM = [Double](repeating: options.initialTemperatureC, count: zc)
        var coupling = [Double](repeating: 0, count: zc)
        var thetaMStart = thetaM
        var bal = [ZoneEnergyBalance](repeating: ZoneEnergyBalance(), count: zc)
        var tally = [ZoneTally](repeating: ZoneTally(), count: zc)
        let nt = thresholds.count
        var hoursAbove = [Double](repeating: 0, count: zc * nt), degreeHours = hoursAbove
        var traces: [HourlyTrace]? = options.recordHourly
            ? [HourlyTrace](repeating: HourlyTrace(airC: .init(repeating: 0, count: n), operativeC: .init(repeating: 0, count: n),
                                                   hvacW: .init(repeating: 0, count: n), solarGainW: .init(repeating: 0, count: n)),
                            count: zc)
            : nil
        var bPeakH = 0.0, bPeakC = 0.0
        let monthMask = options.overheatingMonths
        let monthOfHour = ClimateData.monthOfHour
        let warm = max(0, min(365, options.warmUpDays)) * 24

        // Hot-loop data: flat arrays of trivially copyable values (no reference counting inside the loop).
        let nets = models.map(\.network)
        let controls = models.map(\.control)
        var gains24 = [Double](repeating: 0, count: zc * 24), heatSP24 = gains24
        for z in 0..<zc {
            for k in 0..<24 {
                gains24[z * 24 + k] = models[z].gainsW[k]
                heatSP24[z * 24 + k] = models[z].heatingSetpointC?[k] ?? -.infinity
            }
        }
        let maskByHour = monthOfHour.map { monthMask[Int($0) - 1] }
        let recording = traces != nil
        var hourAir = [Double](repeating: 0, count: zc), hourOp = hourAir, hourHC = hourAir

        try irradiance.climate.dryBulbC.withUnsafeBufferPointer { te in
        try ws.solar.withUnsafeBufferPointer { sol in
        try ws.mass.withUnsafeBufferPointer { mas in
        try nets.withUnsafeBufferPointer { net in
        try controls.withUnsafeBufferPointer { ctl in
        try gains24.withUnsafeBufferPointer { g24 in
        try heatSP24.withUnsafeBufferPointer { hsp in
        try maskByHour.withUnsafeBufferPointer { mask in
        try thetaM.withUnsafeMutableBufferPointer { tm in
        try coupling.withUnsafeMutableBufferPointer { cp in
        try bal.withUnsafeMutableBufferPointer { eb in
        try tally.withUnsafeMutableBufferPointer { ty in
        try hoursAbove.withUnsafeMutableBufferPointer { ha in
        try degreeHours.withUnsafeMutableBufferPointer { dh in
            for step in -warm..<n {
                let h = step < 0 ? step + n : step
                let counting = step >= 0
                if step == 0 { for z in 0..<zc { thetaMStart[z] = tm[z] } }
                let thetaE = te[h]
                let hod = h % 24
                // Explicit storey coupling on the previous hour's mass temperatures (antisymmetric flows).
                if zc > 1 {
                    for z in 0..<zc { cp[z] = 0 }
                    for k in 0..<(zc - 1) {
                        let q = hc[k] * (tm[k + 1] - tm[k])
                        cp[k] += q
                        cp[k + 1] -= q
                    }
                }
                var bH = 0.0, bC = 0.0
                for z in 0..<zc {
                    let c = net[z]
                    let m = ctl[z]
                    let i = z * n + h
                    let phiInt = g24[z * 24 + hod]
                    let phiSol = sol[i]
                    let phiIa = m.convectiveFraction * phiInt
                    let phiRad = phiInt - phiIa + phiSol
                    let phiM = c.massShare * phiRad + mas[i] + cp[z]
                    let phiSt = c.surfaceShare * phiRad
                    var nodes = FiveR1C.step(c, thetaMPrev: tm[z], thetaE: thetaE, thetaSup: thetaE, phiIa: phiIa,
                                             phiSt: phiSt, phiM: phiM, phiHC: 0)
                    // ISO 13790 C.4.2 with the analytic sensitivity instead of the 10 W/m² probe.
                    var phiHC = 0.0
                    let heatSP = hsp[z * 24 + hod]
                    if m.hasHeating && nodes.thetaAir < heatSP {
                        phiHC = min((heatSP - nodes.thetaAir) / c.airSensitivityKPerW, m.maxHeatingW)
                    } else if nodes.thetaAir > m.coolingSetpointC {
                        phiHC = max((m.coolingSetpointC - nodes.thetaAir) / c.airSensitivityKPerW, -m.maxCoolingW)
                    }
                    if phiHC != 0 {
                        nodes = FiveR1C.step(c, thetaMPrev: tm[z], thetaE: thetaE, thetaSup: thetaE, phiIa: phiIa,
                                             phiSt: phiSt, phiM: phiM, phiHC: phiHC)
                    }
                    guard nodes.thetaAir.isFinite, nodes.thetaMEnd.isFinite else {
                        throw SimulatorError.nonFiniteResult(zone: models[z].name, quantity: "air temperature", hour: h)
                    }
                    tm[z] = nodes.thetaMEnd
                    guard counting else { continue }
                    let air = nodes.thetaAir, op = nodes.operative
                    if phiHC > 0 {
                        ty[z].heat += phiHC
                        ty[z].peakH = max(ty[z].peakH, phiHC)
                        bH += phiHC
                    } else if phiHC < 0 {
                        ty[z].cool -= phiHC
                        ty[z].peakC = max(ty[z].peakC, -phiHC)
                        bC -= phiHC
                    }
                    ty[z].airMin = min(ty[z].airMin, air); ty[z].airMax = max(ty[z].airMax, air); ty[z].airSum += air
                    ty[z].opMin = min(ty[z].opMin, op); ty[z].opMax = max(ty[z].opMax, op); ty[z].opSum += op
                    if mask[h] {
                        for t in 0..<nt {
                            OverheatingMetrics.accumulate(op, thresholdC: thresholds[t], hours: &ha[z * nt + t],
                                                          degreeHoursKh: &dh[z * nt + t])
                        }
                    }
                    // Energy balance terms, W·h (converted to kWh after the loop).
                    eb[z].internalGainsKWh += phiInt
                    eb[z].solarGainsKWh += phiSol
                    eb[z].opaqueForcingKWh += mas[i]
                    eb[z].hvacKWh += phiHC
                    eb[z].interZoneKWh += cp[z]
                    eb[z].ventilationLossKWh += c.hVe * (air - thetaE)
                    eb[z].windowLossKWh += c.hTrW * (nodes.thetaS - thetaE)
                    eb[z].opaqueLossKWh += c.hTrEm * (nodes.thetaM - thetaE)
                    eb[z].lostRadiativeKWh += m.lostRadiativeShare * phiRad
                    if recording { hourAir[z] = air; hourOp[z] = op; hourHC[z] = phiHC }
                }
                if recording && counting {
                    for z in 0..<zc {
                        traces![z].airC[h] = hourAir[z]
                        traces![z].operativeC[h] = hourOp[z]
                        traces![z].hvacW[h] = hourHC[z]
                        traces![z].solarGainW[h] = sol[z * n + h]
                    }
                }
                bPeakH = max(bPeakH, bH)
                bPeakC = max(bPeakC, bC)
            }
        }}}}}}}}}}}}}}

        var zones: [ZoneResult] = []
        var total = ZoneEnergyBalance()
        for z in 0..<zc {
            var e = bal[z]
            e.internalGainsKWh /= 1000; e.solarGainsKWh /= 1000; e.opaqueForcingKWh /= 1000; e.hvacKWh /= 1000
            e.interZoneKWh /= 1000; e.ventilationLossKWh /= 1000; e.windowLossKWh /= 1000; e.opaqueLossKWh /= 1000
            e.lostRadiativeKWh /= 1000
            e.storageKWh = models[z].network.capacityJPerK * (thetaM[z] - thetaMStart[z]) / 3.6e6
            total.internalGainsKWh += e.internalGainsKWh; total.solarGainsKWh += e.solarGainsKWh
            total.opaqueForcingKWh += e.opaqueForcingKWh; total.hvacKWh += e.hvacKWh; total.interZoneKWh += e.interZoneKWh
            total.ventilationLossKWh += e.ventilationLossKWh; total.windowLossKWh += e.windowLossKWh
            total.opaqueLossKWh += e.opaqueLossKWh; total.lostRadiativeKWh += e.lostRadiativeKWh; total.storageKWh += e.storageKWh
            let r = ZoneResult(
                name: models[z].name, floorAreaM2: models[z].floorAreaM2, heatingKWh: tally[z].heat / 1000,
                coolingKWh: tally[z].cool / 1000, peakHeatingW: tally[z].peakH, peakCoolingW: tally[z].peakC,
                air: TemperatureStats(minC: tally[z].airMin, maxC: tally[z].airMax, meanC: tally[z].airSum / Double(n)),
                operative: TemperatureStats(minC: tally[z].opMin, maxC: tally[z].opMax, meanC: tally[z].opSum / Double(n)),
                hoursAbove: Array(hoursAbove[(z * nt)..<((z + 1) * nt)]),
                degreeHoursAbove: Array(degreeHours[(z * nt)..<((z + 1) * nt)]),
                energyBalance: e, hourly: traces?[z])
            for (q, v) in [("heating", r.heatingKWh), ("cooling", r.coolingKWh), ("mean air temperature", r.air.meanC),
                           ("energy balance", e.residualKWh)] where !v.isFinite {
                throw SimulatorError.nonFiniteResult(zone: r.name, quantity: q, hour: -1)
            }
            zones.append(r)
        }
        let area = zones.reduce(0) { $0 + $1.floorAreaM2 }
        let meanAbove = (0..<nt).map { t in zones.reduce(0) { $0 + $1.hoursAbove[t] * $1.floorAreaM2 } / area }
        let maxAbove = (0..<nt).map { t in zones.map { $0.hoursAbove[t] }.max() ?? 0 }
        return ThermalResult(
            buildingID: b.id, zones: zones, heatingKWh: zones.reduce(0) { $0 + $1.heatingKWh },
            coolingKWh: zones.reduce(0) { $0 + $1.coolingKWh }, peakHeatingW: bPeakH, peakCoolingW: bPeakC,
            meanHoursAbove: meanAbove, maxHoursAbove: maxAbove, energyBalance: total)
    }
}
