import Foundation

/// The monthly heat flow of a floor on the ground with both periodic terms of EN ISO 13370 (2007, Annex A; 2017,
/// Annex C and H), carried to the hourly model as a virtual ground temperature θ_v,m (Annex F):
///
///     Φ_m = H_g·(θ̄_i − θ̄_e) − H_pi·(θ̄_i − θ_i(m + α)) + H_pe·(θ̄_e − θ_e(m − β)),   θ_v,m = θ_i,m − Φ_m / H_g
///
/// so that a floor of conductance H_g = U·A sees H_g·(θ_i − θ_v,m) = Φ_m when the room is at θ_i,m. The hourly
/// model takes H_g·θ_v,m = H_g·θ_i,m − Φ_m (`groundSideW`), which stays finite when a floor has almost no exposed
/// edge (H_g → 0 while H_pi, which depends on the area, does not). The internal
/// term returns in winter the heat a warm summer stored under the floor; the phase lead α and lag β (months) place
/// each term in the year. The indoor monthly means are not known before the run: they are estimated from the zone's
/// monthly balance, θ_i,m = θ_e,m + (internal + solar gains)/H, bounded by the heating and cooling set-points
/// (`indoorRangeC`), the same for the conditioned and the free-floating runs (the ground under a dwelling is that
/// of a heated one).
public struct GroundPeriodicSpec: Sendable, Hashable {
    /// H_pe, W/K: how much of the outdoor monthly swing reaches the floor.
    public var externalPeriodicWPerK: Double
    /// H_pi, W/K: how strongly the floor exchanges the indoor monthly swing with the ground.
    public var internalPeriodicWPerK: Double
    /// α, months: the internal term leads the indoor temperature.
    public var internalLeadMonths: Double
    /// β, months: the external term lags the outdoor temperature.
    public var externalLagMonths: Double
    /// Bounds of the estimated indoor monthly mean, °C (heating and cooling set-points).
    public var indoorRangeC: ClosedRange<Double>

    public init(externalPeriodicWPerK: Double, internalPeriodicWPerK: Double, internalLeadMonths: Double,
                externalLagMonths: Double, indoorRangeC: ClosedRange<Double>) {
        self.externalPeriodicWPerK = externalPeriodicWPerK
        self.internalPeriodicWPerK = internalPeriodicWPerK
        self.internalLeadMonths = internalLeadMonths
        self.externalLagMonths = externalLagMonths
        self.indoorRangeC = indoorRangeC
    }

    /// The estimated indoor monthly means: θ_e,m + gains_m / H, within `indoorRangeC`.
    /// - Parameters:
    ///   - outdoorMonthlyC: the weather's 12 monthly mean dry-bulb temperatures.
    ///   - gainsMonthlyW: the zone's mean internal + solar gain of each month, W.
    ///   - conductanceWPerK: the zone's total heat loss coefficient H_tr + H_ve, W/K.
    public func indoorEstimateC(outdoorMonthlyC: [Double], gainsMonthlyW: [Double], conductanceWPerK: Double) -> [Double] {
        (0..<12).map { m in
            let free = conductanceWPerK > 0 ? outdoorMonthlyC[m] + gainsMonthlyW[m] / conductanceWPerK : indoorRangeC.upperBound
            return min(max(free, indoorRangeC.lowerBound), indoorRangeC.upperBound)
        }
    }

    /// The 12 monthly heat flows Φ_m from the room to the ground, W, when the room is at `indoorMonthlyC`.
    /// - Parameters:
    ///   - steadyWPerK: H_g = U·A of the floor.
    ///   - outdoorMonthlyC: the weather's monthly means; `outdoorAnnualC` its annual mean (hour-weighted).
    ///   - indoorMonthlyC: the indoor monthly means the floor sees (`indoorEstimateC`).
    public func heatFlowsW(steadyWPerK: Double, outdoorMonthlyC: [Double], outdoorAnnualC: Double,
                           indoorMonthlyC: [Double]) -> [Double] {
        let indoorAnnual = zip(indoorMonthlyC, ClimateData.daysPerMonth).reduce(0) { $0 + $1.0 * Double($1.1) } / 365
        return (0..<12).map { m in
            steadyWPerK * (indoorAnnual - outdoorAnnualC)
                - internalPeriodicWPerK * (indoorAnnual - Self.circular(indoorMonthlyC, at: Double(m) + internalLeadMonths))
                + externalPeriodicWPerK * (outdoorAnnualC - Self.circular(outdoorMonthlyC, at: Double(m) - externalLagMonths))
        }
    }

    /// H_g·θ_v,m = H_g·θ_i,m − Φ_m for each month, W: the ground side of a floor of conductance H_g in the hourly
    /// model, which then sees H_g·θ_i − H_g·θ_v,m.
    public func groundSideW(steadyWPerK: Double, outdoorMonthlyC: [Double], outdoorAnnualC: Double,
                            indoorMonthlyC: [Double]) -> [Double] {
        let flows = heatFlowsW(steadyWPerK: steadyWPerK, outdoorMonthlyC: outdoorMonthlyC, outdoorAnnualC: outdoorAnnualC,
                               indoorMonthlyC: indoorMonthlyC)
        return (0..<12).map { steadyWPerK * indoorMonthlyC[$0] - flows[$0] }
    }

    /// A monthly series read at a fractional month (0 = January's mean), linear between month means, over the
    /// year's cycle.
    static func circular(_ series: [Double], at month: Double) -> Double {
        let lower = month.rounded(.down), f = month - lower
        let i = ((Int(lower) % 12) + 12) % 12
        return (1 - f) * series[i] + f * series[(i + 1) % 12]
    }
}
