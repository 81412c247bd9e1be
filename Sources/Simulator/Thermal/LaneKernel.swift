/// The 5R1C hour loop stepping two zone chains side by side in the lanes of a `SIMD2<Double>`.
///
/// A chain is one zone of one variant (chain j = v·zc + z, as in ``ThermalSimulator/run(variants:recordHourly:energyBalance:workspace:)``).
/// Chains are taken two by two (an odd count gets a padding lane that repeats the last chain and is thrown away);
/// their constants are laid out per pair (structure of arrays), so that each hour is one pass over the pairs with
/// no per-zone branch and no division: the free air temperature, the HVAC demand, the hour with it and the tallies
/// are computed for both lanes and kept per lane by masks.
///
/// The step is ISO 13790 C.4–C.11 as the linear map it is (``FiveR1C/LinearStep``), arranged so that the chain
/// from one hour to the next is short (θ_m,prev → free θ_air → φ_HC → θ_m,end). It equals the scalar loop's
/// ``FiveR1C/step(_:thetaMPrev:thetaE:thetaSup:phiIa:phiSt:phiM:phiHC:)`` up to rounding: the tests bound the
/// difference (`LaneKernelTests`); the lane width does not change a result (each lane computes alone, and the
/// lane-wise IEEE-754 operations are the same whatever the partner lane). Zones with a storing floor
/// (``FloorNode``) are not handled here (the scalar loop runs them).
struct LaneKernel {
    typealias V = SIMD2<Double>

    /// The constants of one pair of chains: the 5R1C step of ISO 13790 C.4–C.11 with θ_sup = θ_e written as the
    /// linear map it is (``FiveR1C/LinearStep``), so that the hour has no division.
    struct Pair {
        var mPrev = V(), mE = V(), mAir = V(), mSt = V(), mM = V()
        var sM = V(), sE = V(), sSt = V(), sAir = V()
        var aS = V(), aE = V(), aAir = V()
        /// sM/2, the free θ_air's coefficient of θ_m,prev, and 1/(∂θ_air/∂φ_HC).
        var halfSM = V(), airFromPrev = V(), inverseSensitivity = V()
        var hVe = V(), hTrW = V(), hTrEm = V()
        var massShare = V(), surfaceShare = V(), convectiveFraction = V(), lostShare = V()
        var maxHeating = V(), maxCooling = V(), coolingSetpoint = V()
        var hasHeating = SIMDMask<SIMD2<Int64>>()
        /// Storey coupling: conductance to the zone below and above (0 where none), and whether there is one above.
        var hcBelow = V(), hcAbove = V()
        var hasAbove = SIMDMask<SIMD2<Int64>>()
    }

    /// The running totals of one pair (the lanes of ``ZoneTally`` and ``ZoneEnergyBalance``).
    struct PairTally {
        var heat = V(), cool = V(), peakH = V(), peakC = V()
        var airMin = V(repeating: .infinity), airMax = V(repeating: -.infinity), airSum = V()
        var opMin = V(repeating: .infinity), opMax = V(repeating: -.infinity), opSum = V()
        var internalGains = V(), solarGains = V(), opaqueForcing = V(), hvac = V(), interZone = V()
        var ventilationLoss = V(), windowLoss = V(), opaqueLoss = V(), lostRadiative = V()
    }

    let chainCount: Int
    let zoneCount: Int
    let pairs: [Pair]
    /// Per lane (2·pairs): the chain it computes (the padding lane repeats the last), the chain below and above
    /// (itself where none), and whether its hourly trace is recorded.
    let chainOfLane: [Int]
    let below: [Int]
    let above: [Int]
    let recordsLane: [Bool]
    /// Per lane, where its zone's hours start in the forcing (z·8760), in the daily gains (z·24) and its chain's in
    /// the daily heating set-points (j·24).
    let forcingOffset: [Int]
    let gainsOffset: [Int]
    let setpointOffset: [Int]

