import Foundation

/// A ``ZoneSpec`` compiled against one ``SurfaceIrradiance``: validated, with its 5R1C conductances and the
/// coefficients of its hourly forcing precomputed. Internal to the simulator.
struct ZoneModel: Sendable {
    let name: String
    let floorAreaM2: Double
    let network: FiveR1C
    /// The storing floor's capacity node, if a floor has ``FloorStorageSpec``.
    let floorNode: FloorNode?
    /// Share of the radiative gains that ISO 13790 C.3 sends nowhere (assumed lost through the windows):
    /// H_tr_w/(h_ms·A_t) (``FiveR1C/lostShare``). Kept for the energy balance.
    let lostRadiativeShare: Double
    let convectiveFraction: Double
    let gainsW: [Double]  // 24 values
    let heatingSetpointC: [Double]?  // 24 values
    let coolingSetpointC: Double?
    let maxHeatingW: Double
    let maxCoolingW: Double
    /// Per window: (surface row, coefficient A·(1−F_F)·F_sh·g, sky view factor 1 − sin h_o, tan h_o, diffuse ratio, shutter).
    let windows: [(row: Int, coefficient: Double, skyView: Double, tanHorizon: Double, shutter: ShutterSpec?)]
    /// Per surface row of opaque elements: the sol-air coefficient Σ k_em·R_se,sun·U_sun·A·α (W per W/m² of
    /// irradiance) and the sky coefficient Σ k_em·R_se·U·A·F·h_r (W/K of θ_e − θ_sky).
    let opaque: [(row: Int, solar: Double, sky: Double)]
    /// Σ k_em·(H_g·θ_v,m − H_g·θ_e) for ground floors: k_em, the floor's H_g = U·A (W/K) and its ground
    /// temperature, constant or month by month from the zone's monthly gains in `fillForcing`.
    let ground: [(kEm: Double, conductanceWPerK: Double, temperature: GroundTemperature)]
    /// H_tr + H_ve, W/K: the zone's loss coefficient for the indoor estimate of a periodic ground.
    let lossCoefficientWPerK: Double

    /// What a ground floor's temperature is.
    enum GroundTemperature: Sendable {
        case constant(Double)
        case periodic(GroundPeriodicSpec)
    }

    /// The scalars the hour loop needs, as a trivially copyable value (no reference counting in the loop).
    struct Control {
        var convectiveFraction: Double
        var lostRadiativeShare: Double
        var maxHeatingW: Double
        var maxCoolingW: Double
        var hasHeating: Bool
        /// +∞ when there is no cooling.
        var coolingSetpointC: Double
        /// Whether the zone has a storing-floor capacity node (``FloorNode``).
        var hasFloorNode: Bool

        /// Ideal heating/cooling power to bring the free-floating air temperature to the set-point (ISO 13790
        /// C.4.2 with the network's analytic sensitivity ∂θ_air/∂φ_HC instead of the 10 W/m² probe), W.
        @inline(__always)
        func demandW(airC: Double, heatingSetpointC: Double, sensitivityKPerW: Double) -> Double {
            if hasHeating && airC < heatingSetpointC {
                return min((heatingSetpointC - airC) / sensitivityKPerW, maxHeatingW)
            } else if airC > coolingSetpointC {
                return max((coolingSetpointC - airC) / sensitivityKPerW, -maxCoolingW)
            }
            return 0
        }
    }

    var control: Control {
        Control(convectiveFraction: convectiveFraction, lostRadiativeShare: lostRadiativeShare, maxHeatingW: maxHeatingW,
                maxCoolingW: maxCoolingW, hasHeating: heatingSetpointC != nil, coolingSetpointC: coolingSetpointC ?? .infinity,
                hasFloorNode: floorNode != nil)
    }

