import BuildingModel

/// Errors of the batch runner and its results store. Each says which file, run field or value is at fault.
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--shard` text that is not `k/N` with 1 ≤ k ≤ N.
    case invalidShard(String)
    /// An empty or repeated building or scenario id, or no scenario.
    case invalidPlan(String)
    /// A malformed evaluator column declaration.
    case invalidSchema(String)
    /// Thread count or chunk size out of range.
    case invalidOption(String)
    /// An input file that cannot be read for its fingerprint.
    case unreadableInput(path: String, reason: String)
    /// Creating a new run where a store already holds one.
    case storeExists(path: String)
    /// `--resume` on a file that holds no run.
    case nothingToResume(path: String)
    /// `--resume` refused: the run's inputs, options, schema or plan differ from the stored ones.
    case resumeRefused(path: String, differences: [String])
    /// Merging shard stores that do not belong to the same run.
    case mergeRefused(path: String, reason: String)
    /// SQLite failed (the message includes GRDB's, with the SQL).
    case store(path: String, message: String)
    /// The per-thread evaluator state could not be created.
    case workerContext(String)
    /// Stopped on purpose after this many committed chunks (test hook simulating a crash).
    case stoppedForTesting(committedChunks: Int)
    /// Another process holds the output's lock (`OutputLock`).
    case outputLocked(path: String, owner: String)
    /// The output's lock file cannot be created (read-only or missing directory).
    case outputUnwritable(path: String, reason: String)
    /// The disk had no room left while writing the store at `path` (its size, the room left afterwards and,
    /// when the caller knows the plan, the room the rest of the run needs).
    case diskFull(path: String, storeBytes: Int64, freeBytes: Int64?, neededBytes: Int64? = nil)

    public var description: String {
        switch self {
        case .invalidShard(let text):
            "invalid shard \"\(text)\": expected k/N with 1 ≤ k ≤ N (for example 2/3)"
        case .invalidPlan(let why):
            "invalid batch plan: \(why)"
        case .invalidSchema(let why):
            "invalid results schema: \(why)"
        case .invalidOption(let why):
            "invalid batch option: \(why)"
        case .unreadableInput(let path, let reason):
            "\(path): cannot read the input to fingerprint it: \(reason)"
        case .storeExists(let path):
            "\(path) already holds a run: pass --resume to continue it, or choose another output file"
        case .nothingToResume(let path):
            "\(path) holds no run to resume (missing file or no run table): start a new run without --resume"
        case .resumeRefused(let path, let differences):
            "refusing to resume \(path): "
                + differences.joined(separator: "; ")
                + ". Resuming would mix results of different inputs; restore the original inputs or start a new run in another output file"
        case .mergeRefused(let path, let reason):
            "cannot merge \(path): \(reason)"
        case .store(let path, let message):
            "\(path): results store error: \(message)"
        case .workerContext(let why):
            "cannot create a worker's evaluation context: \(why)"
        case .stoppedForTesting(let n):
            "batch stopped on purpose after \(n) committed chunks (test hook)"
        case .outputLocked(let path, let owner):
            "\(path) is being written by another renovate (\(owner)): wait for it to finish or stop it; "
                + "two runs cannot write one output"
        case .outputUnwritable(let path, let reason):
            "\(path): cannot write here: \(reason); choose a directory you can write to"
        case .diskFull(let path, let storeBytes, let freeBytes, let neededBytes):
            "\(path): the disk is full (\(freeBytes.map(DiskSpace.megabytes) ?? "no room") left). Every pair committed "
                + "so far is kept in this store (\(DiskSpace.megabytes(storeBytes))). Free "
                + (neededBytes.map { "up to \(DiskSpace.megabytes($0)) on that disk (the rest of the run and the final GeoPackage)" }
                   ?? "room on that disk (the final GeoPackage takes about as much as the store)")
                + ", then run the same command with --resume"
        }
    }
}
