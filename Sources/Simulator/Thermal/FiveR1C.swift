/// ISO 13790:2008 Annex C 5R1C network: constant conductances of one zone and the closed-form hourly step.
///
/// Glossary (all W/K unless said): H_ve ventilation, H_tr_w windows, H_tr_is air↔surface (h_is·A_t),
/// H_tr_ms surface↔mass (h_ms·A_m), H_tr_em mass↔outdoors (1/H_tr_em = 1/H_tr_op − 1/H_tr_ms),
/// H_tr_1..3 helper series/parallel conductances (C.6–C.8), C_m capacity J/K, Δt = 3600 s.
public struct FiveR1C: Sendable, Hashable {
    public let hVe: Double
    public let hTrW: Double
    public let hTrIs: Double
    public let hTrMs: Double
    public let hTrEm: Double
    /// H_tr_op before the split (opaque elements + bridges), W/K.
    public let hTrOp: Double
    public let hTr1: Double
    public let hTr2: Double
    public let hTr3: Double
    public let capacityJPerK: Double
    /// A_m / A_t: share of radiative gains to the mass node (C.2).
    public let massShare: Double
    /// 1 − A_m/A_t − H_tr_w/(h_ms·A_t): share to the surface node (C.3).
    public let surfaceShare: Double
    /// H_tr_w/(h_ms·A_t): share of the radiative gains C.3 sends nowhere (assumed lost through the windows).
    public let lostShare: Double
    /// ∂θ_air/∂φ_HC, K/W: constant because the network is linear (replaces the 10 W/m² probe of C.4.2).
    public private(set) var airSensitivityKPerW: Double
    /// The constant parts of the hourly step, computed once here with the same operations as in `step`
    /// (so the step's results are unchanged): in C.4, C_m/Δt − (H_tr_3 + H_tr_em)/2 and C_m/Δt + (H_tr_3 + H_tr_em)/2;
    /// the denominators of C.10 (H_tr_ms + H_tr_w + H_tr_1) and C.11 (H_tr_is + H_ve).
    public let massRetention: Double
    public let massDenominator: Double
    public let surfaceDenominator: Double
    public let airDenominator: Double

    /// h_is = 3.45 W/(m²·K) (ISO 13790 eq. 9), h_ms = 9.1 W/(m²·K) (eq. 64): the defaults.
    public static let hIs = InteriorSurfaceCoefficients.iso13790.hIs, hMs = InteriorSurfaceCoefficients.iso13790.hMs
    public static let dt = 3600.0

    /// - Parameters:
    ///   - surface: h_is and h_ms (default ISO 13790's 3.45 and 9.1).
    ///   - massCouplingWPerK: H_tr_ms when the mass sits behind part of its layer (see
    ///     ``ThermalMass/surfaceCoupling(floorAreaM2:hMs:)``); nil = h_ms·A_m.
    public init(hVe: Double, hTrW: Double, hTrOp: Double, interiorAreaM2 at: Double, massAreaM2 am: Double,
                capacityJPerK cm: Double, surface: InteriorSurfaceCoefficients = .iso13790,
                massCouplingWPerK: Double? = nil) {
        self.hVe = hVe
        self.hTrW = hTrW
        self.hTrOp = hTrOp
        hTrIs = surface.hIs * at
        hTrMs = massCouplingWPerK ?? surface.hMs * am
        // 1/H_tr_em = 1/H_tr_op − 1/H_tr_ms (ISO 13790 eq. 63); H_tr_op = 0 gives an adiabatic mass.
        hTrEm = hTrOp > 0 ? 1 / (1 / hTrOp - 1 / hTrMs) : 0
        hTr1 = 1 / (1 / hVe + 1 / hTrIs)  // C.6
        hTr2 = hTr1 + hTrW  // C.7
        hTr3 = 1 / (1 / hTr2 + 1 / hTrMs)  // C.8
        capacityJPerK = cm
        massShare = am / at
        lostShare = hTrW / (surface.hMs * at)
        surfaceShare = 1 - am / at - lostShare
        // From this zone's own H_tr_is and H_tr_ms (its h_is, h_ms and mass coupling), set above.
        let cdt = cm / Self.dt
        let k = 0.5 * (hTr3 + hTrEm)
        massRetention = cdt - k
        massDenominator = cdt + k
        surfaceDenominator = hTrMs + hTrW + hTr1
        airDenominator = hTrIs + hVe
        airSensitivityKPerW = 0
        let s = Self.step(self, thetaMPrev: 0, thetaE: 0, thetaSup: 0, phiIa: 0, phiSt: 0, phiM: 0, phiHC: 1)
        airSensitivityKPerW = s.thetaAir
    }

