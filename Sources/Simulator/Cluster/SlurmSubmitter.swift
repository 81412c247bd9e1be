import Foundation

/// Submits a written `SlurmArrayJob` with `sbatch`: the array, then the merge job depending on it
/// (`--dependency=afterany:<array job id>`, so the merge runs, and reports, even when some tasks failed).
public struct SlurmSubmitter: Sendable {
    /// The `sbatch` found on the search path.
    public let sbatch: URL

    /// Job ids given by `sbatch`.
    public struct SubmittedJobs: Sendable, Hashable {
        public var arrayJobId: String
        public var mergeJobId: String
    }

    /// Finds `sbatch` on `searchPath` (default: `PATH`).
    /// - Throws: `ClusterError.sbatchNotFound` when no directory of the search path holds an executable `sbatch`.
    public init(searchPath: String? = nil) throws(ClusterError) {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
        let found = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("sbatch") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let found else { throw .sbatchNotFound(searchPath: path) }
        sbatch = found
    }

    /// Submits the array (every shard, or only `shards`) and then the merge job.
    /// - Throws: `ClusterError.submissionFailed` or `.unexpectedSbatchOutput`, naming the `sbatch` command.
    public func submit(_ layout: SlurmJobLayout, shards: [Int]? = nil) throws(ClusterError) -> SubmittedJobs {
        var arrayArguments = ["--parsable"]
        if let shards { arrayArguments.append("--array=" + SlurmJobLayout.arraySpec(shards)) }
        let arrayId = try run(arrayArguments + [layout.simulateScript.path])
        let mergeId = try run(["--parsable", "--dependency=afterany:\(arrayId)", layout.mergeScript.path])
        return SubmittedJobs(arrayJobId: arrayId, mergeJobId: mergeId)
    }

    /// Runs `sbatch ARGUMENTS` and returns the job id it prints (`--parsable`: `id` or `id;cluster`).
    private func run(_ arguments: [String]) throws(ClusterError) -> String {
        let command = ShellQuoting.join([sbatch.path] + arguments)
        let process = Process()
        process.executableURL = sbatch
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw .submissionFailed(command: command, status: -1, output: "\(error)")
        }
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .submissionFailed(command: command, status: process.terminationStatus,
                                    output: (stderr + stdout).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return try Self.jobId(parsableOutput: stdout, command: command)
    }

    /// The job id of `sbatch --parsable`'s output (`12345` or `12345;cluster`).
    static func jobId(parsableOutput output: String, command: String) throws(ClusterError) -> String {
        let text = output.trimmingCharacters(in: .whitespacesAndNewlines)
        let id = text.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .unexpectedSbatchOutput(command: command, output: text)
        }
        return id
    }
}
