/// Conventions and prices used to evaluate scenarios.
public struct EvaluationSettings: Sendable, Hashable {
    public var factors: EnergyFactors
    public var thresholds: DPEThresholds
    public var prices: EnergyPrices
    /// Real discount rate for annualising costs (3 %/yr, estimate; EN 15459-1 leaves it to the user).
    public var discountRate: Double
    public var coldWaterTemperatureC: Double
    /// Where the buildings stand for the 3CL-DPE label (climate zone and altitude class; default Cahors, H2c
    /// below 400 m) and the date the label is computed for (the factors and class limits in force then).
    public var threeCLSite: ThreeCLSite
    public var threeCLLabelDate: String

    public init(factors: EnergyFactors = EnergyFactors(), thresholds: DPEThresholds = .france2024,
                prices: EnergyPrices = .france2025Estimate, discountRate: Double = 0.03,
                coldWaterTemperatureC: Double = HotWaterNeed.defaultColdWaterTemperatureC,
                threeCLSite: ThreeCLSite = .cahors, threeCLLabelDate: String = "2026-01-01") {
        self.factors = factors
        self.thresholds = thresholds
        self.prices = prices
        self.discountRate = discountRate
        self.coldWaterTemperatureC = coldWaterTemperatureC
        self.threeCLSite = threeCLSite
        self.threeCLLabelDate = threeCLLabelDate
    }
}