    /// Node temperatures of one hour.
    public struct Nodes: Sendable, Hashable {
        /// Mass temperature at the end of the hour, °C.
        public var thetaMEnd: Double
        /// Mean mass temperature over the hour (C.9), °C.
        public var thetaM: Double
        public var thetaS: Double
        public var thetaAir: Double
        /// θ_op = 0.3·θ_air + 0.7·θ_s (C.12).
        @inlinable public var operative: Double { 0.3 * thetaAir + 0.7 * thetaS }

        @inlinable public init(thetaMEnd: Double, thetaM: Double, thetaS: Double, thetaAir: Double) {
            self.thetaMEnd = thetaMEnd
            self.thetaM = thetaM
            self.thetaS = thetaS
            self.thetaAir = thetaAir
        }
    }

    /// One Crank–Nicolson hour. φ_HC is injected at the air node (air heating/cooling, convective).
    /// `thetaMPrev` is the mass temperature at the start of the hour; the caller commits `thetaMEnd`.
    @inlinable @inline(__always)
    public static func step(_ c: FiveR1C, thetaMPrev: Double, thetaE: Double, thetaSup: Double, phiIa: Double,
                            phiSt: Double, phiM: Double, phiHC: Double) -> Nodes {
        let phiAir = phiIa + phiHC
        // C.5
        let phiMtot = phiM + c.hTrEm * thetaE
            + c.hTr3 * (phiSt + c.hTrW * thetaE + c.hTr1 * (phiAir / c.hVe + thetaSup)) / c.hTr2
        // C.4: θ_m,t = (θ_m,t−1·(C_m/Δt − (H_tr_3 + H_tr_em)/2) + φ_mtot) / (C_m/Δt + (H_tr_3 + H_tr_em)/2)
        let thetaMEnd = (thetaMPrev * c.massRetention + phiMtot) / c.massDenominator
        let thetaM = 0.5 * (thetaMEnd + thetaMPrev)  // C.9
        // C.10
        let thetaS = (c.hTrMs * thetaM + phiSt + c.hTrW * thetaE + c.hTr1 * (thetaSup + phiAir / c.hVe))
            / c.surfaceDenominator
        // C.11
        let thetaAir = (c.hTrIs * thetaS + c.hVe * thetaSup + phiAir) / c.airDenominator
        return Nodes(thetaMEnd: thetaMEnd, thetaM: thetaM, thetaS: thetaS, thetaAir: thetaAir)
    }

    /// The hourly step with θ_sup = θ_e as the linear map it is (C.4–C.11 solved once for their coefficients):
    /// θ_m,end = mPrev·θ_m,prev + mE·θ_e + mAir·φ_air + mSt·φ_st + mM·φ_m; θ_m = (θ_m,end + θ_m,prev)/2;
    /// θ_s = sM·θ_m + sE·θ_e + sSt·φ_st + sAir·φ_air; θ_air = aS·θ_s + aE·θ_e + aAir·φ_air, with
    /// φ_air = φ_ia + φ_HC. The lane kernel uses it, with no division in the hour. It equals
    /// ``step(_:thetaMPrev:thetaE:thetaSup:phiIa:phiSt:phiM:phiHC:)`` up to rounding (the tests bound the difference).
    public struct LinearStep: Sendable, Hashable {
        public var mPrev, mE, mAir, mSt, mM: Double
        public var sM, sE, sSt, sAir: Double
        public var aS, aE, aAir: Double
        /// sM/2; the free θ_air's coefficient of θ_m,prev, aS·sM·(mPrev + 1)/2.
        public var halfSM, airFromPrev: Double
        /// ∂θ_air/∂φ_HC and its inverse.
        public var airSensitivity, inverseSensitivity: Double
    }

    public var linearStep: LinearStep {
        let r32 = hTr3 / hTr2
        let m = 1 / massDenominator, s = 1 / surfaceDenominator, a = 1 / airDenominator
        let mAir = r32 * hTr1 / hVe * m, sM = hTrMs * s, sAir = hTr1 / hVe * s, aS = hTrIs * a
        let mPrev = massRetention * m
        let dAir = aS * (0.5 * sM * mAir + sAir) + a
        return LinearStep(mPrev: mPrev, mE: (hTrEm + r32 * (hTrW + hTr1)) * m, mAir: mAir, mSt: r32 * m, mM: m,
                          sM: sM, sE: (hTrW + hTr1) * s, sSt: s, sAir: sAir, aS: aS, aE: hVe * a, aAir: a,
                          halfSM: 0.5 * sM, airFromPrev: aS * (0.5 * sM) * (mPrev + 1),
                          airSensitivity: dAir, inverseSensitivity: 1 / dAir)
    }
}
