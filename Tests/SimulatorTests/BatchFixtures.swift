import BuildingModel
import Foundation

@testable import Simulator

/// A fake evaluator: deterministic arithmetic on the indices, and a deliberate failure for one building id
/// (standing in for a corrupted building of the stock).
struct FakeEvaluator: PairEvaluator {
    let plan: BatchPlan
    var failingBuildingId: String?

    enum FakeError: Error, CustomStringConvertible {
        case corruptedBuilding(String)
        var description: String { "building \"\(corruptedId)\": footprint ring has 2 points, expected at least 4" }
        var corruptedId: String {
            switch self { case .corruptedBuilding(let id): id }
        }
    }

    /// Per-thread scratch state (not Sendable, like a GEOS context).
    final class Scratch {
        var evaluations = 0
    }

    static let schema = try! ResultSchema(columns: [
        ResultColumn("heating_need_kwh", .real),
        ResultColumn("measure_count", .integer),
        ResultColumn("note", .text),
    ])

    func makeWorkerContext() -> Scratch { Scratch() }

    func evaluate(buildingIndex b: Int, scenarioIndex s: Int, context: inout Scratch) throws -> ResultRecord {
        context.evaluations += 1
        let id = plan.buildingIds[b]
        if id == failingBuildingId { throw FakeError.corruptedBuilding(id) }
        let floorM2 = 80.0 + Double((b * 53) % 400)
        let before = 150.0 + Double((b * 37) % 320)
        let after = before * (1 - 0.17 * Double(s))
        let saved = (before - after) * floorM2
        let heritage: RankableOutcome.HeritageStatus =
            s == 2 && b % 4 == 0 ? .blocked : (s == 3 && b % 3 == 0 ? .needsApproval : .allowed)
        let outcome = RankableOutcome(
            buildingId: id, scenarioId: plan.scenarioIds[s], dwellings: 1 + b % 5,
            capexEUR: Double(s) * (12_000 + 37.5 * floorM2), npvEUR: saved * 1.3 - Double(s) * 9_000,
            primaryEnergyBeforeKWhPerM2: before, primaryEnergyAfterKWhPerM2: after,
            primaryEnergySavedKWhPerYear: saved, co2AvoidedKgPerYear: saved * 0.079,
            classBefore: Self.dpeClass(before), classAfter: Self.dpeClass(after),
            overheatingHours: Double((b * 11 + s * 29) % 90) / 3, heritage: heritage)
        let note: PropertyValue = b % 7 == 0 ? .string("party wall, \"mitoyen\"") : (b % 7 == 1 ? .null : .string("ok"))
        return ResultRecord(outcome: outcome, values: [.double(after * floorM2 / 3), .int(s), note])
    }

    /// DPE class from primary energy alone (thresholds 70/110/180/250/330/420 kWh/(m²·year)); enough for a fake.
    static func dpeClass(_ kWhPerM2: Double) -> DPEClass {
        let limits: [(Double, DPEClass)] = [(70, .a), (110, .b), (180, .c), (250, .d), (330, .e), (420, .f)]
        return limits.first { kWhPerM2 <= $0.0 }?.1 ?? .g
    }
}

/// A 40-building × 5-scenario plan and helpers around a temporary store file.
struct BatchFixture {
    static let buildingIds = (0..<40).map { i in "4604200" + (i < 10 ? "0\(i)" : "\(i)") }
    static let scenarioIds = ["base", "walls", "windows", "roof", "full"]
    static let failingId = buildingIds[13]
    static let scenarioYAML = "scenarios:\n  - id: walls\n    measures: [lime-hemp-60mm]\n"

    static func plan(shard: ShardSpec? = nil) -> BatchPlan {
        try! BatchPlan(buildingIds: buildingIds, scenarioIds: scenarioIds, shard: shard)
    }

    static func manifest(scenarios: String = scenarioYAML) -> RunManifest {
        RunManifest(
            toolVersion: "0.1.0-test",
            inputs: [
                .bytes(Array("stock v1".utf8), name: "stock"), .bytes(Array(scenarios.utf8), name: "scenarios"),
            ],
            options: ["discount-rate": "0.04"])
    }

    /// A fresh directory under the temporary directory; the caller removes it.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("renovate-batch-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a whole plan into a new store and returns the store.
    @discardableResult
    static func run(
        at path: String, shard: ShardSpec? = nil, threads: Int, chunkSize: Int = 7, failing: String? = failingId
    ) throws -> (ResultsStore, BatchReport) {
        let plan = plan(shard: shard)
        let store = try ResultsStore.create(path: path, manifest: manifest(), schema: FakeEvaluator.schema, plan: plan)
        let report = try BatchRunner(options: BatchOptions(threads: threads, chunkSize: chunkSize)).run(
            plan: plan, evaluator: FakeEvaluator(plan: plan, failingBuildingId: failing), store: store)
        return (store, report)
    }

    static func csv(_ store: ResultsStore) throws -> String {
        var out = ""
        try store.exportCSV(to: &out)
        return out
    }

    static func jsonLines(_ store: ResultsStore) throws -> String {
        var out = ""
        try store.exportJSONLines(to: &out)
        return out
    }

    /// The results table in insertion (fid) order, every column, as text.
    static func rowsInInsertionOrder(_ store: ResultsStore) throws -> [String] {
        try store.textRows(sql: "SELECT * FROM results ORDER BY fid")
    }

    /// (building, scenario) keys of results and failures, with multiplicity.
    static func storedKeys(_ store: ResultsStore) throws -> [String] {
        try store.textRows(
            sql: "SELECT building_id, scenario_id FROM results UNION ALL SELECT building_id, scenario_id FROM failures")
    }
}
