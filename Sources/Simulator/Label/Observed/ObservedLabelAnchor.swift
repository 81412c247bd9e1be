import BuildingModel

/// Anchors a building's labels to its real one (`--baseline observed`): before works, the real label as issued
/// (class letters, primary energy and emissions); after a scenario, the real primary energy and emissions times the
/// engine's ratio after/before works (what the engine predicts the works save, applied to where the building
/// really stands), classed with the 2021 limits. Without a real primary energy, the real classes move by as many
/// classes as the engine's do.
///
/// Only labels of the 2021 method anchor: the classes of the 2012 method are not today's (docs/stock-input.md).
public struct ObservedLabelAnchor: Sendable, Hashable {
    public let observed: ObservedLabel
    let energyClass: DPEClass
    let greenhouseGasClass: DPEClass?

    /// nil when the building has no real label, or one of the 2012 method.
    public init?(building: Building) {
        guard let o = building.observedLabel, o.scale == .arrete2021, let e = DPEClass(letter: o.energyClass) else {
            return nil
        }
        observed = o
        energyClass = e
        greenhouseGasClass = o.greenhouseGasClass.flatMap { DPEClass(letter: $0) }
    }

    /// The anchored label of `predicted`, the engine's label after works, given the engine's label before works.
    public func anchored(_ predicted: ThreeCLLabel, predictedBaseline base: ThreeCLLabel) -> ThreeCLLabel {
        let ghgClass = greenhouseGasClass ?? base.label.greenhouseGasClass
        if predicted == base {
            return ThreeCLLabel(
                label: DPELabel(energyClass: energyClass, greenhouseGasClass: ghgClass),
                primaryEnergyKWhPerM2: observed.primaryEnergyKWhPerM2 ?? base.primaryEnergyKWhPerM2,
                greenhouseGasKgPerM2: observed.greenhouseGasKgPerM2 ?? base.greenhouseGasKgPerM2,
                finalEnergyKWhPerM2: finalEnergy(predicted, base))
        }
        guard let ep = observed.primaryEnergyKWhPerM2, base.primaryEnergyKWhPerM2 > 0 else {
            return ThreeCLLabel(
                label: DPELabel(energyClass: Self.shift(energyClass, by: predicted.label.overall, from: base.label.overall),
                                greenhouseGasClass: Self.shift(ghgClass, by: predicted.label.greenhouseGasClass,
                                                               from: base.label.greenhouseGasClass)),
                primaryEnergyKWhPerM2: predicted.primaryEnergyKWhPerM2,
                greenhouseGasKgPerM2: predicted.greenhouseGasKgPerM2, finalEnergyKWhPerM2: predicted.finalEnergyKWhPerM2)
        }
        let epRatio = predicted.primaryEnergyKWhPerM2 / base.primaryEnergyKWhPerM2
        let ghgRatio = base.greenhouseGasKgPerM2 > 0 ? predicted.greenhouseGasKgPerM2 / base.greenhouseGasKgPerM2 : epRatio
        let anchoredEP = ep * epRatio
        let anchoredGHG = (observed.greenhouseGasKgPerM2 ?? base.greenhouseGasKgPerM2) * ghgRatio
        let e = DPEClass.allCases[LabelScale.arrete2021.classIndex(primaryEnergyKWhPerM2: anchoredEP, greenhouseGasKgPerM2: nil)]
        let g = DPEClass.allCases[LabelScale.index(anchoredGHG, LabelScale.greenhouseGasLimits2021)]
        return ThreeCLLabel(label: DPELabel(energyClass: DPEClass.worse(e, g), greenhouseGasClass: g),
                            primaryEnergyKWhPerM2: anchoredEP, greenhouseGasKgPerM2: anchoredGHG,
                            finalEnergyKWhPerM2: finalEnergy(predicted, base))
    }

    /// The engine's final energy scaled like the primary energy (the rental limit on final energy).
    func finalEnergy(_ predicted: ThreeCLLabel, _ base: ThreeCLLabel) -> Double {
        guard let ep = observed.primaryEnergyKWhPerM2, base.primaryEnergyKWhPerM2 > 0 else {
            return predicted.finalEnergyKWhPerM2
        }
        return predicted.finalEnergyKWhPerM2 * ep / base.primaryEnergyKWhPerM2
    }

    /// `c` moved by as many classes as the engine moved from `before` to `after`, within A…G.
    static func shift(_ c: DPEClass, by after: DPEClass, from before: DPEClass) -> DPEClass {
        let all = DPEClass.allCases
        let i = all.firstIndex(of: c)! + all.firstIndex(of: after)! - all.firstIndex(of: before)!
        return all[min(max(i, 0), all.count - 1)]
    }
}
