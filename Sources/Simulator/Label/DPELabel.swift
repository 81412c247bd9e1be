/// The label of one dwelling: energy class, GHG class and the resulting (worse) class.
public struct DPELabel: Sendable, Hashable, Codable {
    public var energyClass: DPEClass
    public var greenhouseGasClass: DPEClass
    /// The worse of the two: the dwelling's class (double threshold, arrêté of 31 March 2021).
    public var overall: DPEClass { DPEClass.worse(energyClass, greenhouseGasClass) }

    public init(energyClass: DPEClass, greenhouseGasClass: DPEClass) {
        self.energyClass = energyClass
        self.greenhouseGasClass = greenhouseGasClass
    }

    /// Classifies a dwelling.
    /// - Parameters:
    ///   - primaryEnergyKWhPerM2: five-use primary energy per m² of reference area and year.
    ///   - greenhouseGasKgPerM2: five-use emissions, kgCO₂eq per m² and year.
    ///   - referenceAreaM2: habitable area of the dwelling (small-dwelling table at ≤ 40 m²).
    ///   - thresholds: the class tables (default: France 2024, altitude < 400 m — Cahors).
    public init(
        primaryEnergyKWhPerM2: Double, greenhouseGasKgPerM2: Double, referenceAreaM2: Double,
        thresholds: DPEThresholds = .france2024
    ) {
        let limits = thresholds.limits(referenceAreaM2: referenceAreaM2)
        energyClass = DPELimits.classOf(primaryEnergyKWhPerM2, limits: limits.primaryEnergyKWhPerM2)
        greenhouseGasClass = DPELimits.classOf(greenhouseGasKgPerM2, limits: limits.greenhouseGasKgPerM2)
    }
}
