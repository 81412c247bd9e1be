import Foundation
import Simulator

/// Shared test fixtures (computed once per test process).
enum Fixtures {
    /// The generated Cahors typical year and its façade irradiance (no ../shared needed).
    static let cahorsClimate: ClimateData = try! TypicalYearGenerator.generate(from: .cahors)
    static let cahorsIrradiance = SurfaceIrradiance(climate: cahorsClimate)

    /// A year of constant outdoor temperature, no sun, sky at air temperature: for hand-checked steady states.
    static func constantClimate(temperatureC: Double) -> ClimateData {
        let n = ClimateData.hoursPerYear
        let t = [Double](repeating: temperatureC, count: n), zero = [Double](repeating: 0, count: n)
        return ClimateData(location: .cahors, source: "constant \(temperatureC) °C", dryBulbC: t, dewPointC: t,
                           relativeHumidityPct: [Double](repeating: 100, count: n), globalHorizontalWPerM2: zero,
                           directNormalWPerM2: zero, diffuseHorizontalWPerM2: zero, windSpeedMPerS: zero, skyTemperatureC: t)
    }

    /// A small box zone used by the hand-checked tests: A_f = 10 m², V = 30 m³, one 20 m² wall U = 1,
    /// one 2 m² window U = 2.5, 1 ach → H_op = 20 W/K, H_tr_w = 5 W/K, H_ve = 1200·30·1/3600 = 10 W/K.
    static func box(hvac: HVACSpec, gainsWPerM2: Double = 0, convectiveFraction: Double = 1) -> ZoneSpec {
        ZoneSpec(name: "box", floorAreaM2: 10, volumeM3: 30,
                 walls: [WallSpec(orientation: .north, areaM2: 20, uValueWPerM2K: 1)],
                 windows: [ZoneWindowSpec(orientation: .north, areaM2: 2, uValueWPerM2K: 2.5, gValue: 0.6)],
                 mass: .isoClass(.medium), airflow: AirflowSpec(infiltration: .ach(1)),
                 internalGains: InternalGainsSpec(wattsPerM2: gainsWPerM2, convectiveFraction: convectiveFraction),
                 hvac: hvac)
    }
}
