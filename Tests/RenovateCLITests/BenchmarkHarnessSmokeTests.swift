import Foundation
import Testing
import TestSupport

/// Runs `benchmarks/run.sh --smoke` so that the peer-comparison harness cannot rot: it parses every case file in
/// benchmarks/cases, writes their EnergyPlus inputs and builds the results table from canned inputs. The full
/// comparison (EnergyPlus, iso52016, pybuildingenergy in a virtual environment) is too long for CI and is run by
/// hand with `benchmarks/run.sh`.
@Suite struct BenchmarkHarnessSmokeTests {
    /// The first `python3` on PATH, if any.
    static let python3: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    @Test(.enabled(if: python3 != nil, "python3 is absent: the benchmark harness is Python"))
    func smokeModePassesEveryCheck() throws {
        let root = SharedData.repositoryRoot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [root.appendingPathComponent("benchmarks/run.sh").path, "--smoke"]
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHON"] = Self.python3
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 0, "run.sh --smoke failed:\n\(stdout)\n\(stderr)")
        let summary = stdout.split(separator: "\n").last { $0.hasPrefix("smoke: ") }
        let counts = summary?.dropFirst("smoke: ".count).split(separator: " ")
        let passed = counts.flatMap { Int($0.first ?? "") } ?? 0
        #expect(passed > 0, "no check ran:\n\(stdout)")
        #expect(summary?.hasSuffix(", 0 failed") == true, "summary line: \(summary ?? "missing")\n\(stdout)")
    }
}
