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
}
