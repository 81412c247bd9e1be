import Foundation
import Testing

@testable import Simulator

/// The Slurm job files `renovate slurm` writes, run here with bash and stand-ins for `renovate` and `sbatch`
/// (the real cluster is exercised by RenovateCLITests/SlurmTests).
@Suite("Slurm job scripts") struct SlurmJobTests {
    /// Inputs whose paths hold spaces, quotes, `$`, backquotes and non-ASCII letters.
    static func awkwardInvocation(in dir: URL) -> SimulateInvocation {
        let inputs = dir.appendingPathComponent("inputs of l'Île $HOME `x`").path
        return SimulateInvocation(
            stock: inputs + "/bâtiments.gpkg", scenarios: inputs + "/scénarios \"v2\".yaml", climate: "cahors",
            climateShiftK: 1.5, heritage: [inputs + "/a.geojson", inputs + "/b c.geojson"], rules: inputs + "/rules.yaml",
            exposure: "large-city")
    }

    @Test func everyShardRunsWithTheSameExposure() {
        let invocation = Self.awkwardInvocation(in: URL(fileURLWithPath: "/tmp"))
        #expect(Array(invocation.arguments.suffix(2)) == ["--exposure", "large-city"])
        #expect(!SimulateInvocation(stock: "s.gpkg", scenarios: "x.yaml", climate: "cahors").arguments.contains("--exposure"))
    }

