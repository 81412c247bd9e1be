import Dispatch
import Foundation

/// The JSON object `renovate-bench <sub> --json` prints (schema `renovate-bench/1`, benchmarks/README.md "JSON
/// formats"): one object per subcommand, merged by `benchmarks/peers/table.py`. Absent optional fields are
/// left out.
struct BenchReport: Encodable {
    var schema = "renovate-bench/1"
    var version: String = BenchEnvironment.version
    var machine: String = BenchEnvironment.machine
    var thermal: [ThermalRow]?
    var facades: [ThroughputRow]?
    var batch: [ThroughputRow]?

    /// Prints the report as one line of JSON on stdout.
    func print() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(self)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}

/// One `thermal` row: one case, one way of timing it.
struct ThermalRow: Encodable {
    var `case`: String
    var weather: String
    var zones: Int
    var threads: Int
    /// Buildings simulated per timed repetition.
    var buildings: Int
    var repetitions: Int
    /// What was timed, shown beside "renovate" in the table.
    var label: String
    var secondsPerBuildingYear: Double
    var zoneYearsPerSecond: Double
    var timingsS: [Double]
    var annualHeatingKWh: Double
    var annualCoolingKWh: Double
    var peakHeatingKW: Double
    var peakCoolingKW: Double
    var perZone: [String: ZoneFigures]?
    var model: String
}

struct ZoneFigures: Encodable {
    var heatingKWh: Double
    var coolingKWh: Double
}

/// One `facades` or `batch` row.
struct ThroughputRow: Encodable {
    var dataset: String
    var buildings: Int
    var threads: Int
    var seconds: Double
    var buildingsPerSecond: Double
    var repetitions: Int
    var timingsS: [Double]
    /// Batch only: (building, scenario) pairs evaluated and their rate.
    var pairs: Int?
    var pairsPerSecond: Double?
    /// Batch only: peak resident set of the process so far (getrusage ru_maxrss), MB.
    var peakMemoryMB: Double?
    var note: String?
}

/// Version, machine, clock, paths: what every subcommand shares.
enum BenchEnvironment {
    /// `git describe --always --dirty` of the working directory (the harness runs us from the repository root).
    static let version: String = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "describe", "--always", "--dirty"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return "unknown" }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let v = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return p.terminationStatus == 0 && !v.isEmpty ? "git \(v)" : "unknown"
    }()

    static var machine: String {
        "\(ProcessInfo.processInfo.activeProcessorCount) logical CPUs, \(ProcessInfo.processInfo.operatingSystemVersionString)"
    }

    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `RENOVATE_SHARED`, else `../shared` beside the working directory.
    static var shared: URL {
        if let s = ProcessInfo.processInfo.environment["RENOVATE_SHARED"], !s.isEmpty { return URL(fileURLWithPath: s) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).deletingLastPathComponent()
            .appendingPathComponent("shared")
    }

    /// `RENOVATE_BENCH_CASES`, else `benchmarks/cases` under the working directory.
    static var cases: URL {
        if let s = ProcessInfo.processInfo.environment["RENOVATE_BENCH_CASES"], !s.isEmpty { return URL(fileURLWithPath: s) }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("benchmarks/cases")
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Peak resident set size of the process, MB (Linux `ru_maxrss` is in KiB).
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Value of `--name V` in `args`.
    static func option(_ name: String, in args: [String]) -> String? {
        guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
        return args[i + 1]
    }
}
