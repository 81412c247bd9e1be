import ArgumentParser
import BuildingModel
import Foundation
import Simulator

/// `renovate simulate`: every building × every scenario of a stock into a results GeoPackage.
///
/// The resumable store is a sibling of the output, `OUT.run.sqlite` (`ResultsStore`, WAL, one transaction per
/// chunk): the GeoPackage is written to a temporary file and renamed only when the batch is over, so an existing
/// output is never half-replaced, and a killed run leaves its committed pairs in the store for `--resume`. The
/// store is removed once the GeoPackage is written; the GeoPackage keeps the store's `run`, `results` and
/// `failures` tables, so `--resume --retry-failures` on a finished output re-runs only its failed pairs.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate every building under every scenario into a results GeoPackage.",
        discussion: """
            Exit status: 0 success; 1 error; 64 usage error; 3 finished but some pairs failed or some buildings were rejected \
            (pairs in the table `failures`, buildings in `rejected_buildings` of the output). The run can be \
            resumed after an interruption with --resume (its store is OUT.run.sqlite until the output is written).
            """)

    @OptionGroup var inputs: BatchInputOptions

    @Option(help: "Output GeoPackage.")
    var out: String

    @OptionGroup var threadOptions: ThreadOptions
    var threads: Int { threadOptions.count }

    @Flag(help: "Continue an interrupted (or finished) run of the same inputs.")
    var resume = false

    @Flag(help: "With --resume: run the failed pairs again.")
    var retryFailures = false

    @Option(help: "Run only shard k of N (buildings by a hash of their id), e.g. 2/3.")
    var shard: String?

    @Flag(help: "Replace an existing output (and discard an interrupted run of it).")
    var overwrite = false

    @Option(help: .hidden)  // pairs per transaction (default: whole buildings, ≥ 64 pairs); small values let tests interrupt a run midway
    var chunkSize: Int?

    func validate() throws {
        if resume && overwrite { throw ValidationError("--resume and --overwrite exclude each other: choose one.") }
        if retryFailures && !resume { throw ValidationError("--retry-failures needs --resume.") }
        if let shard { _ = try ShardSpec(parsing: shard) }
    }

    func run() throws {
        let storePath = out + ".run.sqlite"
        let fm = FileManager.default
        try fm.createDirectory(at: URL(fileURLWithPath: out).deletingLastPathComponent(), withIntermediateDirectories: true)
        // One writer per output, for the whole run; what a killed run left behind goes once the lock is held.
        let lock = try OutputLock(output: out)
        defer { withExtendedLifetime(lock) {} }
        for name in lock.removeStaleTemporaryFiles() { StandardError().write("removed \(name), left by an interrupted run\n") }
        if fm.fileExists(atPath: storePath) && !ResultsStore.holdsRun(path: storePath) {
            // A run stopped (disk full, kill) while creating its store: nothing to resume, nothing to keep.
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: storePath + suffix) }
            StandardError().write("removed \(storePath): it holds no run (a previous run stopped while creating it)\n")
        }
        if !resume && !overwrite {
            if fm.fileExists(atPath: out) { throw RunError("\(out) exists: pass --overwrite to replace it, or --resume to continue its run.") }
            if fm.fileExists(atPath: storePath) {
                throw RunError("\(storePath) holds an interrupted run of \(out): pass --resume to continue it, or --overwrite to start again.")
            }
        }
        let err = StandardError()
        let shardSpec = try shard.map { try ShardSpec(parsing: $0) }
        let loaded = try BatchSetup.load(inputs.batchInputs, shard: shardSpec, threads: threads, log: { err.write($0 + "\n") })
        let plan = try loaded.evaluator.plan(shard: shardSpec)

        let store: ResultsStore
        if resume {
            var copied = false
            if !fm.fileExists(atPath: storePath) && fm.fileExists(atPath: out) {
                try fm.copyItem(atPath: out, toPath: storePath)  // a finished output is a finished store
                copied = true
            }
            do {
                store = try ResultsStore.resume(path: storePath, manifest: loaded.manifest, schema: .scenarioOutcome, plan: plan)
            } catch {
                if copied { try? fm.removeItem(atPath: storePath) }  // leave no stray store beside the output
                throw error
            }
        } else {
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: storePath + suffix) }
            store = try ResultsStore.create(path: storePath, manifest: loaded.manifest, schema: .scenarioOutcome, plan: plan)
        }
        err.write("simulating \(plan.pairCount) pairs (\(plan.selectedBuildingIndices.count) buildings × "
                  + "\(plan.scenarioIds.count) scenarios\(shard.map { ", shard \($0)" } ?? "")) on \(threads) threads, "
                  + "need model: \(NeedModelFactory.modelName), exposure \(inputs.exposure.rawValue)\n")
        let progress = ProgressPrinter(err: err)
        let chunk = chunkSize ?? BatchOptions.wholeBuildingChunkSize(scenarios: plan.scenarioIds.count)
        let report: BatchReport
        do {
            report = try BatchRunner(options: BatchOptions(threads: threads, chunkSize: chunk, retryFailures: retryFailures))
                .run(plan: plan, evaluator: loaded.evaluator, store: store, progress: { progress.report($0) })
        } catch {
            progress.finish()
            guard case BatchError.diskFull(let path, let size, let free, _) = error else { throw error }
            throw BatchError.diskFull(path: path, storeBytes: size, freeBytes: free, neededBytes: store.bytesNeededToFinish(plan: plan))
        }
        progress.finish()

        var selected = plan.selectedBuildingIndices.map { ResultsBuilding(loaded.evaluator.buildings[$0]) }
        var labelSamples: DistrictLabelSamples?
        if let samples = inputs.samples {
            let (u, posterior) = try BatchLabelUncertainty.compute(
                evaluator: loaded.evaluator, selected: plan.selectedBuildingIndices, store: store, samples: samples,
                seed: inputs.seed, threads: threads)
            for i in selected.indices { selected[i].classProbabilities = u.probabilities[selected[i].id] }
            labelSamples = u.totals
            err.write("Monte Carlo: \(samples) samples, "
                      + (posterior.observations > 0 ? "calibrated on \(posterior.observations) real labels"
                                                     : "no real label in the stock: the unknown attributes alone")
                      + "; dwellings in F/G before works: median \(Int(u.totals.intervals(order: plan.scenarioIds).first?.before.median.rounded() ?? 0)), "
                      + "90 % interval in the table district_intervals\n")
        }
        let rejected = loaded.rejected.filter { r in plan.shard.map { $0.contains(buildingId: r.id) } ?? true }
        let digest: ResultsDigest
        do {
            digest = try ResultsGeoPackage.write(store: store, buildings: selected, scenarios: ReportScenario.all(of: loaded.scenarios),
                                        rejected: rejected, labelSamples: labelSamples, heritage: loaded.heritageMap,
                                        to: URL(fileURLWithPath: out),
                                        overwrite: true)
        } catch VectorFileError.diskFull(_, let free) {
            // The store is complete: --resume writes the GeoPackage again without evaluating anything.
            throw BatchError.diskFull(path: storePath, storeBytes: DiskSpace.size(of: storePath), freeBytes: free,
                                      neededBytes: store.bytesNeededToFinish(plan: plan))
        }
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: storePath + suffix) }

        let summaries = digest.summaries(scenarioOrder: plan.scenarioIds)
        print("wrote \(out):")
        print("\(try store.resultCount()) results, \(report.failuresInStore) failed pairs, "
              + "\(rejected.count) rejected buildings (\(report.succeededPairs) evaluated in this session, "
              + "\(report.skippedPairs) already done)")
        print("top scenarios (best by \(ResultsGeoPackage.defaultRule.criterion.rawValue) for the most buildings):")
        print(RankOutput.shortSummary(summaries, wins: digest.wins, top: 5), terminator: "")
        if report.hasFailures || !rejected.isEmpty {
            err.write("\(report.failuresInStore) pairs failed and \(rejected.count) buildings were rejected: see the "
                      + "tables failures and rejected_buildings of \(out) (renovate export \(out) --table failures); "
                      + "re-run the failed pairs with --resume --retry-failures\n")
            throw ExitCode(3)
        }
    }
}

/// Progress on standard error: a bar redrawn in place on a terminal, a plain line every 10 s otherwise.
final class ProgressPrinter: @unchecked Sendable {
    private let err: StandardError
    private let isTTY = isatty(2) == 1
    private let lock = NSLock()
    private var throttle = ProgressThrottle(intervalSeconds: 10)
    private var drewBar = false

    init(err: StandardError) { self.err = err }

    func report(_ p: BatchProgress) {
        lock.lock()
        defer { lock.unlock() }
        if isTTY {
            err.write("\r" + BatchProgressFormatter.bar(p))
            drewBar = true
        } else if throttle.shouldEmit(p) {
            err.write(BatchProgressFormatter.line(p) + "\n")
        }
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drewBar { err.write("\n") }
    }
}

/// Standard error, unbuffered.
struct StandardError: Sendable {
    func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
