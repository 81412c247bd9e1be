import Foundation
import Testing
import TestSupport

/// `renovate-bench thermal --json --smoke` (the debug binary, built beside the tests) prints the JSON object that
/// `benchmarks/run.sh` expects (benchmarks/README.md, "JSON formats"): schema, one row per case file and thread
/// count, a time, the annual figures, the zone names of `peers/cases.py`. Nothing is timed here: the smoke mode
/// simulates 2 copies once, and only the shape and the physical sanity of the output are checked.
@Suite struct BenchJSONContractTests {
    /// `renovate-bench` beside the test bundle (like `CLI.binary`).
    static let binary: URL = {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("renovate-bench")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return SharedData.repositoryRoot.appendingPathComponent(".build/debug/renovate-bench")
    }()

    static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    static let casesDirectory = SharedData.repositoryRoot.appendingPathComponent("benchmarks/cases")

    /// (id, weather, storeys) of every case file.
    static func caseFiles() throws -> [(id: String, weather: String, storeys: Int)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: casesDirectory.path).filter { $0.hasSuffix(".json") }
        return try names.sorted().map { name in
            let data = try Data(contentsOf: casesDirectory.appendingPathComponent(name))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let geometry = try #require(object["geometry"] as? [String: Any])
            return (try #require(object["id"] as? String), try #require(object["weather"] as? String),
                    try #require(geometry["storeys"] as? Int))
        }
    }

    @Test(.enabled(if: SharedData.isAvailable, "../shared is absent (weather files)"),
          .enabled(if: isBuilt, "renovate-bench is not built (swift build --build-tests builds it)"))
    func thermalSmokePrintsTheDocumentedJSON() throws {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = ["thermal", "--json", "--smoke"]
        p.currentDirectoryURL = SharedData.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["RENOVATE_BENCH_CASES"] = Self.casesDirectory.path
        environment["RENOVATE_SHARED"] = SharedData.root.path
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "renovate-bench thermal --json --smoke failed: \(stderr)")

        let object = try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any],
                                  "not one JSON object: \(String(decoding: stdout, as: UTF8.self))")
        #expect(object["schema"] as? String == "renovate-bench/1")
        #expect(object["version"] is String)
        let rows = try #require(object["thermal"] as? [[String: Any]])
        let cases = try Self.caseFiles()
        #expect(!cases.isEmpty)
        for c in cases {
            let mine = rows.filter { $0["case"] as? String == c.id }
            #expect(mine.contains { $0["threads"] as? Int == 1 }, "\(c.id): no 1-thread row")
            for r in mine {
                #expect(r["weather"] as? String == c.weather, "\(c.id)")
                #expect(r["zones"] as? Int == c.storeys, "\(c.id): one zone per storey")
                let seconds = try #require(r["secondsPerBuildingYear"] as? Double, "\(c.id): no time")
                #expect(seconds > 0 && seconds.isFinite)
                let heating = try #require(r["annualHeatingKWh"] as? Double), cooling = try #require(r["annualCoolingKWh"] as? Double)
                // Every case is heated and cooled under a continental or Atlantic climate: both needs are positive
                // and below a (generous) 1,000 kWh per m² of floor.
                #expect(heating > 0 && cooling >= 0 && heating < 1000 * 200 && cooling < 1000 * 200, "\(c.id): \(heating) / \(cooling)")
            }
            // perZone, on the 1-thread from-scratch row: the zone names of peers/cases.py, summing to the totals.
            let first = try #require(mine.first)
            let perZone = try #require(first["perZone"] as? [String: [String: Double]], "\(c.id): no perZone")
            let expected = c.storeys > 1 ? Set((0..<c.storeys).map { "storey\($0)" }) : ["zone"]
            #expect(Set(perZone.keys) == expected, "\(c.id)")
            let sum = perZone.values.reduce(0) { $0 + ($1["heatingKWh"] ?? .nan) }
            let total = try #require(first["annualHeatingKWh"] as? Double)
            #expect(abs(sum - total) <= 1e-6 * total, "\(c.id): per-zone heating \(sum) vs total \(total)")
        }
    }
}
