/// The one place that chooses the need model of a batch run from the run's weather: the hourly 5R1C model
/// (`HourlyNeedModel`, ISO 13790 Annex C storey by storey) on the run's irradiance, computed once and shared
/// read-only by every worker.
public enum NeedModelFactory {
    /// A maker of one worker thread's need model (called once per thread by `ScenarioPairEvaluator`).
    /// - Parameters:
    ///   - climate: the run's hourly weather (8760 h).
    ///   - irradiance: the irradiance on every surface, computed once for the run (computed here when nil).
    ///   - conventions: how envelopes become thermal zones (set-points, gains, terrain…).
    public static func make(climate: ClimateData, irradiance: SurfaceIrradiance?,
                            conventions: ThermalMappingConventions = ThermalMappingConventions())
        -> @Sendable () throws -> any NeedModel {
        let shared = irradiance ?? SurfaceIrradiance(climate: climate)
        let model = HourlyNeedModel(irradiance: shared, conventions: conventions)
        return { model }
    }

    /// A short name of the model for the `run` table and the progress header (a run option: a run started with
    /// another model cannot be resumed with this one).
    public static let modelName = "hourly 5R1C (ISO 13790 Annex C), one zone per storey"
    /// The version of the stock-to-zone mapping and the hourly model, changed with any change that moves their
    /// results (a run option, like `modelName`; the tool version's commit changes with every change of source).
    public static let modelVersion = "2026-12-08"
}
