import BuildingModel
import Foundation
import Testing

@testable import Simulator

/// A cluster task assesses the heritage rules for its own shard's buildings only
/// (`ScenarioPairEvaluator.init(stock:…assessing:)`).
@Suite struct ShardAssessmentTests {
    static func evaluator(assessing shard: ShardSpec?) throws -> ScenarioPairEvaluator {
        let (c, s) = try RetrofitFixtures.bundled()
        let (buildings, facades) = IntegrationTests.stock()
        return try ScenarioPairEvaluator(
            stock: Stock(buildings: buildings), facades: facades,
            check: HeritageCheck(layers: IntegrationTests.layers, rules: .default), scenarios: s, catalogue: c,
            assessing: shard, makeNeedModel: { DegreeHourNeedModel() })
    }

    @Test func aShardAssessedAloneGivesTheResultsOfTheWholeAssessment() throws {
        let whole = try Self.evaluator(assessing: nil)
        var wholeContext = try whole.makeWorkerContext()
        var compared = 0
        for k in 1...2 {
            let shard = try ShardSpec(index: k, count: 2)
            let part = try Self.evaluator(assessing: shard)
            // Same building list (so the same plan fingerprint as the other shards), but only this shard planned.
            #expect(part.buildings.map(\.id) == whole.buildings.map(\.id))
            #expect(throws: BatchError.self) { try part.plan() }
            #expect(throws: BatchError.self) { try part.plan(shard: ShardSpec(index: 3 - k, count: 2)) }
            let plan = try part.plan(shard: shard)
            #expect(plan.idsFingerprint == (try whole.plan()).idsFingerprint)
            var partContext = try part.makeWorkerContext()
            for i in 0..<plan.pairCount {
                let p = plan.pair(at: i)
                let a = try whole.evaluate(buildingIndex: p.building, scenarioIndex: p.scenario, context: &wholeContext)
                let b = try part.evaluate(buildingIndex: p.building, scenarioIndex: p.scenario, context: &partContext)
                #expect(a == b, "\(whole.buildings[p.building].id) × \(whole.scenarios.scenarios[p.scenario].id)")
                compared += 1
            }
            // The buildings of the other shard were not assessed, and say so if ever asked.
            let outside = try #require(part.buildings.indices.first { !shard.contains(buildingId: part.buildings[$0].id) })
            let ruling = part.verdicts[outside].verdict(measureKind: .atticFloorInsulation, facade: nil)
            #expect(ruling.verdict == .forbidden && ruling.reason.contains("outside shard \(shard)"))
        }
        #expect(compared == (try whole.plan()).pairCount)
    }
}
