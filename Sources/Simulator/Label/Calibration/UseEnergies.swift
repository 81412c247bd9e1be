import BuildingModel
import ThreeCL

/// A 3CL result reduced to what re-weighing it on another label scale needs: final energy and its electric part
/// per use, the habitable area and the emissions.
public struct UseEnergies: Sendable, Hashable {
    /// Final energy per use, kWh/yr.
    public var finalKWh: [ThreeCL.EnergyUse: Double]
    /// The electricity in `finalKWh` per use, kWh/yr.
    public var electricityKWh: [ThreeCL.EnergyUse: Double]
    public var habitableAreaM2: Double
    /// Five-use emissions, kgCO₂eq/(m²·yr) (2021 factors).
    public var greenhouseGasKgPerM2: Double

    public init(finalKWh: [ThreeCL.EnergyUse: Double], electricityKWh: [ThreeCL.EnergyUse: Double],
                habitableAreaM2: Double, greenhouseGasKgPerM2: Double) {
        self.finalKWh = finalKWh
        self.electricityKWh = electricityKWh
        self.habitableAreaM2 = habitableAreaM2
        self.greenhouseGasKgPerM2 = greenhouseGasKgPerM2
    }

    /// From a result computed with electricity factor `f` (`ThreeCLResult.fiveUses.factors`): each use's electric
    /// part is (primary − final)/(f − 1), exact since every other energy counts 1.
    public init(result r: ThreeCLResult, habitableAreaM2: Double) {
        let f = r.fiveUses.factors.electricity
        var finals: [ThreeCL.EnergyUse: Double] = [:], elec: [ThreeCL.EnergyUse: Double] = [:]
        for (use, b) in r.fiveUses.byUse {
            finals[use] = b.finalKWh
            elec[use] = f > 1 ? max(0, (b.primaryKWh - b.finalKWh) / (f - 1)) : 0
        }
        finalKWh = finals
        electricityKWh = elec
        self.habitableAreaM2 = habitableAreaM2
        greenhouseGasKgPerM2 = r.fiveUses.total.emissionKgCO2 / max(habitableAreaM2, 1e-9)
    }

    /// Primary energy per m² as `scale` counts it: the 2012 method's three uses (heating, hot water, cooling) with
    /// electricity at 2.58; the 2021 method's five uses with electricity at `electricity2021` (2.3 before 2026,
    /// 1.9 from 2026).
    public func primaryEnergyKWhPerM2(_ scale: LabelScale, electricity2021: Double) -> Double {
        let uses: [ThreeCL.EnergyUse] = scale == .arrete2012 ? [.heating, .hotWater, .cooling] : ThreeCL.EnergyUse.allCases
        let f = scale == .arrete2012 ? Self.electricity2012 : electricity2021
        let total = uses.reduce(0.0) { $0 + (finalKWh[$1] ?? 0) + (f - 1) * (electricityKWh[$1] ?? 0) }
        return total / max(habitableAreaM2, 1e-9)
    }

    /// The 2012 method's electricity factor (arrêté du 15 septembre 2006, kept in 2012).
    public static let electricity2012 = 2.58
}

/// The scale a prediction is made on: a label scale and, for the 2021 one, the electricity factor of its date.
public struct PredictionScale: Sendable, Hashable {
    public var scale: LabelScale
    public var electricity2021: Double

    public init(scale: LabelScale, electricity2021: Double) {
        self.scale = scale
        self.electricity2021 = electricity2021
    }

    /// The scale of an observed label: the 2012 method, or the 2021 one with the factor of its date (2.3 when it
    /// has none, the factor of 2021–2025).
    public init(observed l: ObservedLabel) {
        scale = l.scale
        electricity2021 = PrimaryEnergyFactors.inForce(onDPEDate: l.date).electricity
    }

    /// The scale of the labels renovate computes (`date`, "YYYY-MM-DD").
    public static func current(labelDate date: String) -> PredictionScale {
        PredictionScale(scale: .arrete2021, electricity2021: PrimaryEnergyFactors.inForce(onDPEDate: date).electricity)
    }
}
