/// Pareto fronts for minimisation: the points no other point dominates.
///
/// `a` dominates `b` when `a` is no worse on every objective and strictly better on at least one. Equal points
/// do not dominate each other, so duplicates on the front are all kept.
public enum ParetoFront {
    /// Indices (ascending) of the non-dominated points. All points must have the same number of objectives.
    /// - Complexity: O(n² · k) for n points of k objectives — fine for the ≤ 50 scenarios of one building.
    /// With `simplicity` (one value per point, e.g. the scenario's measure count), points equal on every
    /// objective are a tie broken by it: the smaller value dominates; equal values stay tied.
    public static func indices(of points: [[Double]], simplicity: [Int]? = nil) -> [Int] {
        points.indices.filter { i in
            !points.indices.contains { j in
                guard j != i else { return false }
                if let simplicity, points[j] == points[i] { return simplicity[j] < simplicity[i] }
                return dominates(points[j], points[i])
            }
        }
    }

    /// Whether `a` dominates `b` (minimisation).
    public static func dominates(_ a: [Double], _ b: [Double]) -> Bool {
        precondition(a.count == b.count, "points with \(a.count) and \(b.count) objectives")
        var strictlyBetter = false
        for (x, y) in zip(a, b) {
            if x > y { return false }
            if x < y { strictlyBetter = true }
        }
        return strictlyBetter
    }

    /// The objectives the planner trades off: capex (EUR), primary energy after the works (kWh/(m²·year)),
    /// overheating hours (h/year), all minimised.
    public static func objectives(_ o: RankableOutcome) -> [Double] {
        [o.capexEUR, o.primaryEnergyAfterKWhPerM2, o.overheatingHours]
    }

    /// The outcomes on the front of (capex, primary energy, overheating hours), blocked scenarios excluded
    /// (they cannot be built), in input order. Outcomes equal on all three are a tie broken by the scenario as
    /// written: the one with fewer measures dominates (a scenario whose measures were all skipped does not share
    /// the front with "no works", nor "attic + a skipped boiler" with "attic only"); equal counts stay tied.
    /// - Complexity: O(n²).
    public static func members(of outcomes: [RankableOutcome]) -> [RankableOutcome] {
        let feasible = outcomes.filter { $0.heritage != .blocked }
        return indices(of: feasible.map(objectives), simplicity: feasible.map(\.plannedMeasures)).map { feasible[$0] }
    }
}
