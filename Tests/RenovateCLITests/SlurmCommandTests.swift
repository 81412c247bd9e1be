import Foundation
import Simulator
import Testing
import TestSupport

/// `renovate slurm` and `renovate merge DIR` without a cluster: the job scripts run with bash as Slurm would run
/// them (`SLURM_ARRAY_TASK_ID` set), on 12 buildings × 4 scenarios. The real cluster: `SlurmTests`.
@Suite struct SlurmCommandTests {
    static func slurmArguments(stock: URL, scenarios: URL, out: URL, shards: Int = 3) -> [String] {
        let s = SimulateFixture.sample
        return ["slurm", stock.path, "--scenarios", scenarios.path, "--climate", "cahors",
                "--heritage", s.appendingPathComponent("heritage.geojson").path,
                "--rules", s.appendingPathComponent("rules.yaml").path, "--shards", String(shards), "--out", out.path]
    }

    /// Runs array task k of a job script with bash.
    static func runTask(_ k: Int, of script: URL) throws -> (status: Int32, output: String) {
        try ExternalTools.run("/usr/bin/env", ["SLURM_ARRAY_TASK_ID=\(k)", "/bin/bash", script.path])
    }

    @Test func scriptsRunTheShardsAndMergeNamesAMissingShardWithTheCommandThatReSubmitsIt() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 12)
        let whole = dir.appendingPathComponent("whole.gpkg")
        let w = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: whole))
        #expect(w.status == 0, "\(w.stderr)")

        let job = dir.appendingPathComponent("job")
        let written = try CLI.run(Self.slurmArguments(stock: stock, scenarios: scenarios, out: job))
        #expect(written.status == 0, "\(written.stderr)")
        let script = job.appendingPathComponent("simulate.sbatch")
        #expect(written.stdout.contains("wrote \(script.path) (array 1-3, 1 core per task)"), "\(written.stdout)")
        #expect(written.stdout.contains("jid=$(sbatch --parsable \(script.path))"), "\(written.stdout)")

        for k in [1, 3] {
            let task = try Self.runTask(k, of: script)
            #expect(task.status == 0, "\(task.output)")
        }
        let merged = job.appendingPathComponent("results.gpkg")
        let partial = try CLI.run(["merge", job.path, "--out", merged.path])
        #expect(partial.status == 1)
        #expect(partial.stderr.contains("shard 2/3: missing (no \(job.path)/shards/shard-2-of-3.gpkg)"), "\(partial.stderr)")
        let resubmit = "jid=$(sbatch --parsable --array=2 \(script.path)) && sbatch --dependency=afterany:\"${jid%%;*}\" "
            + job.appendingPathComponent("merge.sbatch").path
        #expect(partial.stderr.contains("\n  " + resubmit + "\n"), "\(partial.stderr)")
        #expect(!FileManager.default.fileExists(atPath: merged.path))

        // The re-submitted task runs shard 2 alone; a task run again on a finished shard redoes nothing.
        #expect(try Self.runTask(2, of: script).status == 0)
        let again = try Self.runTask(1, of: script)
        #expect(again.status == 0 && again.output.contains("0 evaluated in this session"), "\(again.output)")
        let complete = try CLI.run(["merge", job.path, "--out", merged.path])
        #expect(complete.status == 0, "\(complete.stderr)")
        #expect(complete.stdout.contains("merged 3 shards"))
        for table in ["results", "failures", "district_summary"] {
            #expect(try SimulateFixture.exportCSV(merged, table: table) == SimulateFixture.exportCSV(whole, table: table))
        }
    }

    @Test func badInputIsRefusedBeforeAnythingIsWritten() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 2)
        let job = dir.appendingPathComponent("job")
        let base = Self.slurmArguments(stock: stock, scenarios: scenarios, out: job)

        let zero = try CLI.run(Self.slurmArguments(stock: stock, scenarios: scenarios, out: job, shards: 0))
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("Please give at least 1 shard (got --shards 0)"), "\(zero.stderr)")

        let missing = dir.appendingPathComponent("nowhere.gpkg")
        let noStock = try CLI.run(Self.slurmArguments(stock: missing, scenarios: scenarios, out: job))
        #expect(noStock.status == 64)
        #expect(noStock.stderr.contains("\(missing.path): no such file"), "\(noStock.stderr)")

        let badTime = try CLI.run(base + ["--time", "2h"])
        #expect(badTime.status == 64)
        #expect(badTime.stderr.contains("invalid time limit \"2h\""), "\(badTime.stderr)")

        let noSbatch = try CLI.run(base + ["--submit"], environment: ["PATH": dir.path])
        #expect(noSbatch.status == 1)
        #expect(noSbatch.stderr.contains("sbatch is not on the search path"), "\(noSbatch.stderr)")
        #expect(!FileManager.default.fileExists(atPath: job.path), "nothing written when sbatch is absent")

        let typo = try SimulateFixture.scenarioSubset().replacingOccurrences(of: "measures: []", with: "measures: [no-such-measure]")
        try typo.write(to: scenarios, atomically: true, encoding: .utf8)
        let badScenarios = try CLI.run(base)
        #expect(badScenarios.status == 1)
        #expect(badScenarios.stderr.contains("no-such-measure"), "\(badScenarios.stderr)")
        #expect(!FileManager.default.fileExists(atPath: job.path))
    }
}