    init(spec z: ZoneSpec, irradiance: SurfaceIrradiance) throws {
        func bad(_ field: String, _ value: Double, _ expected: String) -> SimulatorError {
            .invalidInput(zone: z.name, field: field, value: "\(value)", expected: expected)
        }
        // The field name is an autoclosure so that valid inputs build no strings.
        func check(_ field: @autoclosure () -> String, _ v: Double, _ lo: Double, _ hi: Double) throws {
            guard v.isFinite, v >= lo, v <= hi else { throw bad(field(), v, "a number in [\(lo), \(hi)]") }
        }
        try check("floorAreaM2", z.floorAreaM2, 1e-3, 1e6)
        try check("volumeM3", z.volumeM3, 1e-3, 1e7)
        for (i, w) in z.walls.enumerated() {
            try check("walls[\(i)].areaM2", w.areaM2, 0, 1e6)
            try check("walls[\(i)].uValueWPerM2K", w.uValueWPerM2K, 0, 10)
            try check("walls[\(i)].solarAbsorptance", w.solarAbsorptance, 0, 1)
        }
        for (i, r) in z.roofs.enumerated() {
            try check("roofs[\(i)].areaM2", r.areaM2, 0, 1e6)
            try check("roofs[\(i)].uValueWPerM2K", r.uValueWPerM2K, 0, 10)
            try check("roofs[\(i)].solarAbsorptance", r.solarAbsorptance, 0, 1)
        }
        for (i, f) in z.floors.enumerated() {
            try check("floors[\(i)].areaM2", f.areaM2, 0, 1e6)
            try check("floors[\(i)].uValueWPerM2K", f.uValueWPerM2K, 0, 10)
            if case .ground(let t?) = f.boundary { try check("floors[\(i)].boundary.temperatureC", t, -30, 40) }
            if case .groundPeriodic(let g) = f.boundary {
                try check("floors[\(i)].boundary.externalPeriodicWPerK", g.externalPeriodicWPerK, 0, 1e7)
                try check("floors[\(i)].boundary.internalPeriodicWPerK", g.internalPeriodicWPerK, 0, 1e7)
                try check("floors[\(i)].boundary.internalLeadMonths", g.internalLeadMonths, 0, 3)
                try check("floors[\(i)].boundary.externalLagMonths", g.externalLagMonths, 0, 3)
                try check("floors[\(i)].boundary.indoorRangeC (lower)", g.indoorRangeC.lowerBound, -30, 50)
                try check("floors[\(i)].boundary.indoorRangeC (upper)", g.indoorRangeC.upperBound, -30, 50)
            }
            if let st = f.storage {
                try check("floors[\(i)].areaM2 (storing floor)", f.areaM2, 1e-3, 1e6)
                try check("floors[\(i)].storage.arealCapacityJPerM2K", st.arealCapacityJPerM2K, 1, 1e7)
                try check("floors[\(i)].storage.halfLayerResistanceM2KPerW", st.halfLayerResistanceM2KPerW, 0, 10)
                try check("floors[\(i)].storage.transmittedSolarShare", st.transmittedSolarShare, 0, 1)
            }
        }
        let storing = z.floors.indices.filter { z.floors[$0].storage != nil }
        guard storing.count <= 1 else {
            throw bad("floors[\(storing[1])].storage", Double(storing.count), "at most one storing floor per zone")
        }
        if let h = z.interiorConvectiveCoefficientWPerM2K { try check("interiorConvectiveCoefficientWPerM2K", h, 0.1, 50) }
        if case .layers(let ls) = z.mass {
            for (i, l) in ls.enumerated() {
                try check("mass.layers[\(i)].halfLayerResistanceM2KPerW", l.halfLayerResistanceM2KPerW, 0, 10)
            }
        }
        for (i, w) in z.windows.enumerated() {
            try check("windows[\(i)].areaM2", w.areaM2, 0, 1e6)
            try check("windows[\(i)].uValueWPerM2K", w.uValueWPerM2K, 0, 10)
            try check("windows[\(i)].gValue", w.gValue, 0, 1)
            try check("windows[\(i)].frameFraction", w.frameFraction, 0, 1)
            try check("windows[\(i)].shadingFactor", w.shadingFactor, 0, 1)
            try check("windows[\(i)].horizonAngleDeg", w.horizonAngleDeg, 0, 90)
            if let s = w.shutter {
                try check("windows[\(i)].shutter.closedSolarFactor", s.closedSolarFactor, 0, 1)
                try check("windows[\(i)].shutter.closeAboveWPerM2", s.closeAboveWPerM2, 0, 2000)
                guard s.activeMonths.count == 12 else {
                    throw bad("windows[\(i)].shutter.activeMonths", Double(s.activeMonths.count), "12 months")
                }
            }
        }
        try check("thermalBridgesWPerK", z.thermalBridgesWPerK, 0, 1e6)
        try check("externalSurfaceResistanceM2KPerW", z.externalSurfaceResistanceM2KPerW, 0, 0.5)
        try check("externalRadiativeCoefficientWPerM2K", z.externalRadiativeCoefficientWPerM2K, 0, 10)
        let ig = z.internalGains
        try check("internalGains.wattsPerM2", ig.wattsPerM2, 0, 1000)
        try check("internalGains.convectiveFraction", ig.convectiveFraction, 0, 1)
        if let p = ig.dailyProfile {
            guard p.count == 24 else { throw bad("internalGains.dailyProfile", Double(p.count), "24 hourly values") }
            for (i, v) in p.enumerated() { try check("internalGains.dailyProfile[\(i)]", v, 0, 100) }
        }
        let hv = z.hvac
        if let t = hv.heatingSetpointC { try check("hvac.heatingSetpointC", t, -50, 60) }
        if let t = hv.coolingSetpointC { try check("hvac.coolingSetpointC", t, -50, 60) }
        if let p = hv.heatingSetpointByHourC {
            guard p.count == 24 else { throw bad("hvac.heatingSetpointByHourC", Double(p.count), "24 hourly values") }
            for (i, v) in p.enumerated() { try check("hvac.heatingSetpointByHourC[\(i)]", v, -50, 60) }
        }
        if let h = hv.heatingSetpointC, let c = hv.coolingSetpointC, h > c {
            throw bad("hvac.coolingSetpointC", c, "≥ heating set-point \(h)")
        }
        if let m = hv.maxHeatingW { try check("hvac.maxHeatingW", m, 0, 1e9) }
        if let m = hv.maxCoolingW { try check("hvac.maxCoolingW", m, 0, 1e9) }
        let af = z.floorAreaM2
        let (cm, am) = z.mass.capacityAndArea(floorAreaM2: af)
        try check("mass.capacityJPerK", cm, 1e3, 1e12)
        let at = z.interiorSurfaceAreaM2 ?? 4.5 * af
        try check("interiorSurfaceAreaM2", at, 1e-3, 1e7)
        try check("mass.massAreaM2", am, 1e-3, at)
        // Airflow → H_ve.
        let af2 = z.airflow
        try check("airflow.heatRecoveryEfficiency", af2.heatRecoveryEfficiency, 0, 0.99)
        try check("airflow.airHeatCapacityJPerM3K", af2.airHeatCapacityJPerM3K, 900, 1300)
        let qInf = af2.infiltration.m3PerHour(volumeM3: z.volumeM3)
        let qVent = af2.ventilation.m3PerHour(volumeM3: z.volumeM3)
        try check("airflow.infiltration (m³/h)", qInf, 0, 1e7)
        try check("airflow.ventilation (m³/h)", qVent, 0, 1e7)
        let hVe = af2.airHeatCapacityJPerM3K * (qInf + qVent * (1 - af2.heatRecoveryEfficiency)) / 3600
        guard hVe > 1e-6 else { throw bad("airflow", hVe, "a positive outdoor-air flow (H_ve > 0)") }
        if let e = z.windExposure { try check("windExposure.heightM", e.heightM, 0, 1000) }
        // Exterior film: the given R_se, or the one of the wind exposure (walls, windows and roofs only).
        // The film of the losses is that of the wind while it is cold (heating-weighted), the film of the sol-air
        // gains that of the wind while the sun shines (irradiance-weighted): h_c is linear in v, so each weighted
        // mean wind gives the weighted mean h_c of its term.
        let rse = z.windExposure.map {
            $0.externalSurfaceResistance(meanStationWindMPerS: irradiance.heatingWeightedWindSpeedMPerS,
                                         radiativeWPerM2K: z.externalRadiativeCoefficientWPerM2K)
        } ?? z.externalSurfaceResistanceM2KPerW
        let rseSun = z.windExposure.map {
            $0.externalSurfaceResistance(meanStationWindMPerS: irradiance.sunWeightedWindSpeedMPerS,
                                         radiativeWPerM2K: z.externalRadiativeCoefficientWPerM2K)
        } ?? z.externalSurfaceResistanceM2KPerW
        func withFilm(_ r: Double) -> (Double) -> Double {
            let change = r - z.externalSurfaceResistanceM2KPerW
            return { u in change == 0 || u <= 0 ? u : 1 / (1 / u + change) }
        }
        let exposedU = withFilm(rse), sunlitU = withFilm(rseSun)
        // Conductances.
        let hTrW = z.windows.reduce(0) { $0 + $1.areaM2 * exposedU($1.uValueWPerM2K) }
        var hOp = z.thermalBridgesWPerK
        for w in z.walls { hOp += exposedU(w.uValueWPerM2K) * w.areaM2 }
        for r in z.roofs { hOp += exposedU(r.uValueWPerM2K) * r.areaM2 }
        for f in z.floors where f.storage == nil { hOp += f.uValueWPerM2K * f.areaM2 }
        let surface = z.interiorConvectiveCoefficientWPerM2K.map { InteriorSurfaceCoefficients(convectiveWPerM2K: $0) } ?? .iso13790
        let coupling = z.mass.surfaceCoupling(floorAreaM2: af, hMs: surface.hMs)
        let hTrMs = coupling ?? surface.hMs * am
        guard hOp < hTrMs else {
            throw bad("H_tr_op", hOp, "< h_ms·A_m = \(hTrMs) W/K (ISO 13790 eq. 63 needs H_tr_op < H_tr_ms); raise the mass area")
        }
        let net = FiveR1C(hVe: hVe, hTrW: hTrW, hTrOp: hOp, interiorAreaM2: at, massAreaM2: am, capacityJPerK: cm,
                          surface: surface, massCouplingWPerK: coupling)
        guard net.surfaceShare >= -1e-9 else {
            throw bad("interiorSurfaceAreaM2", at, "≥ A_m + H_tr_w/h_ms so that the surface-node gain share (C.3) is ≥ 0")
        }
        if let k = storing.first, let st = z.floors[k].storage {
            let f = z.floors[k]
            var ground: Double?
            if case .ground(let t) = f.boundary { ground = t ?? irradiance.meanDryBulbC }
            if case .groundPeriodic = f.boundary { ground = irradiance.meanDryBulbC }
            let node = FloorNode(network: net, capacityJPerK: st.arealCapacityJPerM2K * f.areaM2, floorAreaM2: f.areaM2,
                                 interiorAreaM2: at, hMs: surface.hMs, halfLayerResistanceM2KPerW: st.halfLayerResistanceM2KPerW,
                                 boundaryConductanceWPerK: f.uValueWPerM2K * f.areaM2, groundTemperatureC: ground,
                                 solarShare: st.transmittedSolarShare)
            guard node.internalSurfaceShare >= -1e-9 else {
                throw bad("interiorSurfaceAreaM2", at, "≥ A_m + A_floor + H_tr_w/h_ms so that the surface-node gain share is ≥ 0")
            }
            floorNode = node
        } else {
            floorNode = nil
        }
        network = net
        name = z.name
        floorAreaM2 = af
        lostRadiativeShare = net.lostShare
        convectiveFraction = ig.convectiveFraction
        let profile = ig.dailyProfile ?? [Double](repeating: 1, count: 24)
        gainsW = profile.map { $0 * ig.wattsPerM2 * af }
        if let p = hv.heatingSetpointByHourC { heatingSetpointC = p } else if let t = hv.heatingSetpointC {
            heatingSetpointC = [Double](repeating: t, count: 24)
        } else { heatingSetpointC = nil }
        coolingSetpointC = hv.coolingSetpointC
        maxHeatingW = hv.maxHeatingW ?? .infinity
        maxCoolingW = hv.maxCoolingW ?? .infinity
        // Windows that see the same surface row through the same horizon and shutter add up: one pass over the
        // year each, whatever the number of façade segments (the sum of coefficients equals the sum of the gains
        // up to rounding).
        var glazed: [(row: Int, coefficient: Double, skyView: Double, tanHorizon: Double, shutter: ShutterSpec?)] = []
        for w in z.windows {
            let ho = w.horizonAngleDeg * .pi / 180
            let row = SolarSurface.facade(w.orientation).index, coefficient = w.areaM2 * (1 - w.frameFraction) * w.shadingFactor * w.gValue
            let skyView = 1 - sin(ho), tanHorizon = w.horizonAngleDeg > 0 ? tan(ho) : -Double.infinity
            if let k = glazed.firstIndex(where: { $0.row == row && $0.skyView == skyView && $0.tanHorizon == tanHorizon
                                                  && $0.shutter == w.shutter }) {
                glazed[k].coefficient += coefficient
            } else {
                glazed.append((row, coefficient, skyView, tanHorizon, w.shutter))
            }
        }
        windows = glazed
        // Sol-air and sky terms act through the H_tr_em branch: an equivalent temperature rise
        // Δθ = R_se·(α·I − F·h_r·(θ_e − θ_sky)) on element j drives k_em·U_j·A_j·Δθ into the mass node,
        // k_em = H_tr_em/H_tr_op, so that the steady-state inward flow is U_j·A_j·Δθ (ISO 13790 §11.3.5 form).
        // Elements on one surface row add up.
        let kEm = hOp > 0 ? net.hTrEm / hOp : 0
        var merged: [(row: Int, solar: Double, sky: Double)] = []
        func add(row: Int, areaM2: Double, uValue: Double, absorptance: Double, skyFactor: Double) {
            let solar = kEm * rseSun * sunlitU(uValue) * areaM2 * absorptance
            let sky = kEm * rse * exposedU(uValue) * areaM2 * skyFactor * z.externalRadiativeCoefficientWPerM2K
            if let k = merged.firstIndex(where: { $0.row == row }) {
                merged[k].solar += solar
                merged[k].sky += sky
            } else {
                merged.append((row, solar, sky))
            }
        }
        let wallSky = z.skyExchange.skyFactor(viewFactor: SkyLongWaveExchange.viewFactor(tiltDeg: 90))
        for w in z.walls where w.areaM2 > 0 {
            add(row: SolarSurface.facade(w.orientation).index, areaM2: w.areaM2, uValue: w.uValueWPerM2K,
                absorptance: w.solarAbsorptance, skyFactor: wallSky)
        }
        for r in z.roofs where r.areaM2 > 0 {
            let fSky = r.plane == .horizontal ? 1 : SkyLongWaveExchange.viewFactor(tiltDeg: irradiance.roofTiltDeg)
            add(row: r.plane.surface.index, areaM2: r.areaM2, uValue: r.uValueWPerM2K, absorptance: r.solarAbsorptance,
                skyFactor: z.skyExchange.skyFactor(viewFactor: fSky))
        }
        opaque = merged
        // The weather's annual and monthly means, computed once per weather in `SurfaceIrradiance`.
        ground = z.floors.compactMap { f in
            guard f.storage == nil else { return nil }
            switch f.boundary {
            case .outdoorAir: return nil
            case .ground(let t):
                return (kEm, f.uValueWPerM2K * f.areaM2, .constant(t ?? irradiance.meanDryBulbC))
            case .groundPeriodic(let g):
                return (kEm, f.uValueWPerM2K * f.areaM2, .periodic(g))
            }
        }
        lossCoefficientWPerK = hTrW + hOp + hVe
    }