    init(nets: [FiveR1C], controls: [ZoneModel.Control], zoneCount zc: Int, interZoneWPerK hc: [Double],
         recordHourly: [Bool]) {
        let nj = nets.count
        chainCount = nj
        zoneCount = zc
        let lanes = (nj + 1) / 2 * 2
        chainOfLane = (0..<lanes).map { min($0, nj - 1) }
        let n = ClimateData.hoursPerYear
        forcingOffset = chainOfLane.map { $0 % zc * n }
        gainsOffset = chainOfLane.map { $0 % zc * 24 }
        setpointOffset = chainOfLane.map { $0 * 24 }
        below = chainOfLane.map { j in j % zc > 0 ? j - 1 : j }
        above = chainOfLane.map { j in j % zc < zc - 1 ? j + 1 : j }
        recordsLane = (0..<lanes).map { $0 < nj && recordHourly[$0 / zc] }
        var pairs: [Pair] = []
        for p in 0..<(lanes / 2) {
            let a = chainOfLane[2 * p], b = chainOfLane[2 * p + 1]
            func lanes(_ f: (FiveR1C) -> Double) -> V { V(f(nets[a]), f(nets[b])) }
            func lanesC(_ f: (ZoneModel.Control) -> Double) -> V { V(f(controls[a]), f(controls[b])) }
            var q = Pair()
            let la = nets[a].linearStep, lb = nets[b].linearStep
            func lin(_ f: (FiveR1C.LinearStep) -> Double) -> V { V(f(la), f(lb)) }
            q.mPrev = lin(\.mPrev); q.mE = lin(\.mE); q.mAir = lin(\.mAir); q.mSt = lin(\.mSt); q.mM = lin(\.mM)
            q.sM = lin(\.sM); q.sE = lin(\.sE); q.sSt = lin(\.sSt); q.sAir = lin(\.sAir)
            q.aS = lin(\.aS); q.aE = lin(\.aE); q.aAir = lin(\.aAir)
            q.halfSM = lin(\.halfSM); q.airFromPrev = lin(\.airFromPrev)
            q.inverseSensitivity = lin(\.inverseSensitivity)
            q.hVe = lanes(\.hVe); q.hTrW = lanes(\.hTrW); q.hTrEm = lanes(\.hTrEm)
            q.massShare = lanes(\.massShare); q.surfaceShare = lanes(\.surfaceShare)
            q.convectiveFraction = lanesC(\.convectiveFraction); q.lostShare = lanesC(\.lostRadiativeShare)
            q.maxHeating = lanesC(\.maxHeatingW); q.maxCooling = lanesC(\.maxCoolingW)
            q.coolingSetpoint = lanesC(\.coolingSetpointC)
            q.hasHeating = SIMDMask(SIMD2<Int64>(controls[a].hasHeating ? -1 : 0, controls[b].hasHeating ? -1 : 0))
            func coupling(_ j: Int) -> (below: Double, above: Double, hasAbove: Bool) {
                let z = j % zc
                return (z > 0 ? hc[z - 1] : 0, z < zc - 1 ? hc[z] : 0, z < zc - 1)
            }
            let ca = coupling(a), cb = coupling(b)
            q.hcBelow = V(ca.below, cb.below)
            q.hcAbove = V(ca.above, cb.above)
            q.hasAbove = SIMDMask(SIMD2<Int64>(ca.hasAbove ? -1 : 0, cb.hasAbove ? -1 : 0))
            pairs.append(q)
        }
        self.pairs = pairs
    }

    /// What the loop leaves, per chain (the padding lane dropped).
    struct Output {
        var thetaM: [Double]
        var thetaMStart: [Double]
        var tally: [ZoneTally]
        var balance: [ZoneEnergyBalance]
        var hoursAbove: [Double]
        var degreeHours: [Double]
        /// Building peaks of variant v: heating 2v, cooling 2v + 1.
        var peaks: [Double]
    }

