/// Options of a thermal run.
public struct SimulationOptions: Sendable, Hashable {
    /// Operative-temperature thresholds for hours-above and degree-hours, °C.
    public var overheatingThresholdsC: [Double]
    /// Months counted for hours-above and degree-hours (index 0 = January).
    public var overheatingMonths: [Bool]
    /// Keep the hourly trace of every zone.
    public var recordHourly: Bool
    /// Initial mass temperature, °C.
    public var initialTemperatureC: Double
    /// Warm-up: the last `warmUpDays` of the year are simulated before 1 January (cyclic year) and not counted.
    public var warmUpDays: Int

    public init(overheatingThresholdsC: [Double] = [28], overheatingMonths: [Bool] = MonthMask.mayToSeptember,
                recordHourly: Bool = false, initialTemperatureC: Double = 20, warmUpDays: Int = 14) {
        self.overheatingThresholdsC = overheatingThresholdsC
        self.overheatingMonths = overheatingMonths
        self.recordHourly = recordHourly
        self.initialTemperatureC = initialTemperatureC
        self.warmUpDays = warmUpDays
    }
}