    /// Fills the hourly solar gain through windows (W) and the extra heat flow into the mass node from sol-air,
    /// sky and ground terms (W). Buffers must hold 8760 values; they are overwritten.
    /// - Complexity: O((windows + opaque elements) · 8760).
    func fillForcing(irradiance s: SurfaceIrradiance, solarW: UnsafeMutableBufferPointer<Double>,
                     massW: UnsafeMutableBufferPointer<Double>) {
        let n = ClimateData.hoursPerYear
        let diffuseRatio = s.glazingModifier.diffuseRatio
        for h in 0..<n { solarW[h] = 0; massW[h] = 0 }
        s.beamGlazing.withUnsafeBufferPointer { bg in
        s.beam.withUnsafeBufferPointer { bm in
        s.skyDiffuse.withUnsafeBufferPointer { sk in
        s.groundReflected.withUnsafeBufferPointer { gr in
        s.tanProfileAngle.withUnsafeBufferPointer { tp in
            for w in windows {
                let o = w.row * n
                if let sh = w.shutter {
                    // Month by month, so that whether the shutters are operated is a constant of the inner loop.
                    var start = 0
                    for (m, days) in ClimateData.daysPerMonth.enumerated() {
                        let end = start + days * 24
                        let active = sh.activeMonths[m]
                        for h in start..<end {
                            let visible = tp[o + h] >= w.tanHorizon
                            let beamG = visible ? bg[o + h] : 0
                            let diff = sk[o + h] * w.skyView + gr[o + h]
                            let onWindow = (visible ? bm[o + h] : 0) + diff
                            let closed = active && onWindow > sh.closeAboveWPerM2
                            solarW[h] += w.coefficient * (beamG + diff * diffuseRatio) * (closed ? sh.closedSolarFactor : 1)
                        }
                        start = end
                    }
                } else {
                    for h in 0..<n {
                        let beamG = tp[o + h] >= w.tanHorizon ? bg[o + h] : 0
                        solarW[h] += w.coefficient * (beamG + (sk[o + h] * w.skyView + gr[o + h]) * diffuseRatio)
                    }
                }
            }
            s.climate.dryBulbC.withUnsafeBufferPointer { te in
            s.climate.skyTemperatureC.withUnsafeBufferPointer { ts in
                for e in opaque {
                    let o = e.row * n
                    for h in 0..<n {
                        let i = bm[o + h] + sk[o + h] + gr[o + h]
                        massW[h] += e.solar * i - e.sky * (te[h] - ts[h])
                    }
                }
                for g in ground {
                    // H_g·θ_v,m per month, W.
                    let groundSide: [Double]
                    switch g.temperature {
                    case .constant(let t): groundSide = [Double](repeating: g.conductanceWPerK * t, count: 12)
                    case .periodic(let spec):
                        groundSide = periodicGroundSideW(spec, conductanceWPerK: g.conductanceWPerK, irradiance: s, solarW: solarW)
                    }
                    var start = 0
                    for (m, days) in ClimateData.daysPerMonth.enumerated() {
                        let end = start + days * 24, side = g.kEm * groundSide[m], k = g.kEm * g.conductanceWPerK
                        for h in start..<end { massW[h] += side - k * te[h] }
                        start = end
                    }
                }
            }}
        }}}}}
    }