    /// A stand-in for renovate that writes its arguments, NUL-separated, to `$FAKE_ARGS`.
    static func fakeRenovate(in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent("fake-renovate")
        try "#!/bin/sh\nprintf '%s\\0' \"$@\" > \"$FAKE_ARGS\"\n".write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    static func bash(_ script: URL, environment: [String: String]) throws -> (status: Int32, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [script.path]
        p.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SLURM_") }
            .merging(environment) { $1 }
        let err = Pipe()
        p.standardError = err
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func arguments(in file: URL) throws -> [String] {
        var words = try Data(contentsOf: file).split(separator: 0, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        if words.last == "" { words.removeLast() }
        return words
    }

    @Test func arrayTaskRunsItsShardWithTheArgumentsUnchangedAndResumesWhenItsOutputExists() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let layout = try SlurmJobLayout(directory: dir.appendingPathComponent("job").path, shardCount: 4)
        let invocation = Self.awkwardInvocation(in: dir)
        let job = SlurmArrayJob(layout: layout, simulate: invocation, resources: try SlurmResources(cpusPerTask: 3),
                                renovate: try Self.fakeRenovate(in: dir).path, toolVersion: "9.9.9")
        try job.write()
        let argsFile = dir.appendingPathComponent("args")
        let expected = ["simulate"] + invocation.arguments + ["--threads", "3", "--shard", "2/4", "--out", layout.shardFile(2).path]
        #expect(expected.contains(dir.path + "/inputs of l'Île $HOME `x`/scénarios \"v2\".yaml"))

        let first = try Self.bash(layout.simulateScript, environment: ["SLURM_ARRAY_TASK_ID": "2", "FAKE_ARGS": argsFile.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Self.arguments(in: argsFile) == expected)

        // An interrupted run of the shard, then its finished output: the task resumes and retries failed pairs.
        for existing in [layout.shardFile(2).path + ".run.sqlite", layout.shardFile(2).path] {
            try Data().write(to: URL(fileURLWithPath: existing))
            #expect(try Self.bash(layout.simulateScript, environment: ["SLURM_ARRAY_TASK_ID": "2", "FAKE_ARGS": argsFile.path]).status == 0)
            #expect(try Self.arguments(in: argsFile) == expected + ["--resume", "--retry-failures"])
            try FileManager.default.removeItem(atPath: existing)
        }

        let outside = try Self.bash(layout.simulateScript, environment: ["FAKE_ARGS": argsFile.path])
        #expect(outside.status != 0)
        #expect(outside.stderr.contains("submit this script with sbatch"), "\(outside.stderr)")
    }

    @Test func scriptsCarryTheResourcesAndTheMergeJobMergesTheJobDirectory() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let layout = try SlurmJobLayout(directory: dir.appendingPathComponent("job").path, shardCount: 12)
        let resources = try SlurmResources(partition: "batch,short", timeLimit: SlurmTimeLimit("1-12:00"), cpusPerTask: 4)
        let job = SlurmArrayJob(layout: layout, simulate: Self.awkwardInvocation(in: dir), resources: resources,
                                renovate: try Self.fakeRenovate(in: dir).path, toolVersion: "9.9.9")
        let sbatchLines = { (script: String) in script.split(separator: "\n").filter { $0.hasPrefix("#SBATCH ") }.map(String.init) }
        let d = layout.directory.path
        #expect(sbatchLines(job.simulateScript) == [
            "#SBATCH --job-name=renovate-shards", "#SBATCH --array=1-12", "#SBATCH --cpus-per-task=4",
            "#SBATCH --partition=batch,short", "#SBATCH --time=1-12:00",
            "#SBATCH --output=\(d)/logs/shard-%a-of-12.job-%A.log", "#SBATCH --chdir=\(d)",
        ])
        #expect(sbatchLines(job.mergeScript) == [
            "#SBATCH --job-name=renovate-merge", "#SBATCH --cpus-per-task=1", "#SBATCH --partition=batch,short",
            "#SBATCH --time=1-12:00", "#SBATCH --output=\(d)/logs/merge.job-%j.log", "#SBATCH --chdir=\(d)",
        ])
        #expect(job.simulateScript.hasPrefix("#!/bin/bash\n"))
        try job.write()
        let argsFile = dir.appendingPathComponent("args")
        let merge = try Self.bash(layout.mergeScript, environment: ["FAKE_ARGS": argsFile.path])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(try Self.arguments(in: argsFile) == ["merge", d, "--out", d + "/results.gpkg", "--overwrite"])
        for url in [layout.shardDirectory, layout.logDirectory] {
            #expect(FileManager.default.fileExists(atPath: url.path))
        }
        #expect(try SlurmJobLayout.load(directory: d) == layout)
        #expect(try SlurmJobLayout.load(directory: dir.path) == nil)
        // Writing the same job again is harmless; another shard count in the same directory is refused.
        try job.write()
        var other = job
        other.layout = try SlurmJobLayout(directory: d, shardCount: 5)
        #expect(throws: ClusterError.otherJobInDirectory(path: d, shards: 12, requested: 5)) { try other.write() }
    }

    @Test(arguments: ["30", "90:00", "2:00:00", "1-12", "1-12:30", "7-00:00:00", "INFINITE", "unlimited"])
    func slurmTimeFormatsAreAccepted(text: String) throws {
        #expect(try SlurmTimeLimit(text).description == text)
    }

    @Test(arguments: ["", "1h", "2:00:00:00", "1-", "-5", "1-2-3", "1:2:x", "1:00\n#SBATCH --x", " 30"])
    func otherTimesAreRefused(text: String) {
        #expect(throws: ClusterError.invalidTimeLimit(text)) { try SlurmTimeLimit(text) }
    }

    @Test func resourcesAndDirectoriesSlurmCannotReadAreRefused() {
        #expect(throws: ClusterError.invalidCPUsPerTask(0)) { try SlurmResources(cpusPerTask: 0) }
        for bad in ["", "a b", "gpu,", "x\n#SBATCH"] {
            #expect(throws: ClusterError.invalidPartition(bad)) { try SlurmResources(partition: bad) }
        }
        #expect(throws: ClusterError.invalidShardCount(0)) { try SlurmJobLayout(directory: "/tmp/j", shardCount: 0) }
        #expect(throws: ClusterError.unsafeDirectory(path: "/tmp/my job", character: " ")) {
            try SlurmJobLayout(directory: "/tmp/my job", shardCount: 2)
        }
        #expect(throws: ClusterError.unsafeDirectory(path: "/tmp/job%a", character: "%")) {
            try SlurmJobLayout(directory: "/tmp/job%a", shardCount: 2)
        }
        let message = ClusterError.unsafeDirectory(path: "/tmp/my job", character: " ").description
        #expect(message.contains("/tmp/my job") && message.contains("a space"))
    }

    @Test func arraySpecsGroupConsecutiveShards() {
        #expect(SlurmJobLayout.arraySpec([4, 2]) == "2,4")
        #expect(SlurmJobLayout.arraySpec([1, 2, 3, 7, 9, 10, 3]) == "1-3,7,9-10")
        #expect(SlurmJobLayout.arraySpec([5]) == "5")
    }

    @Test func submitterSubmitsTheArrayThenTheMergeAfterIt() throws {
        let dir = BatchFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = dir.appendingPathComponent("sbatch.log")
        // A stand-in sbatch: logs its arguments, answers 42;cluster then 43 (the forms of --parsable).
        let fake = """
            #!/bin/sh
            echo "$*" >> \(ShellQuoting.quote(log.path))
            n=$(wc -l < \(ShellQuoting.quote(log.path)))
            [ "$n" -eq 1 ] && echo "42;cluster" || echo 43

            """
        try fake.write(to: bin.appendingPathComponent("sbatch"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("sbatch").path)
        let layout = try SlurmJobLayout(directory: dir.appendingPathComponent("job").path, shardCount: 8)

        let jobs = try SlurmSubmitter(searchPath: "/nonexistent:" + bin.path).submit(layout, shards: [2, 3, 4, 7])
        #expect(jobs == .init(arrayJobId: "42", mergeJobId: "43"))
        #expect(try String(contentsOf: log, encoding: .utf8) == """
            --parsable --array=2-4,7 \(layout.simulateScript.path)
            --parsable --dependency=afterany:42 \(layout.mergeScript.path)

            """)
        #expect(layout.submitCommand(shards: [2, 4]) == "jid=$(sbatch --parsable --array=2,4 \(layout.simulateScript.path)) "
                + "&& sbatch --dependency=afterany:\"${jid%%;*}\" \(layout.mergeScript.path)")

        #expect(throws: ClusterError.sbatchNotFound(searchPath: "/nonexistent")) { try SlurmSubmitter(searchPath: "/nonexistent") }
        try "#!/bin/sh\necho 'sbatch: error: invalid partition specified: gpu' >&2\nexit 1\n"
            .write(to: bin.appendingPathComponent("sbatch"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("sbatch").path)
        let error = try #require(throws: ClusterError.self) { try SlurmSubmitter(searchPath: bin.path).submit(layout) }
        #expect(error.description.contains("invalid partition specified: gpu") && error.description.contains("exit status 1"),
                "\(error)")
        #expect(throws: ClusterError.unexpectedSbatchOutput(command: "sbatch", output: "Submitted batch job 7")) {
            try SlurmSubmitter.jobId(parsableOutput: "Submitted batch job 7\n", command: "sbatch")
        }
    }
}
