/// One year of hourly weather (8760 hours, hour 0 = 1 January 00:00–01:00 local standard time) and its site.
///
/// Radiation values are hourly means in W/m² over the hour ending at the stamp (EPW convention: row h covers
/// (h−1, h]). Arrays are flat `[Double]` of length ``hoursPerYear``; index = hour of the year.
public struct ClimateData: Sendable {
    public static let hoursPerYear = 8760

    public var location: SiteLocation
    /// Where the data come from (file name or generator description).
    public var source: String
    public var dryBulbC: [Double]
    public var dewPointC: [Double]
    public var relativeHumidityPct: [Double]
    /// Global horizontal irradiance, W/m².
    public var globalHorizontalWPerM2: [Double]
    /// Direct normal irradiance, W/m².
    public var directNormalWPerM2: [Double]
    /// Diffuse horizontal irradiance, W/m².
    public var diffuseHorizontalWPerM2: [Double]
    public var windSpeedMPerS: [Double]
    /// Effective sky temperature, °C: from the EPW horizontal infrared radiation when present
    /// (θ_sky = (IR/σ)^¼ − 273.15), otherwise from dew point and opaque sky cover (see ``SkyTemperature``).
    public var skyTemperatureC: [Double]

    public init(
        location: SiteLocation, source: String, dryBulbC: [Double], dewPointC: [Double], relativeHumidityPct: [Double],
        globalHorizontalWPerM2: [Double], directNormalWPerM2: [Double], diffuseHorizontalWPerM2: [Double],
        windSpeedMPerS: [Double], skyTemperatureC: [Double]
    ) {
        self.location = location
        self.source = source
        self.dryBulbC = dryBulbC
        self.dewPointC = dewPointC
        self.relativeHumidityPct = relativeHumidityPct
        self.globalHorizontalWPerM2 = globalHorizontalWPerM2
        self.directNormalWPerM2 = directNormalWPerM2
        self.diffuseHorizontalWPerM2 = diffuseHorizontalWPerM2
        self.windSpeedMPerS = windSpeedMPerS
        self.skyTemperatureC = skyTemperatureC
    }

    /// Annual mean dry-bulb temperature, °C.
    public var meanDryBulbC: Double { dryBulbC.reduce(0, +) / Double(dryBulbC.count) }

    /// Monthly mean dry-bulb temperatures, °C, January first.
    public var monthlyMeanDryBulbC: [Double] {
        var out: [Double] = [], start = 0
        for days in Self.daysPerMonth {
            let end = min(start + days * 24, dryBulbC.count)
            out.append(end > start ? dryBulbC[start..<end].reduce(0, +) / Double(end - start) : meanDryBulbC)
            start = end
        }
        return out
    }

    /// Annual global horizontal irradiation, kWh/m².
    public var annualGlobalHorizontalKWhPerM2: Double { globalHorizontalWPerM2.reduce(0, +) / 1000 }

    /// Month (1–12) of each hour of a 365-day year.
    public static let monthOfHour: [UInt8] = {
        var out = [UInt8](repeating: 0, count: hoursPerYear)
        var h = 0
        for (m, days) in daysPerMonth.enumerated() {
            for _ in 0..<(days * 24) { out[h] = UInt8(m + 1); h += 1 }
        }
        return out
    }()

    public static let daysPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// Checks array lengths and that every value is finite; throws naming the first bad array and hour.
    public func validate() throws {
        let arrays: [(String, [Double])] = [
            ("dryBulbC", dryBulbC), ("dewPointC", dewPointC), ("relativeHumidityPct", relativeHumidityPct),
            ("globalHorizontalWPerM2", globalHorizontalWPerM2), ("directNormalWPerM2", directNormalWPerM2),
            ("diffuseHorizontalWPerM2", diffuseHorizontalWPerM2), ("windSpeedMPerS", windSpeedMPerS),
            ("skyTemperatureC", skyTemperatureC),
        ]
        for (name, a) in arrays {
            guard a.count == Self.hoursPerYear else {
                throw SimulatorError.invalidInput(
                    zone: "climate \(source)", field: name, value: "\(a.count) values", expected: "\(Self.hoursPerYear)")
            }
            if let h = a.firstIndex(where: { !$0.isFinite }) {
                throw SimulatorError.invalidInput(
                    zone: "climate \(source)", field: name, value: "\(a[h]) at hour \(h)", expected: "a finite number")
            }
        }
    }
}