    /// H_g·θ_v,m of a periodic ground (``GroundPeriodicSpec``) under this zone, W: its indoor monthly means
    /// estimated from the month's internal gains and the solar gains just filled in `solarW`.
    func periodicGroundSideW(_ spec: GroundPeriodicSpec, conductanceWPerK: Double, irradiance s: SurfaceIrradiance,
                             solarW: UnsafeMutableBufferPointer<Double>) -> [Double] {
        let internalW = gainsW.reduce(0, +) / Double(gainsW.count)
        var gains = [Double](repeating: 0, count: 12), start = 0
        for (m, days) in ClimateData.daysPerMonth.enumerated() {
            let end = start + days * 24
            var sum = 0.0
            for h in start..<end { sum += solarW[h] }
            gains[m] = internalW + sum / Double(end - start)
            start = end
        }
        let indoor = spec.indoorEstimateC(outdoorMonthlyC: s.monthlyMeanDryBulbC, gainsMonthlyW: gains,
                                          conductanceWPerK: lossCoefficientWPerK)
        return spec.groundSideW(steadyWPerK: conductanceWPerK, outdoorMonthlyC: s.monthlyMeanDryBulbC,
                                outdoorAnnualC: s.meanDryBulbC, indoorMonthlyC: indoor)
    }
}
