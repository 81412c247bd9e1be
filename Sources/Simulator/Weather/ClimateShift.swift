import Foundation

/// A future-climate morph of a weather year (shift and heat-wave "morphing" in the sense of Belcher et al. 2005,
/// simplified): every hour warmed by ``deltaTC``, plus an optional heat wave.
public struct ClimateShift: Sendable, Hashable {
    /// Uniform warming, K.
    public var deltaTC: Double
    public var heatWave: HeatWave?

    /// A heat wave: a smooth (sin²) temperature bump over `days` days from `startDay` (0 = 1 January), peaking at
    /// `peakAnomalyK`, with global/direct irradiance scaled by up to `solarFactor` (clear skies) at the peak.
    public struct HeatWave: Sendable, Hashable {
        public var startDay: Int
        public var days: Int
        public var peakAnomalyK: Double
        public var solarFactor: Double

        public init(startDay: Int = 196, days: Int = 14, peakAnomalyK: Double = 8, solarFactor: Double = 1.15) {
            self.startDay = startDay
            self.days = days
            self.peakAnomalyK = peakAnomalyK
            self.solarFactor = solarFactor
        }
    }

    public init(deltaTC: Double, heatWave: HeatWave? = nil) {
        self.deltaTC = deltaTC
        self.heatWave = heatWave
    }

    /// The shifted year. Dew point and sky temperature follow the air temperature (constant relative humidity
    /// and sky depression); irradiance is scaled during the heat wave, capped at the extraterrestrial value.
    public func apply(to c: ClimateData) throws -> ClimateData {
        guard deltaTC.isFinite, abs(deltaTC) <= 10 else {
            throw SimulatorError.invalidInput(zone: "climate shift", field: "deltaTC", value: "\(deltaTC)", expected: "|ΔT| ≤ 10 K")
        }
        var out = c
        out.source = c.source + String(format: " shifted %+.1f K", deltaTC)
        var bump = [Double](repeating: 0, count: ClimateData.hoursPerYear)
        if let w = heatWave {
            guard w.days > 0, w.days <= 120, (0..<365).contains(w.startDay), w.peakAnomalyK.isFinite,
                  abs(w.peakAnomalyK) <= 20, w.solarFactor >= 0.5, w.solarFactor <= 2 else {
                throw SimulatorError.invalidInput(zone: "climate shift", field: "heatWave", value: "\(w)",
                                                  expected: "1–120 days, start 0–364, |peak| ≤ 20 K, solar factor 0.5–2")
            }
            let len = Double(w.days * 24)
            for k in 0..<(w.days * 24) {
                let h = (w.startDay * 24 + k) % ClimateData.hoursPerYear
                let s = sin(Double.pi * (Double(k) + 0.5) / len)
                bump[h] = s * s
            }
            out.source += String(format: ", heat wave +%.0f K over %d days", w.peakAnomalyK, w.days)
        }
        let geo = heatWave == nil ? nil : SolarGeometry(location: c.location)
        for h in 0..<ClimateData.hoursPerYear {
            let dT = deltaTC + (heatWave?.peakAnomalyK ?? 0) * bump[h]
            out.dryBulbC[h] += dT
            out.dewPointC[h] += dT
            out.skyTemperatureC[h] += dT
            if let w = heatWave, bump[h] > 0, let g = geo {
                let f = 1 + (w.solarFactor - 1) * bump[h]
                let cap = max(0, g.extraterrestrialNormalWPerM2[h] * g.sunUp[h])
                out.globalHorizontalWPerM2[h] = min(cap, c.globalHorizontalWPerM2[h] * f)
                let ratio = c.globalHorizontalWPerM2[h] > 0 ? out.globalHorizontalWPerM2[h] / c.globalHorizontalWPerM2[h] : 1
                out.directNormalWPerM2[h] = c.directNormalWPerM2[h] * ratio
                out.diffuseHorizontalWPerM2[h] = c.diffuseHorizontalWPerM2[h] * ratio
            }
        }
        try out.validate()
        return out
    }
}
