/// The result of one storey (often one dwelling) under one scenario.
public struct StoreyOutcome: Sendable, Hashable {
    public var storeyIndex: Int
    public var referenceAreaM2: Double
    public var heatingNeedKWh: Double
    public var coolingNeedKWh: Double
    public var hotWaterNeedKWh: Double
    public var finalEnergyKWhPerM2: Double
    public var primaryEnergyKWhPerM2: Double
    public var co2KgPerM2: Double
    public var label: DPELabel
    /// First year it may not be let (nil: never under the current calendar).
    public var rentalBanYear: Int?
    /// Free-float overheating (nil when the need model gives no hourly temperatures).
    public var overheating: OverheatingMetrics?
    public var decency: DecencyCheck
}
