/// The one place that chooses the need model of a batch run from the run's weather.
///
/// Today: `DegreeHourNeedModel` with the weather's own heating degree-hours, DH = Σₕ max(0, 18 °C − θₑ,ₕ) K·h
/// (base 18 °C as in `DegreeHourNeedModel`'s documentation), so `--climate-shift` and `--weather` already change
/// the figures. The irradiance is not used by this stand-in.
public enum NeedModelFactory {
    /// Base temperature of the heating degree-hours, °C.
    public static let degreeHourBaseC = 18.0

    /// A maker of one worker thread's need model (called once per thread by `ScenarioPairEvaluator`).
    /// - Parameters:
    ///   - climate: the run's hourly weather (8760 h).
    ///   - irradiance: the irradiance on every surface, computed once for the run and shared read-only.
    public static func make(climate: ClimateData, irradiance: SurfaceIrradiance?) -> @Sendable () throws -> any NeedModel {
        // TODO(lead): HourlyNeedModel — build the hourly 5R1C model from `climate` and `irradiance` here, and
        // rename `modelName` (it is a run option: runs of the stand-in then cannot be resumed with the new model).
        let degreeHours = heatingDegreeHoursKh(climate)
        return { DegreeHourNeedModel(heatingDegreeHoursKh: degreeHours) }
    }

    /// Heating degree-hours of the weather below `degreeHourBaseC`, K·h.
    public static func heatingDegreeHoursKh(_ climate: ClimateData) -> Double {
        climate.dryBulbC.reduce(0) { $0 + max(0, degreeHourBaseC - $1) }
    }

    /// A short name of the model for the `run` table and the progress header.
    public static let modelName = "degree-hour stand-in (base 18 °C)"
}
