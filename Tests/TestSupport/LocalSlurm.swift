import Foundation

/// A real one-node Slurm on this machine (`scripts/slurm/local-cluster.sh`): munged, slurmctld and slurmd run as
/// background processes with their state in `directory`, and `stop()` ends them by the PIDs the script recorded.
public final class LocalSlurm: Sendable {
    public let directory: URL
    static let script = SharedData.repositoryRoot.appendingPathComponent("scripts/slurm/local-cluster.sh").path

    /// `SLURM_CONF` for sbatch, squeue, scancel and scontrol.
    public var environment: [String: String] { ["SLURM_CONF": directory.appendingPathComponent("slurm.conf").path] }

    private init(directory: URL) { self.directory = directory }

    /// Installs Slurm's Debian packages when missing (needs root and apt), then starts the daemons.
    /// - Returns: the cluster, or why it could not be started (the script's output).
    public static func start(in directory: URL) -> Result<LocalSlurm, Unavailable> {
        guard getuid() == 0 else { return .failure(Unavailable(reason: "Slurm's daemons need root here (SlurmUser=root)")) }
        do {
            let install = try ExternalTools.run("/bin/bash", [script, "install"])
            guard install.status == 0 else {
                return .failure(Unavailable(reason: "installing slurmctld slurmd slurm-client munge failed: \(install.output)"))
            }
        } catch {
            return .failure(Unavailable(reason: "cannot run \(script): \(error)"))
        }
        let cluster = LocalSlurm(directory: directory)
        let started = (try? ExternalTools.run("/bin/bash", [script, "start", directory.path])) ?? (status: -1, output: "cannot run \(script)")
        guard started.status == 0 else {
            cluster.stop()
            return .failure(Unavailable(reason: "the daemons did not start: \(started.output)"))
        }
        return .success(cluster)
    }

    public struct Unavailable: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    /// Stops the daemons this cluster started (by their recorded PIDs). Safe to call twice.
    /// - Returns: the PIDs of those still running afterwards (none expected).
    @discardableResult
    public func stop() -> [Int32] {
        let run = directory.appendingPathComponent("run")
        let pids = ["munged", "slurmctld.bg", "slurmd.bg"].compactMap { name in
            (try? String(contentsOf: run.appendingPathComponent("\(name).pid"), encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        _ = try? ExternalTools.run("/bin/bash", [Self.script, "stop", directory.path])
        return pids.filter(Self.isRunning)
    }

    /// Whether a process exists and is not a zombie waiting to be reaped.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first != "Z"
    }

    /// Runs a Slurm client (`sbatch`, `squeue`, `scancel`, `scontrol`) against this cluster.
    public func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try ExternalTools.run("/usr/bin/env", environment.map { "\($0.key)=\($0.value)" } + [tool] + arguments)
    }

    /// Waits until no job is pending or running. - Throws: `Unavailable` after `timeout` seconds.
    public func waitUntilQueueIsEmpty(timeout: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let queue = try run("squeue", ["-h", "-o", "%i %T"])
            if queue.status == 0 && queue.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return }
            Thread.sleep(forTimeInterval: 1)
        }
        let queue = (try? run("squeue", []).output) ?? ""
        throw Unavailable(reason: "jobs still queued after \(Int(timeout)) s:\n\(queue)")
    }

    /// `JobState=… ExitCode=…` of a finished job (`12` or an array task `12_3`), from `scontrol show job`.
    public func state(ofJob id: String) throws -> String {
        let out = try run("scontrol", ["show", "job", id]).output
        let fields = out.split(whereSeparator: \.isWhitespace).filter { $0.hasPrefix("JobState=") || $0.hasPrefix("ExitCode=") }
        return fields.joined(separator: " ")
    }
}
