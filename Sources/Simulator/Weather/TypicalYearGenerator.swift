import Foundation
import BuildingModel

/// Builds a deterministic hourly year from monthly ``ClimateNormals`` so that the tool runs without a weather file.
///
/// Method (all deterministic — a fixed-seed generator drives the day-to-day weather):
/// - Daily mean temperature: linear interpolation between mid-month normals plus an AR(1) anomaly
///   (lag-1 correlation 0.7, σ = 2 K), corrected each month so the monthly mean equals the normal.
/// - Daily clearness: a clear/overcast sequence (AR(1) on the clearness index), rescaled so each month's mean daily
///   global irradiation equals the normal; bright days get a wider temperature range.
/// - Hourly global irradiation: Collares-Pereira & Rabl (1979) ratio r_t (Duffie & Beckman eq. 2.13.2) applied to
///   the daily total; diffuse fraction from the Erbs et al. (1982) correlation on the hourly clearness;
///   DNI = (GHI − DHI)/cos θ_z.
/// - Hourly temperature: cosine between T_min at sunrise and T_max at 15:00 solar time (simplified ASHRAE profile).
/// - Dew point from the monthly relative humidity at the daily mean temperature (Magnus formula); sky temperature
///   from ``SkyTemperature/fromDewPoint(dryBulbC:dewPointC:opaqueSkyCoverTenths:)`` with cloud cover from clearness.
///
/// A real EPW (measured or TMY for the site) is better: this year has realistic monthly means but no real weather
/// sequences, and the normals shipped for Cahors are approximate.
public enum TypicalYearGenerator {
    public static func generate(from normals: ClimateNormals, seed: UInt64 = 46_000) throws -> ClimateData {
        for (name, a, lo, hi) in [("meanTemperatureC", normals.meanTemperatureC, -40.0, 45.0),
                                  ("dailyRangeK", normals.dailyRangeK, 0.0, 30.0),
                                  ("globalHorizontalKWhPerM2Day", normals.globalHorizontalKWhPerM2Day, 0.0, 12.0),
                                  ("relativeHumidityPct", normals.relativeHumidityPct, 1.0, 100.0)] {
            guard a.count == 12, a.allSatisfy({ $0.isFinite && $0 >= lo && $0 <= hi }) else {
                throw SimulatorError.invalidInput(zone: "normals \(normals.location.name)", field: name,
                                                  value: "\(a)", expected: "12 monthly values in [\(lo), \(hi)]")
            }
        }
        let n = ClimateData.hoursPerYear
        let geo = SolarGeometry(location: normals.location)
        var rng = SplitMix64(seed: seed)
        let days = 365
        let dpm = ClimateData.daysPerMonth
        var monthOfDay = [Int](), midDay = [Double]()
        var start = 0
        for (m, d) in dpm.enumerated() {
            monthOfDay += [Int](repeating: m, count: d)
            midDay.append(Double(start) + Double(d) / 2)
            start += d
        }
        // Daily anomalies.
        var tAnom = [Double](repeating: 0, count: days), kAnom = tAnom
        var a = 0.0, k = 0.0
        for d in 0..<days {
            a = 0.7 * a + 2 * 0.714 * rng.normal()
            k = 0.5 * k + 0.87 * rng.normal()
            tAnom[d] = a
            kAnom[d] = k
        }
        func interp(_ v: [Double], _ day: Double) -> Double {
            // Cyclic linear interpolation between mid-month values.
            var i = 11
            for m in 0..<12 where midDay[m] <= day { i = m }
            let j = (i + 1) % 12
            var d0 = midDay[i], d1 = midDay[j]
            var x = day
            if j == 0 { d1 += 365 }
            if day < midDay[0] { d0 -= 365; x = day }
            let t = (x - d0) / (d1 - d0)
            return v[i] + t * (v[j] - v[i])
        }
        var tMean = (0..<days).map { interp(normals.meanTemperatureC, Double($0) + 0.5) + tAnom[$0] }
        // Daily extraterrestrial horizontal irradiation (sum of hourly mid-hour values), Wh/m².
        var h0 = [Double](repeating: 0, count: days)
        for h in 0..<n where geo.sunUp[h] > 0 { h0[h / 24] += geo.extraterrestrialNormalWPerM2[h] * geo.sunUp[h] }
        var kt = [Double](repeating: 0, count: days)
        for m in 0..<12 {
            let ds = (0..<days).filter { monthOfDay[$0] == m }
            // Correct temperature anomalies to a zero monthly mean.
            let target = normals.meanTemperatureC[m]
            let cur = ds.reduce(0) { $0 + tMean[$1] } / Double(ds.count)
            for d in ds { tMean[d] += target - cur }
            // Clearness: monthly K_T from the normal, spread by the anomaly, then rescaled to the normal exactly.
            let h0m = ds.reduce(0) { $0 + h0[$1] } / Double(ds.count)
            let ktMonth = min(0.8, normals.globalHorizontalKWhPerM2Day[m] * 1000 / max(h0m, 1))
            for d in ds { kt[d] = min(0.78, max(0.08, ktMonth * (1 + 0.35 * kAnom[d]))) }
            let sum = ds.reduce(0) { $0 + kt[$1] * h0[$1] }
            let scale = normals.globalHorizontalKWhPerM2Day[m] * 1000 * Double(ds.count) / max(sum, 1)
            for d in ds { kt[d] *= scale }
        }
        var db = [Double](repeating: 0, count: n), dp = db, rh = db, ghi = db, dni = db, dhi = db, wind = db, sky = db
        for d in 0..<days {
            let m = monthOfDay[d]
            let ktm = normals.globalHorizontalKWhPerM2Day[m] * 1000 / max(1, h0[d])
            // Brighter-than-average days have a wider range (±30 %).
            let range = normals.dailyRangeK[m] * min(1.3, max(0.7, 1 + 0.6 * (kt[d] - ktm)))
            let tMin = tMean[d] - range / 2, tMax = tMean[d] + range / 2
            // Sunrise hour (solar): first hour with the sun up.
            var sunrise = 6.0
            for hh in 0..<24 where geo.sunUp[d * 24 + hh] > 0 { sunrise = Double(hh); break }
            // Daily global → hourly (Collares-Pereira & Rabl), normalised so the hours sum to the daily total.
            var weights = [Double](repeating: 0, count: 24)
            for hh in 0..<24 where geo.sunUp[d * 24 + hh] > 0 {
                weights[hh] = geo.sunUp[d * 24 + hh] * (0.4 + 0.6 * geo.sunUp[d * 24 + hh])
            }
            let wsum = weights.reduce(0, +)
            let daily = kt[d] * h0[d]
            let rhM = normals.relativeHumidityPct[m]
            let dew = dewPoint(temperatureC: tMean[d], relativeHumidityPct: rhM)
            for hh in 0..<24 {
                let h = d * 24 + hh
                let t = Double(hh) + 0.5
                // Cosine from T_min at sunrise to T_max at 15:00, then back down to the next sunrise.
                let temp: Double
                if t >= sunrise && t <= 15 {
                    temp = tMin + (tMax - tMin) * (1 - cos(.pi * (t - sunrise) / (15 - sunrise))) / 2
                } else {
                    let span = 24 - 15 + sunrise
                    let x = t > 15 ? t - 15 : t + 24 - 15
                    temp = tMax - (tMax - tMin) * (1 - cos(.pi * x / span)) / 2
                }
                db[h] = temp
                dp[h] = min(temp, dew)
                rh[h] = min(100, relativeHumidity(temperatureC: temp, dewPointC: dp[h]))
                wind[h] = 3
                let g = wsum > 0 ? daily * weights[hh] / wsum : 0
                let cz = geo.sunUp[h]
                var diff = g
                if cz > 0.05 && g > 0 {
                    let ktH = min(1, g / (geo.extraterrestrialNormalWPerM2[h] * cz))
                    // Erbs et al. (1982) diffuse fraction.
                    let fd = ktH <= 0.22 ? 1 - 0.09 * ktH
                        : ktH <= 0.8 ? 0.9511 - 0.1604 * ktH + 4.388 * ktH * ktH - 16.638 * pow(ktH, 3) + 12.336 * pow(ktH, 4)
                        : 0.165
                    diff = g * fd
                    dni[h] = min(1100, (g - diff) / cz)
                } else {
                    dni[h] = 0
                }
                ghi[h] = g
                dhi[h] = diff
                let cover = min(10, max(0, 10 * (1 - (kt[d] - 0.15) / 0.6)))
                sky[h] = SkyTemperature.fromDewPoint(dryBulbC: temp, dewPointC: dp[h], opaqueSkyCoverTenths: cover)
            }
        }
        let data = ClimateData(
            location: normals.location, source: "typical year from \(normals.source)", dryBulbC: db, dewPointC: dp,
            relativeHumidityPct: rh, globalHorizontalWPerM2: ghi, directNormalWPerM2: dni, diffuseHorizontalWPerM2: dhi,
            windSpeedMPerS: wind, skyTemperatureC: sky)
        try data.validate()
        return data
    }

    /// Magnus formula (Alduchov & Eskridge 1996 coefficients).
    static func dewPoint(temperatureC t: Double, relativeHumidityPct rh: Double) -> Double {
        let g = log(max(rh, 1) / 100) + 17.625 * t / (243.04 + t)
        return 243.04 * g / (17.625 - g)
    }

    static func relativeHumidity(temperatureC t: Double, dewPointC td: Double) -> Double {
        100 * exp(17.625 * td / (243.04 + td) - 17.625 * t / (243.04 + t))
    }
}

extension SplitMix64 {
    /// Standard normal draw (Box–Muller) from two uniform draws; deterministic for a given seed.
    mutating func normal() -> Double {
        let u1 = max(unit(), 1e-12), u2 = unit()
        return sqrt(-2 * log(u1)) * cos(2 * .pi * u2)
    }
}
