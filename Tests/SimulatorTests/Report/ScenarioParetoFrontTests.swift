import PropertyBased
import Testing
@testable import Simulator

@Suite struct ScenarioParetoFrontTests {
    typealias P = ScenarioParetoFront.Point

    @Test func handMadePoints() {
        let points = [
            P(id: "cheap", costEUR: 1, primaryEnergyKWhPerM2Year: 300),
            P(id: "mid", costEUR: 5, primaryEnergyKWhPerM2Year: 200),
            P(id: "dominated", costEUR: 6, primaryEnergyKWhPerM2Year: 250),  // beaten by "mid"
            P(id: "deep", costEUR: 10, primaryEnergyKWhPerM2Year: 100),
            P(id: "sameCostWorse", costEUR: 10, primaryEnergyKWhPerM2Year: 120),  // beaten by "deep"
            P(id: "sameEnergyDearer", costEUR: 12, primaryEnergyKWhPerM2Year: 100),  // beaten by "deep"
            P(id: "twinOfMid", costEUR: 5, primaryEnergyKWhPerM2Year: 200),  // identical to "mid": both stay
            P(id: "nan", costEUR: .nan, primaryEnergyKWhPerM2Year: 1),
        ]
        #expect(ScenarioParetoFront.front(of: points).map(\.id) == ["cheap", "mid", "twinOfMid", "deep"])
        #expect(ScenarioParetoFront.front(of: []).isEmpty)
        #expect(ScenarioParetoFront.front(of: [points[2]]).map(\.id) == ["dominated"])
    }

    /// Of identical points, the scenario with fewer measures as written wins (a scenario that changes nothing
    /// does not share the front with "no works"); equal counts stay tied.
    @Test func exactTiesGoToTheSimplerScenario() {
        let points = [
            P(id: "no-works", costEUR: 0, primaryEnergyKWhPerM2Year: 300, plannedMeasures: 0),
            P(id: "skipped-everything", costEUR: 0, primaryEnergyKWhPerM2Year: 300, plannedMeasures: 2),
            P(id: "attic", costEUR: 5, primaryEnergyKWhPerM2Year: 200, plannedMeasures: 1),
            P(id: "attic-and-skipped-boiler", costEUR: 5, primaryEnergyKWhPerM2Year: 200, plannedMeasures: 2),
            P(id: "attic-twin", costEUR: 5, primaryEnergyKWhPerM2Year: 200, plannedMeasures: 1),
        ]
        #expect(ScenarioParetoFront.front(of: points).map(\.id) == ["no-works", "attic", "attic-twin"])
    }

    @Test func dominance() {
        let a = P(id: "a", costEUR: 1, primaryEnergyKWhPerM2Year: 1)
        #expect(a.dominates(P(id: "b", costEUR: 1, primaryEnergyKWhPerM2Year: 2)))
        #expect(!a.dominates(P(id: "c", costEUR: 1, primaryEnergyKWhPerM2Year: 1)))
        #expect(!a.dominates(P(id: "d", costEUR: 0, primaryEnergyKWhPerM2Year: 5)))
    }

    /// The sweep agrees with the definition (O(n²) check) on random small-integer points, ties included.
    @Test func agreesWithBruteForce() async {
        await propertyCheck(input: Gen.int(in: 0...6).array(of: 0...12), Gen.int(in: 0...6).array(of: 0...12)) { xs, ys in
            let points = zip(xs, ys).enumerated().map { i, p in
                P(id: "p\(i)", costEUR: Double(p.0), primaryEnergyKWhPerM2Year: Double(p.1))
            }
            let expected = Set(points.filter { p in !points.contains { $0.dominates(p) } }.map(\.id))
            let front = ScenarioParetoFront.front(of: points)
            #expect(Set(front.map(\.id)) == expected)
            #expect(front.count == expected.count)
            // Along the front, cost never decreases and energy never increases.
            for (u, v) in zip(front, front.dropFirst()) {
                #expect(u.costEUR <= v.costEUR && u.primaryEnergyKWhPerM2Year >= v.primaryEnergyKWhPerM2Year)
            }
        }
    }
}
