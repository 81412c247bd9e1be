/// Conventions and prices used to evaluate scenarios.
public struct EvaluationSettings: Sendable, Hashable {
    public var factors: EnergyFactors
    public var thresholds: DPEThresholds
    public var prices: EnergyPrices
    /// Real discount rate for annualising costs (3 %/yr, estimate; EN 15459-1 leaves it to the user).
    public var discountRate: Double
    public var coldWaterTemperatureC: Double

    public init(factors: EnergyFactors = EnergyFactors(), thresholds: DPEThresholds = .france2024,
                prices: EnergyPrices = .france2025Estimate, discountRate: Double = 0.03,
                coldWaterTemperatureC: Double = HotWaterNeed.defaultColdWaterTemperatureC) {
        self.factors = factors
        self.thresholds = thresholds
        self.prices = prices
        self.discountRate = discountRate
        self.coldWaterTemperatureC = coldWaterTemperatureC
    }
}
