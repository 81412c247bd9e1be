import Foundation

/// Hourly 5R1C simulation (ISO 13790 Annex C) of single-zone or storey-by-storey buildings over one year.
///
/// Build one simulator per weather file (it holds the shared ``SurfaceIrradiance``) and call ``run(_:)-swift.method``
/// for each building, or ``runBatch(_:)`` for many in parallel. Inside a run nothing is allocated in the hour
/// loop: the hourly solar and sol-air forcing of every zone is precomputed into flat buffers first.
public struct ThermalSimulator: Sendable {
    public let irradiance: SurfaceIrradiance
    public var options: SimulationOptions
    /// Whether zones without a storing floor run in the ``LaneKernel`` (the default); false runs every zone in the
    /// scalar loop of the ISO 13790 equations, which the tests compare the kernel with.
    var usesLaneKernel = true

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
        /// Whether each hour of the year counts for overheating, for the months `countedMonths`.
        var countedHours: [Bool] = []
        var countedMonths: [Bool] = []
    }

    /// What the hourly forcing of a building depends on besides the irradiance: everything but the HVAC
    /// (`ZoneModel.fillForcing` reads windows, opaque elements, floors and R_se/h_r, never set-points).
    static func forcingKey(_ b: BuildingThermalSpec) -> BuildingThermalSpec {
        var k = b
        for z in k.zones.indices { k.zones[z].hvac = .freeFloating }
        return k
    }

    func run(_ b: BuildingThermalSpec, workspace ws: inout Workspace) throws -> ThermalResult {
        try run(variants: [b], recordHourly: [options.recordHourly], workspace: &ws)[0]
    }

    /// Simulates variants of one building that differ only in their HVAC (the need model's conditioned and
    /// free-floating runs) in one hour loop. The forcing is filled once; each hour steps every zone of every
    /// variant in three passes — every zone's free step and HVAC power, then every controlled step, then the
    /// totals — so that the processor can work on the zones' independent chains side by side instead of one zone
    /// after the other; a zone with a storing floor (``FloorNode``) takes its 6R2C step in the same passes.
    /// Each zone of each variant goes through exactly the operations of a run of its own (same order of the sums
    /// within a variant), so every result equals `run(variant)` bit for bit. Errors too:
    /// a variant's failure in the loop is thrown once the variants before it have finished, as by separate runs
    /// made in order (the variants are validated before the loop; they differ only in HVAC, whose own fields are
    /// the only ones that can fail for one variant and not another).
    /// - Parameters:
    ///   - recordHourly: per variant, keep its hourly trace.
    ///   - energyBalance: add up each zone's annual energy balance (`ZoneResult.energyBalance`); false leaves it
    ///     zero and skips its nine sums per zone-hour, for callers that read only needs and temperatures.
    func run(variants specs: [BuildingThermalSpec], recordHourly: [Bool], energyBalance: Bool = true,
             workspace ws: inout Workspace) throws -> [ThermalResult]
    {
        let nv = specs.count
        precondition(nv > 0 && recordHourly.count == nv, "one recordHourly flag per variant")
        let b = specs[0]
        let forcingKey = Self.forcingKey(b)
        precondition(specs.dropFirst().allSatisfy { Self.forcingKey($0) == forcingKey },
                     "variants of a run must differ only in their HVAC")
        let n = ClimateData.hoursPerYear
        let zc = b.zones.count
        guard zc > 0 else {
            throw SimulatorError.invalidInput(zone: b.id, field: "zones", value: "0 zones", expected: "at least one zone")
        }
        let variantModels = try specs.map { spec in try spec.zones.map { try ZoneModel(spec: $0, irradiance: irradiance) } }
        let models = variantModels[0]
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

        // Per-zone state and accumulators of every variant (zone z of variant v at j = v·zc + z), allocated once
        // before the hour loop.
        let nj = nv * zc
        var thetaM = [Double](repeating: options.initialTemperatureC, count: nj)
        var coupling = [Double](repeating: 0, count: nj)
        var thetaMStart = thetaM
        // Floor capacity temperatures (zones with a storing floor; unused otherwise).
        var thetaF = thetaM
        var thetaFStart = thetaM
        var bal = [ZoneEnergyBalance](repeating: ZoneEnergyBalance(), count: nj)
        var tally = [ZoneTally](repeating: ZoneTally(), count: nj)
        var hour = [ZoneHour](repeating: ZoneHour(), count: nj)
        var floorHour = [FloorHour](repeating: FloorHour(), count: nj)
        let nt = thresholds.count
        var hoursAbove = [Double](repeating: 0, count: nj * nt), degreeHours = hoursAbove
        // Hourly traces of the recorded variants: air, operative, HVAC and solar of zone j at
        // ((j·4 + k)·8760 + hour), k = 0…3; empty when no variant records.
        var trace = [Double](repeating: 0, count: recordHourly.contains(true) ? nj * 4 * n : 0)
        var peaks = [Double](repeating: 0, count: 2 * nv)  // building peaks of variant v: heating 2v, cooling 2v + 1
        /// The first failure in the loop of each variant after the first (the first variant's is thrown at once).
        var failure = [SimulatorError?](repeating: nil, count: nv)
        var failed = [Bool](repeating: false, count: nv)
        let records = recordHourly
        let monthMask = options.overheatingMonths
        let monthOfHour = ClimateData.monthOfHour
        let warm = max(0, min(365, options.warmUpDays)) * 24

        // Hot-loop data: flat arrays of trivially copyable values (no reference counting inside the loop).
        let nets = (0..<nj).map { models[$0 % zc].network }
        let controls = (0..<nj).map { variantModels[$0 / zc][$0 % zc].control }
        let floorNodes = (0..<nj).map { models[$0 % zc].floorNode }
        let anyFloorNode = models.contains { $0.floorNode != nil }
        var gains24 = [Double](repeating: 0, count: zc * 24), heatSP24 = [Double](repeating: 0, count: nj * 24)
        for z in 0..<zc {
            for k in 0..<24 { gains24[z * 24 + k] = models[z].gainsW[k] }
        }
        for j in 0..<nj {
            for k in 0..<24 { heatSP24[j * 24 + k] = variantModels[j / zc][j % zc].heatingSetpointC?[k] ?? -.infinity }
        }
        if ws.countedMonths != monthMask {
            ws.countedHours = monthOfHour.map { monthMask[Int($0) - 1] }
            ws.countedMonths = monthMask
        }
        let maskByHour = ws.countedHours

        // Zones without a storing floor: the lane kernel, two chains per SIMD2 (the loop below up to rounding). It
        // gives up on a non-finite temperature, and the loop below then runs to say where.
        var steppedInLanes = false
        if usesLaneKernel && !anyFloorNode {
            let kernel = LaneKernel(nets: nets, controls: controls, zoneCount: zc, interZoneWPerK: hc,
                                    recordHourly: recordHourly)
            let out = irradiance.climate.dryBulbC.withUnsafeBufferPointer { te in
                ws.solar.withUnsafeBufferPointer { sol in
                ws.mass.withUnsafeBufferPointer { mas in
                gains24.withUnsafeBufferPointer { g24 in
                heatSP24.withUnsafeBufferPointer { hsp in
                maskByHour.withUnsafeBufferPointer { mask in
                thresholds.withUnsafeBufferPointer { th in
                trace.withUnsafeMutableBufferPointer { tr in
                    kernel.run(dryBulb: te, solar: sol, mass: mas, gains24: g24, heatSP24: hsp, countsOverheating: mask,
                               thresholds: th, initialC: options.initialTemperatureC, warmUpHours: warm,
                               energyBalance: energyBalance, variantCount: nv, trace: tr)
                }}}}}}}
            }
            if let out {
                thetaM = out.thetaM
                thetaMStart = out.thetaMStart
                tally = out.tally
                bal = out.balance
                hoursAbove = out.hoursAbove
                degreeHours = out.degreeHours
                peaks = out.peaks
                steppedInLanes = true
            }
        }

        // Indices in the loop use wrapping arithmetic (&+, &*): they are bounded by the buffer sizes above, and
        // the overflow checks were a good share of the loop's instructions.
        if !steppedInLanes {
        try irradiance.climate.dryBulbC.withUnsafeBufferPointer { te in
        try ws.solar.withUnsafeBufferPointer { sol in
        try ws.mass.withUnsafeBufferPointer { mas in
        try nets.withUnsafeBufferPointer { net in
        try controls.withUnsafeBufferPointer { ctl in
        try floorNodes.withUnsafeBufferPointer { fn in
        try thetaF.withUnsafeMutableBufferPointer { tf in
        try floorHour.withUnsafeMutableBufferPointer { fh in
        try gains24.withUnsafeBufferPointer { g24 in
        try heatSP24.withUnsafeBufferPointer { hsp in
        try maskByHour.withUnsafeBufferPointer { mask in
        try thetaM.withUnsafeMutableBufferPointer { tm in
        try coupling.withUnsafeMutableBufferPointer { cp in
        try bal.withUnsafeMutableBufferPointer { eb in
        try tally.withUnsafeMutableBufferPointer { ty in
        try hour.withUnsafeMutableBufferPointer { zh in
        try hoursAbove.withUnsafeMutableBufferPointer { ha in
        try degreeHours.withUnsafeMutableBufferPointer { dh in
        try peaks.withUnsafeMutableBufferPointer { pk in
        try failed.withUnsafeMutableBufferPointer { fl in
        try records.withUnsafeBufferPointer { rec in
        try thresholds.withUnsafeBufferPointer { th in
        try trace.withUnsafeMutableBufferPointer { tr in
          // The buffers as local values: closure parameters captured by the nested closures are read back through
          // the closures' contexts after every store into a buffer, locals are not.
          do {
            let te = te, sol = sol, mas = mas, net = net, ctl = ctl, g24 = g24, hsp = hsp, mask = mask, tm = tm, cp = cp
            let fn = fn, tf = tf, fh = fh
            let eb = eb, ty = ty, zh = zh, ha = ha, dh = dh, pk = pk, fl = fl, rec = rec, th = th, tr = tr
            for step in -warm..<n {
                let h = step < 0 ? step + n : step
                let counting = step >= 0
                if step == 0 { for j in 0..<nj { thetaMStart[j] = tm[j]; thetaFStart[j] = tf[j] } }
                let thetaE = te[h]
                let hod = h % 24
                // Explicit storey coupling on the previous hour's mass temperatures (antisymmetric flows).
                if zc > 1 {
                    for v in 0..<nv {
                        let o = v &* zc
                        for z in 0..<zc { cp[o &+ z] = 0 }
                        for k in 0..<(zc - 1) {
                            let q = hc[k] * (tm[o &+ k &+ 1] - tm[o &+ k])
                            cp[o &+ k] += q
                            cp[o &+ k &+ 1] -= q
                        }
                    }
                }
                // Pass 1: every zone's step without HVAC and its HVAC power.
                for v in 0..<nv {
                for z in 0..<zc {
                    let j = v &* zc &+ z
                    let c = net[j]
                    let m = ctl[j]
                    let i = z &* n &+ h
                    let phiInt = g24[z &* 24 &+ hod]
                    let phiSol = sol[i]
                    let phiIa = m.convectiveFraction * phiInt
                    if m.hasFloorNode {
                        // Only zones with a storing floor read (and copy) their FloorNode.
                        let f = fn[j].unsafelyUnwrapped
                        let phiRadInt = phiInt - phiIa
                        let phiM = f.internalMassShare * phiRadInt + f.solarMassShare * phiSol + mas[i] + cp[j]
                        let phiSt = f.internalSurfaceShare * phiRadInt + f.solarSurfaceShare * phiSol
                        let phiF = f.internalFloorShare * phiRadInt + f.solarFloorShare * phiSol
                        let thetaB = f.groundTemperatureC ?? thetaE
                        let two = FloorNode.step(c, f, thetaMPrev: tm[j], thetaFPrev: tf[j], thetaE: thetaE, thetaB: thetaB,
                                                 thetaSup: thetaE, phiIa: phiIa, phiSt: phiSt, phiM: phiM, phiF: phiF, phiHC: 0)
                        let phiHC = m.demandW(airC: two.nodes.thetaAir, heatingSetpointC: hsp[j &* 24 &+ hod],
                                              sensitivityKPerW: f.airSensitivityKPerW)
                        zh[j] = ZoneHour(nodes: two.nodes, phiHC: phiHC, phiIa: phiIa, phiSt: phiSt, phiM: phiM,
                                         phiRad: phiRadInt + phiSol)
                        fh[j] = FloorHour(phiF: phiF, thetaB: thetaB, thetaFEnd: two.thetaFEnd, thetaF: two.thetaF,
                                          lostW: f.internalLostShare * phiRadInt + f.solarLostShare * phiSol)
                        continue
                    }
                    let phiRad = phiInt - phiIa + phiSol
                    let phiM = c.massShare * phiRad + mas[i] + cp[j]
                    let phiSt = c.surfaceShare * phiRad
                    let nodes = FiveR1C.step(c, thetaMPrev: tm[j], thetaE: thetaE, thetaSup: thetaE, phiIa: phiIa,
                                             phiSt: phiSt, phiM: phiM, phiHC: 0)
                    // ISO 13790 C.4.2 with the analytic sensitivity instead of the 10 W/m² probe.
                    var phiHC = 0.0
                    let heatSP = hsp[j &* 24 &+ hod]
                    if m.hasHeating && nodes.thetaAir < heatSP {
                        phiHC = min((heatSP - nodes.thetaAir) / c.airSensitivityKPerW, m.maxHeatingW)
                    } else if nodes.thetaAir > m.coolingSetpointC {
                        phiHC = max((m.coolingSetpointC - nodes.thetaAir) / c.airSensitivityKPerW, -m.maxCoolingW)
                    }
                    zh[j] = ZoneHour(nodes: nodes, phiHC: phiHC, phiIa: phiIa, phiSt: phiSt, phiM: phiM, phiRad: phiRad)
                }
                }
                // Pass 2: the step again with the HVAC power, where there is one.
                for j in 0..<nj where zh[j].phiHC != 0 {
                    let x = zh[j]
                    if anyFloorNode && ctl[j].hasFloorNode {
                        let y = fh[j]
                        let two = FloorNode.step(net[j], fn[j].unsafelyUnwrapped, thetaMPrev: tm[j], thetaFPrev: tf[j],
                                                 thetaE: thetaE, thetaB: y.thetaB, thetaSup: thetaE, phiIa: x.phiIa,
                                                 phiSt: x.phiSt, phiM: x.phiM, phiF: y.phiF, phiHC: x.phiHC)
                        zh[j].nodes = two.nodes
                        fh[j].thetaFEnd = two.thetaFEnd
                        fh[j].thetaF = two.thetaF
                        continue
                    }
                    zh[j].nodes = FiveR1C.step(net[j], thetaMPrev: tm[j], thetaE: thetaE, thetaSup: thetaE, phiIa: x.phiIa,
                                               phiSt: x.phiSt, phiM: x.phiM, phiHC: x.phiHC)
                }
                // Pass 3: commit the mass temperatures and add up, variant by variant, zones in order.
                for v in 0..<nv where !fl[v] {
                    var bH = 0.0, bC = 0.0
                    for z in 0..<zc {
                        let j = v &* zc &+ z
                        let c = net[j]
                        let m = ctl[j]
                        let i = z &* n &+ h
                        let nodes = zh[j].nodes, phiHC = zh[j].phiHC
                        if m.hasFloorNode {
                            guard fh[j].thetaFEnd.isFinite else {
                                let e = SimulatorError.nonFiniteResult(zone: models[z].name, quantity: "floor temperature", hour: h)
                                if v == 0 { throw e }
                                failure[v] = e
                                fl[v] = true
                                break
                            }
                            tf[j] = fh[j].thetaFEnd
                        }
                        guard nodes.thetaAir.isFinite, nodes.thetaMEnd.isFinite else {
                            let e = SimulatorError.nonFiniteResult(zone: models[z].name, quantity: "air temperature", hour: h)
                            if v == 0 { throw e }
                            failure[v] = e
                            fl[v] = true
                            break
                        }
                        tm[j] = nodes.thetaMEnd
                        guard counting else { continue }
                        let air = nodes.thetaAir, op = nodes.operative
                        if phiHC > 0 {
                            ty[j].heat += phiHC
                            ty[j].peakH = max(ty[j].peakH, phiHC)
                            bH += phiHC
                        } else if phiHC < 0 {
                            ty[j].cool -= phiHC
                            ty[j].peakC = max(ty[j].peakC, -phiHC)
                            bC -= phiHC
                        }
                        ty[j].airMin = min(ty[j].airMin, air); ty[j].airMax = max(ty[j].airMax, air); ty[j].airSum += air
                        ty[j].opMin = min(ty[j].opMin, op); ty[j].opMax = max(ty[j].opMax, op); ty[j].opSum += op
                        if mask[h] {
                            for t in 0..<nt {
                                OverheatingMetrics.accumulate(op, thresholdC: th[t], hours: &ha[j &* nt &+ t],
                                                              degreeHoursKh: &dh[j &* nt &+ t])
                            }
                        }
                        // Energy balance terms, W·h (converted to kWh after the loop).
                        if energyBalance {
                            let phiInt = g24[z &* 24 &+ hod]
                            eb[j].internalGainsKWh += phiInt
                            eb[j].solarGainsKWh += sol[i]
                            eb[j].opaqueForcingKWh += mas[i]
                            eb[j].hvacKWh += phiHC
                            eb[j].interZoneKWh += cp[j]
                            eb[j].ventilationLossKWh += c.hVe * (air - thetaE)
                            eb[j].windowLossKWh += c.hTrW * (nodes.thetaS - thetaE)
                            if m.hasFloorNode {
                                // The storing floor's loss to its boundary joins the opaque losses.
                                let y = fh[j]
                                eb[j].opaqueLossKWh += c.hTrEm * (nodes.thetaM - thetaE)
                                    + fn[j].unsafelyUnwrapped.hTrFe * (y.thetaF - y.thetaB)
                                eb[j].lostRadiativeKWh += y.lostW
                            } else {
                                eb[j].opaqueLossKWh += c.hTrEm * (nodes.thetaM - thetaE)
                                eb[j].lostRadiativeKWh += m.lostRadiativeShare * zh[j].phiRad
                            }
                        }
                        if rec[v] {
                            tr[(j &* 4) &* n &+ h] = air
                            tr[(j &* 4 &+ 1) &* n &+ h] = op
                            tr[(j &* 4 &+ 2) &* n &+ h] = phiHC
                            tr[(j &* 4 &+ 3) &* n &+ h] = sol[i]
                        }
                    }
                    pk[2 &* v] = max(pk[2 &* v], bH)
                    pk[2 &* v &+ 1] = max(pk[2 &* v &+ 1], bC)
                }
            }
          }
        }}}}}}}}}}}}}}}}}}}}}}}
        }

        func traceOf(_ j: Int) -> HourlyTrace {
            func series(_ k: Int) -> [Double] { Array(trace[((j * 4 + k) * n)..<((j * 4 + k + 1) * n)]) }
            return HourlyTrace(airC: series(0), operativeC: series(1), hvacW: series(2), solarGainW: series(3))
        }
        var results: [ThermalResult] = []
        for v in 0..<nv {
            if let e = failure[v] { throw e }
            var zones: [ZoneResult] = []
            var total = ZoneEnergyBalance()
            for z in 0..<zc {
                let j = v * zc + z
                var e = bal[j]
                e.internalGainsKWh /= 1000; e.solarGainsKWh /= 1000; e.opaqueForcingKWh /= 1000; e.hvacKWh /= 1000
                e.interZoneKWh /= 1000; e.ventilationLossKWh /= 1000; e.windowLossKWh /= 1000; e.opaqueLossKWh /= 1000
                e.lostRadiativeKWh /= 1000
                if energyBalance {
                    e.storageKWh = models[z].network.capacityJPerK * (thetaM[j] - thetaMStart[j]) / 3.6e6
                    if let f = models[z].floorNode { e.storageKWh += f.capacityJPerK * (thetaF[j] - thetaFStart[j]) / 3.6e6 }
                }
                total.internalGainsKWh += e.internalGainsKWh; total.solarGainsKWh += e.solarGainsKWh
                total.opaqueForcingKWh += e.opaqueForcingKWh; total.hvacKWh += e.hvacKWh; total.interZoneKWh += e.interZoneKWh
                total.ventilationLossKWh += e.ventilationLossKWh; total.windowLossKWh += e.windowLossKWh
                total.opaqueLossKWh += e.opaqueLossKWh; total.lostRadiativeKWh += e.lostRadiativeKWh; total.storageKWh += e.storageKWh
                let r = ZoneResult(
                    name: models[z].name, floorAreaM2: models[z].floorAreaM2, heatingKWh: tally[j].heat / 1000,
                    coolingKWh: tally[j].cool / 1000, peakHeatingW: tally[j].peakH, peakCoolingW: tally[j].peakC,
                    air: TemperatureStats(minC: tally[j].airMin, maxC: tally[j].airMax, meanC: tally[j].airSum / Double(n)),
                    operative: TemperatureStats(minC: tally[j].opMin, maxC: tally[j].opMax, meanC: tally[j].opSum / Double(n)),
                    hoursAbove: Array(hoursAbove[(j * nt)..<((j + 1) * nt)]),
                    degreeHoursAbove: Array(degreeHours[(j * nt)..<((j + 1) * nt)]),
                    energyBalance: e, hourly: recordHourly[v] ? traceOf(j) : nil)
                for (q, x) in [("heating", r.heatingKWh), ("cooling", r.coolingKWh), ("mean air temperature", r.air.meanC),
                               ("energy balance", e.residualKWh)] where !x.isFinite {
                    throw SimulatorError.nonFiniteResult(zone: r.name, quantity: q, hour: -1)
                }
                zones.append(r)
            }
            let area = zones.reduce(0) { $0 + $1.floorAreaM2 }
            let meanAbove = (0..<nt).map { t in zones.reduce(0) { $0 + $1.hoursAbove[t] * $1.floorAreaM2 } / area }
            let maxAbove = (0..<nt).map { t in zones.map { $0.hoursAbove[t] }.max() ?? 0 }
            results.append(ThermalResult(
                buildingID: b.id, zones: zones, heatingKWh: zones.reduce(0) { $0 + $1.heatingKWh },
                coolingKWh: zones.reduce(0) { $0 + $1.coolingKWh }, peakHeatingW: peaks[2 * v], peakCoolingW: peaks[2 * v + 1],
                meanHoursAbove: meanAbove, maxHoursAbove: maxAbove, energyBalance: total))
        }
        return results
    }
}