    /// Runs the year (warm-up first). Returns nil when a temperature turned non-finite: the caller then runs the
    /// scalar loop, which says where.
    /// - Parameters:
    ///   - solar, mass: the forcing of zone z at z·8760 + hour; gains24 at z·24 + hour of day; heatSP24 at j·24 + hour
    ///     of day (−∞ where there is no heating).
    ///   - trace: air, operative, HVAC and solar of chain j at ((j·4 + k)·8760 + hour), for the recorded chains.
    func run(dryBulb te: UnsafeBufferPointer<Double>, solar sol: UnsafeBufferPointer<Double>,
             mass mas: UnsafeBufferPointer<Double>, gains24 g24: UnsafeBufferPointer<Double>,
             heatSP24 hsp: UnsafeBufferPointer<Double>, countsOverheating mask: UnsafeBufferPointer<Bool>,
             thresholds th: UnsafeBufferPointer<Double>, initialC: Double, warmUpHours warm: Int,
             energyBalance: Bool, variantCount nv: Int,
             trace tr: UnsafeMutableBufferPointer<Double>) -> Output?
    {
        let n = ClimateData.hoursPerYear
        let np = pairs.count, lanes = 2 * np, nt = th.count, zc = zoneCount
        var tmFlat = [Double](repeating: initialC, count: lanes)
        var tmStart = tmFlat
        var tallies = [PairTally](repeating: PairTally(), count: np)
        var over = [V](repeating: V(), count: np * nt), overKh = over
        var cpPairs = [V](repeating: V(), count: np)
        var heatingNow = [Double](repeating: 0, count: lanes)
        var peaks = [Double](repeating: 0, count: 2 * nv)
        var poison = V()
        let hasCoupling = zc > 1
        pairs.withUnsafeBufferPointer { pr in
        chainOfLane.withUnsafeBufferPointer { chainOf in
        below.withUnsafeBufferPointer { bl in
        above.withUnsafeBufferPointer { ab in
        recordsLane.withUnsafeBufferPointer { rec in
        tmFlat.withUnsafeMutableBufferPointer { tm in
        tallies.withUnsafeMutableBufferPointer { ty in
        over.withUnsafeMutableBufferPointer { ha in
        overKh.withUnsafeMutableBufferPointer { dh in
        cpPairs.withUnsafeMutableBufferPointer { cp in
        heatingNow.withUnsafeMutableBufferPointer { hn in
        peaks.withUnsafeMutableBufferPointer { pk in
        forcingOffset.withUnsafeBufferPointer { fo in
        gainsOffset.withUnsafeBufferPointer { go in
        setpointOffset.withUnsafeBufferPointer { so in
            let fo = fo, go = go, so = so
            let pr = pr, chainOf = chainOf, bl = bl, ab = ab, rec = rec, tm = tm, ty = ty, ha = ha, dh = dh, cp = cp
            let hn = hn, pk = pk
            let anyRecorded = rec.contains(true)
            for step in -warm..<n {
                let h = step < 0 ? step + n : step
                let counting = step >= 0
                if step == 0 { for l in 0..<lanes { tmStart[l] = tm[l] } }
                let thetaE = te[h]
                let vE = V(repeating: thetaE)
                let hod = h % 24
                // Explicit storey coupling on the previous hour's mass temperatures, for every pair before any step.
                if hasCoupling {
                    for p in 0..<np {
                        let q = pr[p]
                        let l0 = 2 &* p, l1 = l0 &+ 1
                        let own = V(tm[l0], tm[l1])
                        let down = V(tm[bl[l0]], tm[bl[l1]])
                        let up = V(tm[ab[l0]], tm[ab[l1]])
                        let fromBelow = V() - q.hcBelow * (own - down)
                        cp[p] = (fromBelow + q.hcAbove * (up - own)).replacing(with: fromBelow, where: .!q.hasAbove)
                    }
                }
                let counted = counting && mask[h]
                for p in 0..<np {
                    let q = pr[p]
                    let l0 = 2 &* p, l1 = l0 &+ 1
                    let i0 = fo[l0] &+ h, i1 = fo[l1] &+ h
                    let phiInt = V(g24[go[l0] &+ hod], g24[go[l1] &+ hod])
                    let phiSol = V(sol[i0], sol[i1])
                    let phiMas = V(mas[i0], mas[i1])
                    let heatSP = V(hsp[so[l0] &+ hod], hsp[so[l1] &+ hod])
                    let tmPrev = V(tm[l0], tm[l1])
                    let phiIa = q.convectiveFraction * phiInt
                    let phiRad = phiInt - phiIa + phiSol
                    let phiM = q.massShare * phiRad + phiMas + cp[p]
                    let phiSt = q.surfaceShare * phiRad
                    // The step of ``FiveR1C/LinearStep``, each node as its part without θ_m,prev plus its part
                    // with it, so that the chain from hour to hour is short: θ_m,prev → free θ_air → φ_HC → θ_m,end.
                    let x = q.mE * vE + q.mAir * phiIa + q.mSt * phiSt + q.mM * phiM  // θ_m,end − mPrev·θ_m,prev
                    let y = q.sE * vE + q.sSt * phiSt + q.sAir * phiIa  // θ_s − sM·θ_m (free)
                    let z = q.aE * vE + q.aAir * phiIa  // θ_air − aS·θ_s (free)
                    let freeAir = (z + q.aS * (y + q.halfSM * x)) + q.airFromPrev * tmPrev
                    // ISO 13790 C.4.2 with the analytic sensitivity, as ZoneModel.Control.demandW.
                    let heating = q.hasHeating .& (freeAir .< heatSP)
                    let cooling = .!heating .& (freeAir .> q.coolingSetpoint)
                    var phiHC = V()
                    let heatW = (heatSP - freeAir) * q.inverseSensitivity
                    phiHC.replace(with: heatW.replacing(with: q.maxHeating, where: q.maxHeating .< heatW), where: heating)
                    let coolW = (q.coolingSetpoint - freeAir) * q.inverseSensitivity
                    let coolMax = -q.maxCooling
                    phiHC.replace(with: coolW.replacing(with: coolMax, where: coolMax .>= coolW), where: cooling)
                    // The hour with φ_air = φ_ia + φ_HC (φ_HC = 0: the free hour).
                    let mEnd = (x + q.mPrev * tmPrev) + q.mAir * phiHC
                    let m = 0.5 * (mEnd + tmPrev)
                    let sNode = (y + q.sM * m) + q.sAir * phiHC
                    let nodes = Nodes(mEnd: mEnd, m: m, s: sNode, air: (z + q.aS * sNode) + q.aAir * phiHC)
                    poison += (nodes.air - nodes.air) + (nodes.mEnd - nodes.mEnd)
                    tm[l0] = nodes.mEnd[0]
                    tm[l1] = nodes.mEnd[1]
                    guard counting else { continue }
                    let air = nodes.air
                    let op = 0.3 * air + 0.7 * nodes.s
                    let heats = phiHC .> V(), cools = phiHC .< V()
                    ty[p].heat += V().replacing(with: phiHC, where: heats)
                    ty[p].peakH.replace(with: phiHC, where: heats .& (phiHC .>= ty[p].peakH))
                    ty[p].cool -= V().replacing(with: phiHC, where: cools)
                    let minusHC = -phiHC
                    ty[p].peakC.replace(with: minusHC, where: cools .& (minusHC .>= ty[p].peakC))
                    ty[p].airMin.replace(with: air, where: air .< ty[p].airMin)
                    ty[p].airMax.replace(with: air, where: air .>= ty[p].airMax)
                    ty[p].airSum += air
                    ty[p].opMin.replace(with: op, where: op .< ty[p].opMin)
                    ty[p].opMax.replace(with: op, where: op .>= ty[p].opMax)
                    ty[p].opSum += op
                    if counted {
                        for k in 0..<nt {
                            let limit = V(repeating: th[k])
                            let hot = op .> limit
                            ha[p &* nt &+ k] += V().replacing(with: V(repeating: 1), where: hot)
                            dh[p &* nt &+ k] += V().replacing(with: op - limit, where: hot)
                        }
                    }
                    if energyBalance {
                        ty[p].internalGains += phiInt
                        ty[p].solarGains += phiSol
                        ty[p].opaqueForcing += phiMas
                        ty[p].hvac += phiHC
                        ty[p].interZone += cp[p]
                        ty[p].ventilationLoss += q.hVe * (air - vE)
                        ty[p].windowLoss += q.hTrW * (nodes.s - vE)
                        ty[p].opaqueLoss += q.hTrEm * (nodes.m - vE)
                        ty[p].lostRadiative += q.lostShare * phiRad
                    }
                    hn[l0] = phiHC[0]
                    hn[l1] = phiHC[1]
                    if anyRecorded {
                        for k in 0..<2 where rec[l0 &+ k] {
                            let j = chainOf[l0 &+ k]
                            tr[(j &* 4) &* n &+ h] = air[k]
                            tr[(j &* 4 &+ 1) &* n &+ h] = op[k]
                            tr[(j &* 4 &+ 2) &* n &+ h] = phiHC[k]
                            tr[(j &* 4 &+ 3) &* n &+ h] = phiSol[k]
                        }
                    }
                }
                // Building peaks, variant by variant, zones in order (as the scalar loop adds them).
                guard counting else { continue }
                for v in 0..<nv {
                    var bH = 0.0, bC = 0.0
                    for z in 0..<zc {
                        let x = hn[v &* zc &+ z]
                        if x > 0 { bH += x } else if x < 0 { bC -= x }
                    }
                    pk[2 &* v] = max(pk[2 &* v], bH)
                    pk[2 &* v &+ 1] = max(pk[2 &* v &+ 1], bC)
                }
            }
        }}}}}}}}}}}}}}}
        guard !(poison[0].isNaN || poison[1].isNaN) else { return nil }

        let nj = chainCount
        var out = Output(thetaM: Array(tmFlat.prefix(nj)), thetaMStart: Array(tmStart.prefix(nj)),
                         tally: [], balance: [], hoursAbove: [Double](repeating: 0, count: nj * nt),
                         degreeHours: [Double](repeating: 0, count: nj * nt), peaks: peaks)
        for j in 0..<nj {
            let p = j / 2, k = j % 2
            let t = tallies[p]
            out.tally.append(ZoneTally(heat: t.heat[k], cool: t.cool[k], peakH: t.peakH[k], peakC: t.peakC[k],
                                       airMin: t.airMin[k], airMax: t.airMax[k], airSum: t.airSum[k],
                                       opMin: t.opMin[k], opMax: t.opMax[k], opSum: t.opSum[k]))
            var e = ZoneEnergyBalance()
            e.internalGainsKWh = t.internalGains[k]; e.solarGainsKWh = t.solarGains[k]
            e.opaqueForcingKWh = t.opaqueForcing[k]; e.hvacKWh = t.hvac[k]; e.interZoneKWh = t.interZone[k]
            e.ventilationLossKWh = t.ventilationLoss[k]; e.windowLossKWh = t.windowLoss[k]
            e.opaqueLossKWh = t.opaqueLoss[k]; e.lostRadiativeKWh = t.lostRadiative[k]
            out.balance.append(e)
            for x in 0..<nt {
                out.hoursAbove[j * nt + x] = over[p * nt + x][k]
                out.degreeHours[j * nt + x] = overKh[p * nt + x][k]
            }
        }
        return out
    }

    /// Node temperatures of one hour in both lanes.
    struct Nodes {
        var mEnd: V, m: V, s: V, air: V
    }
}
