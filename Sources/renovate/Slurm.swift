import ArgumentParser
import BuildingModel
import Foundation
import Simulator

/// `renovate slurm STOCK --scenarios S … --shards N --out DIR [--submit]`: the batch of `simulate` as a Slurm
/// array job of N shards and a merge job (`SlurmArrayJob`), written into DIR and optionally submitted.
struct Slurm: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write (and with --submit, submit) a Slurm array job running a batch as N shards, and its merge job.",
        discussion: """
            Writes DIR/simulate.sbatch (task k runs simulate --shard k/N into DIR/shards/shard-k-of-N.gpkg, \
            resuming a shard already started), DIR/merge.sbatch (renovate merge DIR --out DIR/results.gpkg) and \
            DIR/slurm-job.json. With --submit, runs sbatch for the array, then for the merge job with \
            --dependency=afterany on it, and prints both job ids. The inputs, DIR and this renovate binary must \
            be on a file system the compute nodes see. Exit status: 0 written (and submitted); 1 error; 64 usage error.
            """)

    @OptionGroup var inputs: BatchInputOptions

    @Option(help: "Number of shards (array tasks).")
    var shards: Int

    @Option(help: "Job directory: scripts, shards, logs and the merged results.gpkg.")
    var out: String

    @Option(help: "Slurm partition (default: the cluster's default partition).")
    var partition: String?

    @Option(help: "Time limit of each task and of the merge, in Slurm's format (e.g. 2:00:00, 1-12).")
    var time: String?

    @Option(help: "Cores per task; each shard runs with as many threads.")
    var cpusPerTask: Int = 1

    @Flag(help: "Submit the array and the merge job with sbatch.")
    var submit = false

    func validate() throws {
        guard shards >= 1 else { throw ValidationError("Please give at least 1 shard (got --shards \(shards)).") }
        do {
            _ = try resources()
            _ = try SlurmJobLayout(directory: out, shardCount: shards)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    func run() throws {
        let submitter = submit ? try SlurmSubmitter() : nil  // sbatch missing: say so before writing anything
        // A typo in a small input would fail every task: read them now (the stock is read by the tasks).
        _ = try inputs.loadRulesAndScenarios()

        let layout = try SlurmJobLayout(directory: out, shardCount: shards)
        let job = SlurmArrayJob(
            layout: layout,
            simulate: SimulateInvocation(
                stock: inputs.stock, scenarios: inputs.scenarios, weather: inputs.weather, climate: inputs.climate?.rawValue,
                climateShiftK: inputs.climateShift, heritage: inputs.heritage, rules: inputs.rules,
                catalogue: inputs.catalogue, layer: inputs.layer, exposure: inputs.exposure.rawValue,
                labelMethod: inputs.labelMethod == .threeCL ? nil : inputs.labelMethod.rawValue, dpeZone: inputs.dpeZone,
                baseline: inputs.baseline == .predicted ? nil : inputs.baseline.rawValue, samples: inputs.samples,
                seed: inputs.samples == nil ? nil : inputs.seed),
            resources: try resources(), renovate: try Self.executablePath(), toolVersion: RenovateVersion.string)
        try job.write()
        print("wrote \(layout.simulateScript.path) (array 1-\(shards), \(cpusPerTask) core\(cpusPerTask == 1 ? "" : "s") per task) and \(layout.mergeScript.path)")
        print("shards: \(layout.shardDirectory.path)/shard-k-of-\(shards).gpkg, logs: \(layout.logDirectory.path), "
              + "merged results: \(layout.results.path)")
        guard let submitter else {
            print("submit with:\n  \(layout.submitCommand())")
            return
        }
        let ids = try submitter.submit(layout)
        print("submitted array job \(ids.arrayJobId) (shards 1-\(shards)) and merge job \(ids.mergeJobId) "
              + "(starts when every shard has ended; log: \(layout.logDirectory.path)/merge.job-\(ids.mergeJobId).log)")
    }

    private func resources() throws(ClusterError) -> SlurmResources {
        try SlurmResources(partition: partition, timeLimit: time.map { t throws(ClusterError) in try SlurmTimeLimit(t) },
                           cpusPerTask: cpusPerTask)
    }

    /// This binary's absolute path, written into the scripts.
    private static func executablePath() throws -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        guard let path = Bundle.main.executablePath else { throw RunError("cannot find the path of this renovate binary") }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
