import ArgumentParser
import Foundation
import Simulator

/// `renovate merge DIR --out results.gpkg`: one results file from the shard outputs of `simulate --shard`.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the shard outputs of simulate --shard k/N into one results GeoPackage.",
        discussion: """
            Give a job directory of renovate slurm (its shards are in DIR/shards), a directory holding the shard \
            files of one run (the --out file is skipped), or the shard files. Every shard that is missing, \
            unfinished (an interrupted OUT.run.sqlite) or holds failed pairs is listed by number with the command \
            that re-runs only those. Exit status: 0 merged; 1 refused (shards missing or unfinished, or shards of \
            different inputs); 3 merged, but some shards hold failed pairs.
            """)

    @Argument(help: "A renovate slurm job directory, a directory of shard files, or shard files.")
    var shards: [String]

    @Option(help: "Merged results GeoPackage.")
    var out: String

    @Flag(help: "Replace an existing output.")
    var overwrite = false

    func run() throws {
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        let job = try slurmJob()
        var files: [String] = []
        for s in job.map({ [$0.shardDirectory.path] }) ?? shards {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: s, isDirectory: &isDir) else {
                throw RunError("\(s): no such file or directory.")
            }
            if isDir.boolValue {
                files += try ShardInventory.files(in: URL(fileURLWithPath: s), excluding: outURL)
            } else {
                files.append(s)
                if FileManager.default.fileExists(atPath: s + ".run.sqlite") { files.append(s + ".run.sqlite") }
            }
        }
        try FileManager.default.createDirectory(at: outURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let lock = try OutputLock(output: outURL.path)
        defer { withExtendedLifetime(lock) {} }
        lock.removeStaleTemporaryFiles()
        if !overwrite, FileManager.default.fileExists(atPath: out) {
            throw RunError("\(out) exists: pass --overwrite to replace it.")
        }
        guard !files.isEmpty || job != nil else {
            throw RunError("no shard file (.gpkg) in \(shards.joined(separator: " "))")
        }
        let inventory = try ShardInventory.read(files: files, expectedShardCount: job?.shardCount)
        let err = StandardError()
        for line in inventory.problems(expectedFile: job.map { j in { j.shardFile($0).path } }) { err.write(line + "\n") }
        if !inventory.blocking.isEmpty {
            err.write("not merged: every shard must be finished (missing or unfinished: \(list(inventory.blocking))).\n")
            err.write(rerunAdvice(inventory.toRerun, job: job, total: inventory.shardCount))
            throw ExitCode(1)
        }
        let merged = try ShardMerge.merge(shardFiles: inventory.finishedFiles, into: outURL)
        print("merged \(inventory.shardCount) shards into \(out): \(merged.results) results, \(merged.failures) failed pairs")
        if !inventory.toRerun.isEmpty {
            err.write(rerunAdvice(inventory.toRerun, job: job, total: inventory.shardCount))
            throw ExitCode(3)
        }
    }

    /// The job of a `renovate slurm` directory given alone, if it is one.
    private func slurmJob() throws -> SlurmJobLayout? {
        var isDir: ObjCBool = false
        guard shards.count == 1, FileManager.default.fileExists(atPath: shards[0], isDirectory: &isDir), isDir.boolValue
        else { return nil }
        return try SlurmJobLayout.load(directory: shards[0])
    }

    private func rerunAdvice(_ numbers: [Int], job: SlurmJobLayout?, total: Int) -> String {
        if let job {
            return "re-submit only the shards listed above (\(list(numbers)); each resumes its run and retries its failed "
                + "pairs; the merge job runs again when they end):\n"
                + "  " + job.submitCommand(shards: numbers) + "\n"
        }
        return "re-run only the shards listed above (\(list(numbers)) of \(total)): renovate simulate with the same arguments and "
            + "--shard k/\(total) --out <that shard's file> --resume --retry-failures, then merge again.\n"
    }

    private func list(_ numbers: [Int]) -> String { numbers.map(String.init).joined(separator: ",") }
}
