import Foundation
import GRDB
import Testing
import TestSupport

/// Skipped and substituted measures as results: every pair says how much of the scenario the building got and
/// what was left out and why; the district summary counts the buildings per case; the closing summary says what
/// the top scenario leaves in F or G.
@Suite struct ScenarioApplicationTests {
    @Test func everyPairSaysHowMuchOfTheScenarioItGot() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 40)
        try SimulateFixture.scenarioSubset(["baseline", "pellet-boiler", "pvc-windows", "external-everywhere"])
            .write(to: scenarios, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("r.gpkg")
        let run = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("is best for the most buildings") && run.stdout.contains("still in F or G"), "\(run.stdout)")

        try DatabaseQueue(path: out.path).read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT scenario_id, application, skipped_measure_count, skipped_measures, applied_measures, heritage
                FROM results
                """)
            #expect(rows.count == 160)
            for r in rows {
                let application: String = r["application"], skipped: Int = r["skipped_measure_count"]
                let why: String = r["skipped_measures"], applied: String = r["applied_measures"]
                let scenario: String = r["scenario_id"]
                switch application {
                case "no-works": #expect(scenario == "baseline" && applied.isEmpty && skipped == 0)
                case "full": #expect(skipped == 0 && !applied.isEmpty && !applied.contains("<-"))
                case "substituted": #expect(skipped == 0 && applied.contains("<-"))
                case "partial": #expect(skipped > 0 && !applied.isEmpty && !why.isEmpty)
                case "none": #expect(skipped > 0 && applied.isEmpty && !why.isEmpty)
                case "blocked": #expect(r["heritage"] as String == "blocked")
                case "not-applicable": #expect(applied.isEmpty)
                default: Issue.record("unknown application \(application)")
                }
                // Each skipped entry names its measure and a reason.
                if skipped > 0 { #expect(why.split(separator: ";").count == skipped && why.contains(": "), "\(why)") }
            }
            // The pellet boiler goes on a courtyard façade: buildings without one get the attic only (partial).
            let pellet = rows.filter { $0["scenario_id"] as String == "pellet-boiler" }
            #expect(pellet.contains { ($0["application"] as String) != "full" }, "every building got the pellet boiler")
            #expect(pellet.contains { ($0["skipped_measures"] as String).contains("pellet-boiler") })

            // The district summary counts each building once per scenario.
            let summary = try Row.fetchAll(db, sql: "SELECT * FROM district_summary")
            for s in summary {
                let cases = ["full", "substituted", "partial", "none", "not_applicable", "blocked", "no_works"]
                let total = try cases.reduce(0) { n, c in n + (try #require(s["buildings_applied_\(c)"] as Int?)) }
                #expect(total == s["buildings"] as Int)
            }
        }
    }
}
