import Foundation

/// A batch run as a Slurm array job: task k runs `renovate simulate … --shard k/N` into its own file, and a
/// merge job, submitted to start once every task has ended, combines the shards (`renovate merge DIR`).
///
/// `write()` puts the scripts and the job file into the layout's directory; `SlurmSubmitter` submits them.
/// The scripts hold absolute paths only, so they run from any directory of a cluster whose nodes see the
/// same file system (the inputs, the job directory and the `renovate` binary).
public struct SlurmArrayJob: Sendable, Hashable {
    public var layout: SlurmJobLayout
    public var simulate: SimulateInvocation
    public var resources: SlurmResources
    /// Absolute path of the `renovate` binary the tasks run.
    public var renovate: String
    /// Written into the scripts' header.
    public var toolVersion: String

    public init(layout: SlurmJobLayout, simulate: SimulateInvocation, resources: SlurmResources,
                renovate: String, toolVersion: String) {
        self.layout = layout
        self.simulate = simulate
        self.resources = resources
        self.renovate = SimulateInvocation.absolute(renovate)
        self.toolVersion = toolVersion
    }

    /// Creates the job directory (with `shards/` and `logs/`) and writes `simulate.sbatch`, `merge.sbatch` and
    /// `slurm-job.json`. Writing again the same job is harmless: the scripts are the same bytes, the shards stay.
    /// - Throws: `ClusterError.otherJobInDirectory` when the directory holds a job of another shard count,
    ///   `.cannotWrite` when a file or directory cannot be written.
    public func write() throws(ClusterError) {
        if let existing = try SlurmJobLayout.load(directory: layout.directory.path),
           existing.shardCount != layout.shardCount {
            throw .otherJobInDirectory(path: layout.directory.path, shards: existing.shardCount, requested: layout.shardCount)
        }
        let fm = FileManager.default
        for dir in [layout.directory, layout.shardDirectory, layout.logDirectory] {
            do {
                try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: dir.path, reason: "\(error)")
            }
        }
        for (url, text) in [(layout.simulateScript, simulateScript), (layout.mergeScript, mergeScript)] {
            do {
                try Data(text.utf8).write(to: url, options: .atomic)
                try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
            } catch {
                throw .cannotWrite(path: url.path, reason: "\(error)")
            }
        }
        try layout.saveJobFile()
    }
}
