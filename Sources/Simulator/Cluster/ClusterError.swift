/// Errors of the Slurm scale-out (`renovate slurm`): bad job settings, a job directory Slurm cannot use,
/// `sbatch` missing or refusing a job. Each says which value or file is at fault and what was expected.
public enum ClusterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--shards` below 1.
    case invalidShardCount(Int)
    /// `--cpus-per-task` below 1.
    case invalidCPUsPerTask(Int)
    /// `--time` not in one of Slurm's time formats.
    case invalidTimeLimit(String)
    /// `--partition` that is not a Slurm partition name (or a comma-separated list of them).
    case invalidPartition(String)
    /// A job directory whose path cannot be written on an `#SBATCH` line.
    case unsafeDirectory(path: String, character: Character)
    /// A job directory that already holds a job with another number of shards.
    case otherJobInDirectory(path: String, shards: Int, requested: Int)
    /// A job directory's `slurm-job.json` that cannot be read.
    case unreadableJobFile(path: String, reason: String)
    /// Writing a script, the job file or a directory failed.
    case cannotWrite(path: String, reason: String)
    /// `sbatch` is not on the search path.
    case sbatchNotFound(searchPath: String)
    /// `sbatch` ran and failed, or could not be started.
    case submissionFailed(command: String, status: Int32, output: String)
    /// `sbatch --parsable` printed something that is not a job id.
    case unexpectedSbatchOutput(command: String, output: String)

    public var description: String {
        switch self {
        case .invalidShardCount(let n):
            "invalid number of shards \(n): expected a whole number ≥ 1"
        case .invalidCPUsPerTask(let n):
            "invalid --cpus-per-task \(n): expected a whole number ≥ 1"
        case .invalidTimeLimit(let text):
            "invalid time limit \"\(text)\": expected one of Slurm's formats: minutes, minutes:seconds, "
                + "hours:minutes:seconds, days-hours, days-hours:minutes, days-hours:minutes:seconds (e.g. 2:00:00, 1-12)"
        case .invalidPartition(let text):
            "invalid partition \"\(text)\": expected a partition name (letters, digits, _ . -), or several separated by commas"
        case .unsafeDirectory(let path, let character):
            "\(path): Slurm reads the job directory from #SBATCH lines, which cannot hold the character "
                + "\(character.debugDescription) (\(Self.name(of: character))): choose an output directory without it"
        case .otherJobInDirectory(let path, let shards, let requested):
            "\(path) already holds a job of \(shards) shards (not \(requested)): choose another --out directory, "
                + "or remove that one"
        case .unreadableJobFile(let path, let reason):
            "\(path): cannot read the job file: \(reason)"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write: \(reason)"
        case .sbatchNotFound(let searchPath):
            "sbatch is not on the search path (PATH=\(searchPath)): run on a Slurm login node, install Slurm's client "
                + "(Debian: slurm-client), or submit the written scripts yourself"
        case .submissionFailed(let command, let status, let output):
            "\(command) failed (exit status \(status)): \(output)"
        case .unexpectedSbatchOutput(let command, let output):
            "\(command) printed \"\(output)\", expected a job id"
        }
    }

    private static func name(of c: Character) -> String {
        switch c {
        case " ": "a space"
        case "%": "Slurm's file name pattern sign"
        case "\"", "'": "a quote"
        case "\\": "a backslash"
        default: c.isWhitespace ? "white space" : "a control or special character"
        }
    }
}
