import BuildingModel

/// A real label as the calibration uses it: the building's grid, the label's scale, its class and, when the
/// source gives it, its primary energy.
public struct LabelObservation: Sendable, Hashable {
    /// Index of the building (and its grid) in the stock.
    public var buildingIndex: Int
    public var scale: PredictionScale
    /// 0 = A … 6 = G.
    public var classIndex: Int
    public var primaryEnergyKWhPerM2: Double?

    public init(buildingIndex: Int, scale: PredictionScale, classIndex: Int, primaryEnergyKWhPerM2: Double?) {
        self.buildingIndex = buildingIndex
        self.scale = scale
        self.classIndex = classIndex
        self.primaryEnergyKWhPerM2 = primaryEnergyKWhPerM2
    }

    /// The observations of a stock: its buildings with an observed label and a grid.
    public static func of(_ buildings: [Building], grids: [LabelGrid?]) -> [LabelObservation] {
        buildings.indices.compactMap { i in
            guard grids[i] != nil, let l = buildings[i].observedLabel,
                  let c = ObservedLabel.letters.firstIndex(of: l.energyClass) else { return nil }
            return LabelObservation(buildingIndex: i, scale: PredictionScale(observed: l), classIndex: c,
                                    primaryEnergyKWhPerM2: l.primaryEnergyKWhPerM2.flatMap { $0 > 0 ? $0 : nil })
        }
    }
}
