import Foundation

/// Where a cluster job keeps its files, all inside one directory:
///
///     DIR/slurm-job.json     the job: number of shards (read by `renovate merge DIR`)
///     DIR/simulate.sbatch    the array job: task k runs shard k/N
///     DIR/merge.sbatch       the merge job
///     DIR/shards/            shard-k-of-N.gpkg (and, while a shard runs, shard-k-of-N.gpkg.run.sqlite)
///     DIR/logs/              one log per task attempt and per merge
///     DIR/results.gpkg       the merged results
///
/// The directory is absolute and its path must fit on an `#SBATCH` line (no white space, quote, backslash or `%`).
public struct SlurmJobLayout: Sendable, Hashable {
    public static let jobFileName = "slurm-job.json"
    public static let format = "renovate-slurm/1"

    public let directory: URL
    public let shardCount: Int

    /// - Throws: `ClusterError.invalidShardCount` below 1, `.unsafeDirectory` for a path Slurm cannot read.
    public init(directory: String, shardCount: Int) throws(ClusterError) {
        guard shardCount >= 1 else { throw .invalidShardCount(shardCount) }
        let path = SimulateInvocation.absolute(directory)
        if let bad = path.first(where: { $0.isWhitespace || "\"'\\%".contains($0) || $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f } }) {
            throw .unsafeDirectory(path: path, character: bad)
        }
        self.directory = URL(fileURLWithPath: path, isDirectory: true)
        self.shardCount = shardCount
    }

    public var jobFile: URL { directory.appendingPathComponent(Self.jobFileName) }
    public var simulateScript: URL { directory.appendingPathComponent("simulate.sbatch") }
    public var mergeScript: URL { directory.appendingPathComponent("merge.sbatch") }
    public var shardDirectory: URL { directory.appendingPathComponent("shards", isDirectory: true) }
    public var logDirectory: URL { directory.appendingPathComponent("logs", isDirectory: true) }
    public var results: URL { directory.appendingPathComponent("results.gpkg") }

    /// The output of shard k (1-based).
    public func shardFile(_ k: Int) -> URL {
        shardDirectory.appendingPathComponent("shard-\(k)-of-\(shardCount).gpkg")
    }

    // MARK: The job file

    private struct JobFile: Codable {
        var format: String
        var shards: Int
    }

    /// The layout of a job directory written by `renovate slurm`, or nil when `directory` holds no job file.
    /// - Throws: `ClusterError.unreadableJobFile` for a job file that is not one of ours.
    public static func load(directory: String) throws(ClusterError) -> SlurmJobLayout? {
        let file = URL(fileURLWithPath: directory).appendingPathComponent(jobFileName)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let job: JobFile
        do {
            job = try JSONDecoder().decode(JobFile.self, from: Data(contentsOf: file))
        } catch {
            throw .unreadableJobFile(path: file.path, reason: "\(error)")
        }
        guard job.format == format else {
            throw .unreadableJobFile(path: file.path, reason: "format \"\(job.format)\", expected \"\(format)\"")
        }
        return try SlurmJobLayout(directory: directory, shardCount: job.shards)
    }

    /// Writes `slurm-job.json`.
    func saveJobFile() throws(ClusterError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        do {
            try encoder.encode(JobFile(format: Self.format, shards: shardCount)).write(to: jobFile, options: .atomic)
        } catch {
            throw .cannotWrite(path: jobFile.path, reason: "\(error)")
        }
    }
}
