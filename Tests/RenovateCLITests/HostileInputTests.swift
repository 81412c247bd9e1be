import BuildingModel
import Foundation
import GRDB
import Testing
import TestSupport

/// Hostile and broken inputs through the binary (Tests/Fixtures/hostile, plus files made here from valid ones):
/// never a crash (a signal), never a hang, always a specific error; one writer per results file.
@Suite("Hostile input")
struct HostileInputTests {
    static let corpus = SharedData.repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile")
    static let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")

    /// A process that ended by itself (not by a signal: a trap is SIGILL or SIGTRAP, status 128 + n from a shell,
    /// or a negative/large status from Process).
    static func endedNormally(_ status: Int32) -> Bool { (0...3).contains(status) || status == 64 }

    @Test func hugeAndWrongTypedNumbersRejectTheirBuildingOnly() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.run(["facades", Self.corpus.appendingPathComponent("stock-huge-numbers.geojson").path,
                               "--out", dir.appendingPathComponent("f.csv").path])
        #expect(Self.endedNormally(out.status), "status \(out.status): \(out.stderr)")
        for expected in [
            "building \"b0\": rejected: field \"storeys\": 1e+300 is beyond the 200 storeys",
            "building \"b1\": rejected: field \"storeys\": 1000000000 is beyond the 200 storeys",
            "building \"b2\": warning: field \"dwellings\": 1e+20 is not a whole number of dwellings within 0–100000",
            "building \"b3\": warning: field \"construction_year\": 1e+300 is not a construction year",
            "building \"b4\": rejected: field \"height_m\": an array, expected a number or a text",
            "building \"b5\": rejected: field \"height_m\": an object, expected a number or a text",
            "building \"b8\": rejected: field \"storeys\": -1e+308 is not a positive number of storeys",
        ] {
            #expect(out.stderr.contains(expected), "missing: \(expected)\n\(out.stderr)")
        }
        #expect(out.stdout.contains("4 buildings analysed"))  // b2, b3, b6, b7
    }

    @Test func looseJSONIsRefusedWithItsPlaceAndABOMIsAccepted() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (file, expected) in [
            ("stock-trailing-comma", "line 1, column 107: a trailing comma before \"}\""),
            ("stock-control-character", "line 1, column 66: control character byte 0x9 inside a string"),
            ("stock-latin1", "line 1, column 115: not UTF-8: byte 0xE9 followed by \"d\" (the file is probably Latin-1"),
        ] {
            let out = try CLI.run(["facades", Self.corpus.appendingPathComponent("\(file).geojson").path,
                                   "--out", dir.appendingPathComponent("\(file).csv").path])
            #expect(out.status == 1 && out.stderr.contains("\(file).geojson: not strict JSON (RFC 8259): \(expected)"),
                    "\(file): \(out.status) \(out.stderr)")
        }
        let bom = try CLI.run(["facades", Self.corpus.appendingPathComponent("stock-bom.geojson").path,
                               "--out", dir.appendingPathComponent("bom.csv").path])
        #expect(bom.status == 0 && bom.stdout.contains("1 buildings analysed"), "\(bom.stderr)")
    }

    @Test func footprintsOutsideFranceRejectTheirBuildingOnly() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try CLI.run(["facades", Self.corpus.appendingPathComponent("stock-outside-france.geojson").path,
                               "--out", dir.appendingPathComponent("f.csv").path])
        #expect(out.status == 0 && out.stdout.contains("1 buildings analysed"), "\(out.stderr)")
        for expected in [
            "building \"antimeridian\": rejected: geometry: a point near (179.9999, 0.0) in EPSG:4326 lands at (9907589, 19961966) in Lambert-93, outside metropolitan France",
            "building \"pole\": rejected: geometry: a point near (0.0, 89.9998) in EPSG:4326 lands at",
            "building \"beyond\": rejected: geometry: cannot be reprojected from EPSG:4326 to Lambert-93",
        ] {
            #expect(out.stderr.contains(expected), "missing: \(expected)\n\(out.stderr)")
        }
    }

    @Test func aFootprintWithHundredsOfHolesIsRefusedAtOnce() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let start = Date()
        let out = try CLI.run(["facades", Self.corpus.appendingPathComponent("stock-400-holes.geojson").path,
                               "--out", dir.appendingPathComponent("f.csv").path])
        #expect(Self.endedNormally(out.status))
        #expect(out.stderr.contains("building \"holey\": rejected: geometry: 400 holes, more than the 256 a footprint may have"))
        #expect(Date().timeIntervalSince(start) < 20)

        // A ring of 20,000 vertices (a circle): refused before the façade analysis.
        let ring = (0...20_000).map { i -> String in
            let a = 2 * Double.pi * Double(i % 20_000) / 20_000
            return "[\(500_000 + 20 * cos(a)),\(6_400_000 + 20 * sin(a))]"
        }.joined(separator: ",")
        let round = dir.appendingPathComponent("round.geojson")
        try (#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:2154"}},"features":[{"type":"Feature","id":"round","properties":{"height_m":9},"geometry":{"type":"Polygon","coordinates":[["#
             + ring + "]]}}]}").write(to: round, atomically: true, encoding: .utf8)
        let many = try CLI.run(["facades", round.path, "--out", dir.appendingPathComponent("r.csv").path])
        #expect(many.stderr.contains("building \"round\": rejected: geometry: 20001 vertices, more than the 10000 a footprint may have"),
                "\(many.stderr)")
    }

    @Test func deepYAMLAndDuplicateKeysAreRefusedWithTheirLine() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stock = Self.sample.appendingPathComponent("buildings.gpkg").path
        let deep = try CLI.run(["simulate", stock, "--scenarios", Self.corpus.appendingPathComponent("scenarios-nested-5000.yaml").path,
                                "--climate", "cahors", "--out", dir.appendingPathComponent("a.gpkg").path])
        #expect(deep.status == 1 && deep.stderr.contains("scenarios-nested-5000.yaml:2:") && deep.stderr.contains("nesting deeper than 64 levels"),
                "\(deep.status) \(deep.stderr)")
        let twice = try CLI.run(["simulate", stock, "--scenarios", Self.sample.appendingPathComponent("scenarios.yaml").path,
                                 "--rules", Self.corpus.appendingPathComponent("rules-duplicate-key.yaml").path,
                                 "--climate", "cahors", "--out", dir.appendingPathComponent("b.gpkg").path])
        #expect(twice.status == 1 && twice.stderr.contains("rules-duplicate-key.yaml:8:5: field \"(syntax)\": key \"verdict\" given twice (lines 7 and 8)"),
                "\(twice.status) \(twice.stderr)")
    }

    static let weather = "data/weather/725650TYCST.epw"

    @Test(.enabled(if: SharedData.has(weather), "../shared/data/weather is absent"))
    func weatherFilesAreReadStrictly() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let valid = try Data(contentsOf: SharedData.url(Self.weather))
        // Lines on any line end ("\r\n" is one Character: split on it, not on "\n").
        var lines = String(decoding: valid, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map(String.init)
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 2)
        func run(_ name: String, _ data: Data) throws -> CLI.Output {
            let url = dir.appendingPathComponent(name)
            try data.write(to: url)
            return try CLI.run(["simulate", stock.path, "--scenarios", scenarios.path, "--weather", url.path,
                                "--out", dir.appendingPathComponent(name + ".gpkg").path])
        }
        // A byte-order mark is accepted.
        let bom = try run("bom.epw", Data([0xEF, 0xBB, 0xBF]) + valid)
        #expect(bom.status == 0, "\(bom.stderr)")
        // Month 6.5 on the first data row (line 9) is refused with its line and column.
        var fields = lines[8].components(separatedBy: ",")
        fields[1] = "6.5"
        lines[8] = fields.joined(separator: ",")
        let half = try run("half.epw", Data(lines.joined(separator: "\n").utf8))
        #expect(half.status == 1 && half.stderr.contains("half.epw:9:2") && half.stderr.contains("month 6.5, expected 1"),
                "\(half.stderr)")
        // A NUL byte in a number is named, not read.
        fields[1] = "1"
        fields[6] = "1\u{0}2"
        lines[8] = fields.joined(separator: ",")
        let nul = try run("nul.epw", Data(lines.joined(separator: "\n").utf8))
        #expect(nul.status == 1 && nul.stderr.contains("\"1\\u{0}2\" is not a number"), "\(nul.stderr)")
        // Latin-1 bytes are named as not UTF-8.
        let latin1 = try run("latin1.epw", Data("LOCATION,Montr\u{E9}al".utf8.map { $0 }) + Data([0xE9, 0x0A]) + valid)
        #expect(latin1.status == 1 && latin1.stderr.contains("is not UTF-8 text: byte 0xE9 on line 1"), "\(latin1.stderr)")
    }

    @Test func anEditedResultsFileWithNullOrTextIsNamedNotATrap() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 3)
        let out = dir.appendingPathComponent("r.gpkg")
        #expect(try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out)).status == 0)
        for (sql, expected) in [
            ("UPDATE results SET capex_eur = NULL", "results.capex_eur of building"),
            ("UPDATE results SET capex_eur = 'lots'", "results.capex_eur of building"),
            ("UPDATE results SET dwellings = 2.5", "results.dwellings of building"),
        ] {
            let edited = dir.appendingPathComponent("edited.gpkg")
            try? FileManager.default.removeItem(at: edited)
            try FileManager.default.copyItem(at: out, to: edited)
            try DatabaseQueue(path: edited.path).write { try $0.execute(sql: sql) }
            let rank = try CLI.run(["rank", edited.path])
            #expect(Self.endedNormally(rank.status) && rank.status != 0 && rank.stderr.contains(expected),
                    "\(sql): \(rank.status) \(rank.stderr)")
        }
    }

    @Test func aSecondWriterOfTheSameOutputIsRefusedAtOnce() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 60)
        let out = dir.appendingPathComponent("r.gpkg")
        let first = Process()
        first.executableURL = CLI.binary
        first.arguments = SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out, threads: 1)
        first.standardError = FileHandle.nullDevice
        first.standardOutput = FileHandle.nullDevice
        try first.run()
        // Wait until the first run holds the lock (its lock file names its pid).
        let lock = dir.appendingPathComponent(".r.gpkg.lock")
        for _ in 0..<200 where (try? String(contentsOf: lock, encoding: .utf8))?.contains("\(first.processIdentifier)") != true {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let start = Date()
        let second = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out) + ["--overwrite"])
        let elapsed = Date().timeIntervalSince(start)
        first.waitUntilExit()
        #expect(second.status == 1 && second.stderr.contains("is being written by another renovate (pid \(first.processIdentifier))"),
                "\(second.stderr)")
        #expect(elapsed < 1, "refused after \(elapsed) s")
        #expect(first.terminationStatus == 0)
        #expect(try SimulateFixture.exportCSV(out).split(separator: "\n").count == 1 + 60 * 4)
    }
}
