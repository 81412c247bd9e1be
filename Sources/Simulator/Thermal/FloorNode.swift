/// A second capacity for a floor that stores the sun it receives (6R2C extension of the ISO 13790 5R1C network).
///
/// The floor's capacity C_f (the layer above its insulation, lumped at its middle) is coupled to the surface node
/// through H_tr_fs = A_f/(1/h_ms + R_half) and to its boundary (outdoor air or ground) through H_tr_fe = U_f·A_f; it
/// leaves H_tr_op and the mass node. It takes the floor's share A_f/A_t of the radiative internal gains and its own
/// share of the transmitted sun (e.g. ASHRAE Std 140-2020's interior solar distribution for programs that do not
/// compute one: 64.2 % on the floor). Both capacities advance with the Crank–Nicolson scheme of ISO 13790 C.4:
/// the surface and air nodes are eliminated and the two mean temperatures solve a 2×2 linear system each hour.
public struct FloorNode: Sendable, Hashable {
    public let capacityJPerK: Double
    /// H_tr_fs, floor capacity ↔ surface node, W/K.
    public let hTrFs: Double
    /// H_tr_fe, floor capacity ↔ its boundary, W/K.
    public let hTrFe: Double
    /// Boundary temperature, °C; nil = the outdoor air θ_e.
    public let groundTemperatureC: Double?
    /// Shares of the radiative internal gains: mass node, floor node, surface node, lost through the windows.
    public let internalMassShare: Double, internalFloorShare: Double, internalSurfaceShare: Double, internalLostShare: Double
    /// Shares of the transmitted solar gain: mass node, floor node, surface node, lost through the windows.
    public let solarMassShare: Double, solarFloorShare: Double, solarSurfaceShare: Double, solarLostShare: Double
    /// ∂θ_air/∂φ_HC of the 6R2C network, K/W.
    public private(set) var airSensitivityKPerW: Double

    /// - Parameters:
    ///   - network: the zone's network without the floor (H_tr_op, A_m and C_m of the other elements).
    ///   - floorAreaM2: A_f, part of A_t.
    ///   - solarShare: share of the transmitted sun absorbed by the floor; the rest is split like the radiative
    ///     gains of the mass node, the surface node and the window (ISO 13790 C.3 proportions).
    public init(network c: FiveR1C, capacityJPerK cf: Double, floorAreaM2 af: Double, interiorAreaM2 at: Double,
                hMs: Double, halfLayerResistanceM2KPerW r: Double, boundaryConductanceWPerK hfe: Double,
                groundTemperatureC: Double?, solarShare: Double) {
        capacityJPerK = cf
        hTrFs = af / (1 / hMs + r)
        hTrFe = hfe
        self.groundTemperatureC = groundTemperatureC
        internalMassShare = c.massShare
        internalFloorShare = af / at
        internalLostShare = c.lostShare
        internalSurfaceShare = c.surfaceShare - af / at
        let others = c.massShare + internalSurfaceShare + c.lostShare
        solarFloorShare = solarShare
        solarMassShare = (1 - solarShare) * c.massShare / others
        solarSurfaceShare = (1 - solarShare) * internalSurfaceShare / others
        solarLostShare = (1 - solarShare) * c.lostShare / others
        airSensitivityKPerW = 0
        let s = Self.step(c, self, thetaMPrev: 0, thetaFPrev: 0, thetaE: 0, thetaB: 0, thetaSup: 0, phiIa: 0, phiSt: 0,
                          phiM: 0, phiF: 0, phiHC: 1)
        airSensitivityKPerW = s.nodes.thetaAir
    }

    /// Node temperatures of one hour with the floor capacity.
    public struct Nodes: Sendable, Hashable {
        public var nodes: FiveR1C.Nodes
        /// Floor temperature at the end of the hour and its mean over the hour, °C.
        public var thetaFEnd: Double
        public var thetaF: Double

        @inlinable public init(nodes: FiveR1C.Nodes, thetaFEnd: Double, thetaF: Double) {
            self.nodes = nodes
            self.thetaFEnd = thetaFEnd
            self.thetaF = thetaF
        }
    }

    /// One Crank–Nicolson hour of the 6R2C network. θ_B is the floor's boundary temperature (θ_e or the ground).
    /// With H_tr_fs = 0 the mass node follows ISO 13790 C.4 exactly.
    @inlinable @inline(__always)
    public static func step(_ c: FiveR1C, _ f: FloorNode, thetaMPrev: Double, thetaFPrev: Double, thetaE: Double,
                            thetaB: Double, thetaSup: Double, phiIa: Double, phiSt: Double, phiM: Double, phiF: Double,
                            phiHC: Double) -> Nodes {
        let phiAir = phiIa + phiHC
        // Surface node: θ_s = (H_ms·θ̄_m + H_fs·θ̄_f + B)/D, the air node eliminated through H_tr_1 (C.10 form).
        let b = phiSt + c.hTrW * thetaE + c.hTr1 * (thetaSup + phiAir / c.hVe)
        let d = c.hTrMs + f.hTrFs + c.hTr2
        let twoCm = 2 * c.capacityJPerK / FiveR1C.dt, twoCf = 2 * f.capacityJPerK / FiveR1C.dt
        // C·(θ_end − θ_prev)/Δt = φ + H_e·(θ_e − θ̄) + H_s·(θ_s − θ̄), θ̄ = (θ_prev + θ_end)/2, in θ̄_m and θ̄_f.
        let a11 = twoCm + c.hTrEm + c.hTrMs - c.hTrMs * c.hTrMs / d
        let a22 = twoCf + f.hTrFe + f.hTrFs - f.hTrFs * f.hTrFs / d
        let a12 = -c.hTrMs * f.hTrFs / d
        let b1 = phiM + c.hTrEm * thetaE + c.hTrMs * b / d + twoCm * thetaMPrev
        let b2 = phiF + f.hTrFe * thetaB + f.hTrFs * b / d + twoCf * thetaFPrev
        let det = a11 * a22 - a12 * a12
        let thetaM = (b1 * a22 - a12 * b2) / det
        let thetaF = (a11 * b2 - a12 * b1) / det
        let thetaS = (c.hTrMs * thetaM + f.hTrFs * thetaF + b) / d
        let thetaAir = (c.hTrIs * thetaS + c.hVe * thetaSup + phiAir) / (c.hTrIs + c.hVe)
        return Nodes(nodes: FiveR1C.Nodes(thetaMEnd: 2 * thetaM - thetaMPrev, thetaM: thetaM, thetaS: thetaS, thetaAir: thetaAir),
                     thetaFEnd: 2 * thetaF - thetaFPrev, thetaF: thetaF)
    }
}
