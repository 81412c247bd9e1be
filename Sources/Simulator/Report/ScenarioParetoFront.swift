/// The Pareto front of scenarios on two costs to minimise: total capital cost and mean primary energy.
///
/// A point *dominates* another when it is no worse on both axes and strictly better on at least one; the front
/// is the set of points no other point dominates. Of identical points, the scenario with fewer measures as written
/// dominates (a scenario that changes nothing does not share the front with "no works"); equal counts both stay.
/// Points with a non-finite coordinate take no part (they neither belong to nor dominate anything).
public enum ScenarioParetoFront {
    public struct Point: Sendable, Hashable {
        public var id: String
        public var costEUR: Double
        public var primaryEnergyKWhPerM2Year: Double
        /// Measures of the scenario as written: on an exact tie, the scenario with fewer measures dominates.
        public var plannedMeasures: Int

        public init(id: String, costEUR: Double, primaryEnergyKWhPerM2Year: Double, plannedMeasures: Int = 0) {
            self.id = id
            self.costEUR = costEUR
            self.primaryEnergyKWhPerM2Year = primaryEnergyKWhPerM2Year
            self.plannedMeasures = plannedMeasures
        }

        /// Whether `self` dominates `other` (both objectives minimised).
        public func dominates(_ other: Point) -> Bool {
            ParetoFront.dominates([costEUR, primaryEnergyKWhPerM2Year], [other.costEUR, other.primaryEnergyKWhPerM2Year])
        }
    }

    /// The non-dominated points, by increasing cost (then energy, then id): along the front, each step costs
    /// more and saves energy. The dominance test is the n-objective one of `ParetoFront`.
    /// - Complexity: O(n²) (`ParetoFront.indices`), then one sort of the front.
    public static func front(of points: [Point]) -> [Point] {
        let finite = points.filter { $0.costEUR.isFinite && $0.primaryEnergyKWhPerM2Year.isFinite }
        return ParetoFront.indices(of: finite.map { [$0.costEUR, $0.primaryEnergyKWhPerM2Year] },
                                   simplicity: finite.map(\.plannedMeasures))
            .map { finite[$0] }
            .sorted {
                ($0.costEUR, $0.primaryEnergyKWhPerM2Year, $0.id) < ($1.costEUR, $1.primaryEnergyKWhPerM2Year, $1.id)
            }
    }
}
