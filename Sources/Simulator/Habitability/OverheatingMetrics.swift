/// Summer overheating of one zone in free float (no cooling), from its hourly operative temperatures.
///
/// Definitions (issue 5): hours with operative temperature > 28 °C between 1 May and 30 September, and the
/// degree-hours above 28 °C over the same period (Σ max(0, θop − 28) K·h). 28 °C is the DPE's cooling
/// threshold (domain.md §1). Hours are counted in a non-leap year of 8760 h starting 1 January 00:00.
public struct OverheatingMetrics: Sendable, Hashable, Codable {
    public var hoursAboveThreshold: Int
    public var degreeHoursAboveThresholdKh: Double
    public var maxOperativeTemperatureC: Double

    public static let thresholdC = 28.0
    /// Hour-of-year range 1 May 00:00 – 30 Sept 24:00 in a non-leap year.
    public static let summerHours: Range<Int> = (120 * 24)..<(273 * 24)

    public init(hoursAboveThreshold: Int, degreeHoursAboveThresholdKh: Double, maxOperativeTemperatureC: Double) {
        self.hoursAboveThreshold = hoursAboveThreshold
        self.degreeHoursAboveThresholdKh = degreeHoursAboveThresholdKh
        self.maxOperativeTemperatureC = maxOperativeTemperatureC
    }

    /// Computes the metrics from hourly operative temperatures, °C, index 0 = 1 January 00:00–01:00.
    /// Hours outside `hours` (default May–September) and beyond the array are ignored.
    /// - Complexity: O(n) in the number of hours.
    public init(operativeTemperaturesC t: [Double], thresholdC: Double = Self.thresholdC,
                hours: Range<Int> = Self.summerHours) {
        var dh = 0.0
        var peak = -Double.infinity
        var hoursAbove = 0.0
        for h in hours.clamped(to: 0..<t.count) {
            let x = t[h]
            peak = max(peak, x)
            Self.accumulate(x, thresholdC: thresholdC, hours: &hoursAbove, degreeHoursKh: &dh)
        }
        let count = Int(hoursAbove)
        self.init(hoursAboveThreshold: count, degreeHoursAboveThresholdKh: dh,
                  maxOperativeTemperatureC: peak.isFinite ? peak : .nan)
    }

    /// The one definition of an overheating hour, shared with the thermal simulator's hour loop
    /// (`ThermalSimulator`, which applies it to the months of `SimulationOptions.overheatingMonths`):
    /// an hour counts when θ_op > threshold (strictly), and adds θ_op − threshold to the degree-hours.
    @inlinable @inline(__always)
    public static func accumulate(_ operativeC: Double, thresholdC: Double, hours: inout Double,
                                  degreeHoursKh: inout Double) {
        if operativeC > thresholdC {
            hours += 1
            degreeHoursKh += operativeC - thresholdC
        }
    }

    /// Index of the worst storey (most degree-hours, then most hours), nil for an empty list.
    public static func worst(_ storeys: [OverheatingMetrics]) -> Int? {
        storeys.indices.max {
            (storeys[$0].degreeHoursAboveThresholdKh, storeys[$0].hoursAboveThreshold)
                < (storeys[$1].degreeHoursAboveThresholdKh, storeys[$1].hoursAboveThreshold)
        }
    }
}
