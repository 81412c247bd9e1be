import ArgumentParser
import Foundation

/// `--threads N`, shared by the commands that work in parallel (`facades`, `simulate`, `dpe`, `calibrate`): one
/// declaration, one default (every core), one check.
struct ThreadOptions: ParsableArguments {
    @Option(name: .customLong("threads"),
            help: "Worker threads (default: all cores, \(ProcessInfo.processInfo.activeProcessorCount) on this machine).")
    var requested: Int?

    /// The threads to use: `--threads`, else every core of the machine.
    var count: Int { requested ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let requested, requested < 1 { throw ValidationError("--threads must be at least 1 (got \(requested)).") }
    }
}
