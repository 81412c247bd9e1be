import Foundation
import Simulator
import Testing
import TestSupport

/// The batch as a library: `BatchSetup.load` + `BatchRunner` + `ResultsGeoPackage.write`, called from Swift,
/// give the same results as `renovate simulate` with the same inputs.
@Suite struct BatchSetupLibraryTests {
    @Test func aSwiftCallerGetsTheCommandsResults() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 8)
        let viaCLI = dir.appendingPathComponent("cli.gpkg")
        let run = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: viaCLI))
        #expect(run.status == 0, "\(run.stderr)")

        let version = try CLI.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        var inputs = BatchInputs(stock: stock.path, scenarios: scenarios.path, toolVersion: version)
        inputs.heritage = [SimulateFixture.sample.appendingPathComponent("heritage.geojson").path]
        inputs.rules = SimulateFixture.sample.appendingPathComponent("rules.yaml").path
        var log: [String] = []
        let setup = try BatchSetup.load(inputs, shard: nil, threads: 1, log: { log.append($0) })
        let plan = try setup.evaluator.plan(shard: nil)
        let storePath = dir.appendingPathComponent("lib.sqlite").path
        let store = try ResultsStore.create(path: storePath, manifest: setup.manifest, schema: .scenarioOutcome, plan: plan)
        _ = try BatchRunner(options: BatchOptions(threads: 1, chunkSize: 64)).run(plan: plan, evaluator: setup.evaluator, store: store)
        let viaLibrary = dir.appendingPathComponent("lib.gpkg")
        try ResultsGeoPackage.write(
            store: store, buildings: plan.selectedBuildingIndices.map { ResultsBuilding(setup.evaluator.buildings[$0]) },
            scenarios: ReportScenario.all(of: setup.scenarios), rejected: setup.rejected, to: viaLibrary, overwrite: true)

        #expect(!log.isEmpty, "the stock's summary goes to the log")
        for table in ["results", "storeys", "district_summary"] {
            let a = try CLI.run(["export", viaCLI.path, "--table", table]), b = try CLI.run(["export", viaLibrary.path, "--table", table])
            #expect(a.status == 0 && a.stdout == b.stdout, "\(table) differs")
        }
        // The same manifest: a library run could be resumed by the command, and the reverse.
        let resumed = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: viaLibrary) + ["--resume"])
        #expect(resumed.status == 0 && resumed.stdout.contains("0 evaluated in this session"), "\(resumed.stderr)")
    }
}
