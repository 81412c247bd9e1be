import Foundation
import Simulator
import Testing
import TestSupport

/// The batch on a real one-node Slurm (scripts/slurm/local-cluster.sh, 2 CPUs): the shipped sample as a 4-shard
/// array equals a single-machine run byte for byte, and a task cancelled midway is reported by the merge job,
/// whose printed re-submission completes the merge. Runs the release binary (the debug one is ~9× slower).
@Suite(.serialized) struct SlurmTests {
    static let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")

    /// The inputs of scripts/run-sample.sh.
    static var inputs: [String] {
        [sample.appendingPathComponent("buildings.gpkg").path,
         "--scenarios", sample.appendingPathComponent("scenarios.yaml").path, "--climate", "cahors",
         "--heritage", sample.appendingPathComponent("heritage.geojson").path,
         "--rules", sample.appendingPathComponent("rules.yaml").path]
    }

    /// `RENOVATE_SLURM_TEST_DIR` (scripts/test.sh sets it and stops the daemons found there when it exits,
    /// whatever happened to the test), or a fresh temporary directory.
    static func workDirectory() -> URL {
        let base = ProcessInfo.processInfo.environment["RENOVATE_SLURM_TEST_DIR"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("renovate-slurm-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base
    }

    @Test(.timeLimit(.minutes(20)),
          .enabled(if: ReleaseBinary.url != nil,
                   "RENOVATE_RELEASE_BIN is not set to a release build of renovate (scripts/test.sh builds it and sets it)"))
    func fourShardArrayEqualsASingleMachineRunAndACancelledShardIsReSubmitted() throws {
        let renovate = try #require(ReleaseBinary.url)
        let dir = Self.workDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cluster: LocalSlurm
        switch LocalSlurm.start(in: dir.appendingPathComponent("cluster")) {
        case .success(let c): cluster = c
        case .failure(let why): try Test.cancel("Slurm cannot run on this machine: \(why)")
        }
        defer { cluster.stop() }

        // The single-machine run.
        let single = dir.appendingPathComponent("single/results.gpkg")
        let s = try CLI.run(["simulate"] + Self.inputs + ["--out", single.path, "--threads", "2"], binary: renovate)
        try #require(s.status == 0 || s.status == 3, "\(s.stderr)")

        // The array: 4 shards, 1 core each, then the merge job.
        let job = dir.appendingPathComponent("job")
        let submitted = try CLI.run(["slurm"] + Self.inputs + ["--shards", "4", "--cpus-per-task", "1", "--out", job.path, "--submit"],
                                    environment: cluster.environment, binary: renovate)
        try #require(submitted.status == 0, "\(submitted.stderr)")
        let ids = try #require(submitted.stdout.firstMatch(of: #/submitted array job (\d+) \(shards 1-4\) and merge job (\d+) /#),
                               "\(submitted.stdout)")
        let (arrayId, firstMergeId) = (String(ids.1), String(ids.2))

        // A deliberately failed shard: task 2 is cancelled (as a time limit or a preemption would) midway, once
        // its store holds 60 % of its pairs (late, so that its re-run is short).
        let store = job.appendingPathComponent("shards/shard-2-of-4.gpkg.run.sqlite").path
        let taskLog = job.appendingPathComponent("logs/shard-2-of-4.job-\(arrayId).log")
        var stored = 0
        var planned: Int?
        let deadline = Date().addingTimeInterval(240)
        while Date() < deadline {
            if planned == nil, let log = try? String(contentsOf: taskLog, encoding: .utf8),
               let pairs = log.firstMatch(of: #/simulating (\d+) pairs/#) {
                planned = Int(pairs.1)
            }
            if FileManager.default.fileExists(atPath: store) { stored = (try? ResultsStore.open(path: store).resultCount()) ?? 0 }
            if let planned, stored >= planned * 3 / 4 { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        let pairs = try #require(planned, "task 2 did not start within 240 s")
        try #require(stored >= pairs * 3 / 4, "shard 2 stored \(stored) of \(pairs) pairs within 240 s")
        #expect(try cluster.run("scancel", ["\(arrayId)_2"]).status == 0)
        try cluster.waitUntilQueueIsEmpty(timeout: 420)
        #expect(try cluster.state(ofJob: "\(arrayId)_2").contains("JobState=CANCELLED"))
        #expect(try cluster.state(ofJob: firstMergeId) == "JobState=FAILED ExitCode=1:0")
        let firstLog = try String(contentsOf: job.appendingPathComponent("logs/merge.job-\(firstMergeId).log"), encoding: .utf8)
        #expect(firstLog.contains("shard 2/4: unfinished: \(store)"), "\(firstLog)")
        #expect(!firstLog.contains("shard 1/4") && !firstLog.contains("shard 3/4") && !firstLog.contains("shard 4/4"), "\(firstLog)")
        #expect(!FileManager.default.fileExists(atPath: job.appendingPathComponent("results.gpkg").path))

        // The command the merge job printed re-submits shard 2 alone (it resumes) and the merge after it.
        let resubmit = try #require(firstLog.split(separator: "\n").first { $0.hasPrefix("  jid=") }, "\(firstLog)")
        #expect(resubmit.contains("--array=2 "))
        let again = try ExternalTools.run("/usr/bin/env", cluster.environment.map { "\($0.key)=\($0.value)" }
                                          + ["/bin/bash", "-c", String(resubmit)])
        try #require(again.status == 0, "\(again.output)")
        let secondMergeId = try #require(again.output.split(whereSeparator: { !$0.isNumber }).last.map(String.init))
        try cluster.waitUntilQueueIsEmpty(timeout: 300)
        #expect(try cluster.state(ofJob: secondMergeId) == "JobState=COMPLETED ExitCode=0:0")
        let logs = try FileManager.default.contentsOfDirectory(atPath: job.appendingPathComponent("logs").path)
        let rerunLog = try #require(logs.first { $0.hasPrefix("shard-2-of-4.job-") && $0 != "shard-2-of-4.job-\(arrayId).log" }, "\(logs)")
        let shardLog = try String(contentsOf: job.appendingPathComponent("logs/" + rerunLog), encoding: .utf8)
        let resumed = try #require(shardLog.firstMatch(of: #/\((\d+) evaluated in this session, (\d+) already done\)/#), "\(shardLog)")
        #expect(Int(resumed.2)! >= stored, "the re-submitted shard resumed its interrupted run: \(shardLog)")
        #expect(Int(resumed.1)! > 0, "\(shardLog)")

        // Merged == single run, byte for byte.
        let merged = job.appendingPathComponent("results.gpkg")
        for table in ["results", "failures", "district_summary"] {
            let a = try CLI.run(["export", merged.path, "--table", table], binary: renovate)
            let b = try CLI.run(["export", single.path, "--table", table], binary: renovate)
            #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
            #expect(a.stdout == b.stdout, "table \(table) differs")
            if table == "results" { #expect(a.stdout.split(separator: "\n").count == 1 + 2_151 * 11) }
        }
        #expect(cluster.stop().isEmpty, "the daemons are stopped by their PIDs")
    }
}
