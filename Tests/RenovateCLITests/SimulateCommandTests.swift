import BuildingModel
import Foundation
import GRDB
import Simulator
import Testing
import TestSupport

/// `renovate simulate` and `export` on a small subset of the sample (40 buildings × 4 scenarios).
@Suite struct SimulateCommandTests {
    @Test func oneAndTwoThreadsGiveTheSameBytesAndAValidGeoPackage() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir)
        let one = dir.appendingPathComponent("one.gpkg"), two = dir.appendingPathComponent("two.gpkg")
        let r1 = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: one, threads: 1))
        #expect(r1.status == 0, "\(r1.stderr)")
        let r2 = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: two, threads: 2))
        #expect(r2.status == 0, "\(r2.stderr)")
        let csv1 = try SimulateFixture.exportCSV(one)
        #expect(csv1 == (try SimulateFixture.exportCSV(two)))
        #expect(csv1.split(separator: "\n").count == 1 + 40 * 4)
        #expect(try SimulateFixture.exportCSV(one, table: "district_summary")
                == SimulateFixture.exportCSV(two, table: "district_summary"))
        // Not a TTY: plain progress lines, then the summary on stdout.
        #expect(r1.stderr.contains("160/160 pairs (100.0%)"))
        #expect(r1.stdout.contains("160 results, 0 failed pairs"))
        // The store beside the output is gone once the GeoPackage is written.
        #expect(!FileManager.default.fileExists(atPath: one.path + ".run.sqlite"))
        // An existing output is refused without --overwrite or --resume.
        let again = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: one))
        #expect(again.status == 1)
        #expect(again.stderr.contains("pass --overwrite"))
    }

    @Test(.enabled(if: ExternalTools.gdalAvailable, "GDAL tools (ogrinfo, validate_gpkg.py) are absent"))
    func resultsGeoPackageOpensCleanlyInGDAL() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 12)
        let out = dir.appendingPathComponent("r.gpkg")
        let run = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out))
        #expect(run.status == 0, "\(run.stderr)")
        let check = try ExternalTools.checkGeoPackage(out.path)
        #expect(!check.ogrinfo.contains("Warning"), "\(check.ogrinfo)")
        #expect(!check.ogrinfo.contains("ERROR"), "\(check.ogrinfo)")
        for layer in ["buildings", "results", "failures", "rejected_buildings", "district_summary", "scenarios", "run"] {
            #expect(check.ogrinfo.contains("Layer name: \(layer)"), "layer \(layer)")
        }
        #expect(check.ogrinfo.contains("Geometry: Polygon"))
        #expect(check.validatorStatus == 0, "\(check.validator)")
    }

    @Test func killedRunResumesToTheUninterruptedResult() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 400)
        let whole = dir.appendingPathComponent("whole.gpkg"), killed = dir.appendingPathComponent("killed.gpkg")
        let w = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: whole))
        #expect(w.status == 0, "\(w.stderr)")

        let args = SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: killed) + ["--chunk-size", "1"]
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let storePath = killed.path + ".run.sqlite"
        var rows = 0
        let deadline = Date().addingTimeInterval(120)
        while p.isRunning && Date() < deadline {
            if FileManager.default.fileExists(atPath: storePath),
               let n = try? ResultsStore.open(path: storePath).resultCount() {
                rows = n
                if n >= 20 { break }
            }
            Thread.sleep(forTimeInterval: 0.005)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal, "the run finished before it could be killed")
        #expect(rows >= 20 && rows < 1600, "killed with \(rows) stored pairs")
        #expect(!FileManager.default.fileExists(atPath: killed.path), "no output before the run ends")

        let resumed = try CLI.run(args + ["--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try SimulateFixture.exportCSV(killed) == SimulateFixture.exportCSV(whole))
    }

    @Test func resumeWithAChangedScenarioFileIsRefused() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 10)
        let out = dir.appendingPathComponent("r.gpkg")
        #expect(try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out)).status == 0)
        try (try String(contentsOf: scenarios, encoding: .utf8) + "# edited\n").write(to: scenarios, atomically: true, encoding: .utf8)
        let resumed = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out) + ["--resume"])
        #expect(resumed.status == 1)
        #expect(resumed.stderr.contains("refusing to resume"))
        #expect(resumed.stderr.contains("input \"scenarios\" changed"))
    }

    /// Provenance: the run records the tool version (VERSION and the source's commit) and the rules and catalogue
    /// actually used, bundled or given; resuming with other rules is refused even when the bundled rules were used.
    @Test func theRunRecordsItsVersionAndRulesAndRefusesOtherRules() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 10)
        let out = dir.appendingPathComponent("r.gpkg")
        #expect(try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out)).status == 0)
        let release = try String(contentsOf: SharedData.repositoryRoot.appendingPathComponent("VERSION"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let row = try #require(try DatabaseQueue(path: out.path).read { db in
            try Row.fetchOne(db, sql: "SELECT tool_version, inputs_json, options_json FROM run")
        })
        let fields: [String] = [row[0], row[1], row[2]]
        #expect(fields[0] == release || fields[0].hasPrefix(release + "+"), "tool_version \(fields[0])")
        #expect(fields[1].contains("\"name\":\"rules\"") && fields[1].contains("\"name\":\"catalogue\""), "\(fields[1])")
        #expect(fields[2].contains("\"need-model-version\""))
        let version = try CLI.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == fields[0])

        let rules = dir.appendingPathComponent("rules.yaml")
        try """
            schema: renovate-heritage-rules/1
            name: stricter
            version: "1"
            extends: default
            rules:
              - id: attic-forbidden
                measure: attic-floor-insulation
                verdict: forbidden
                reason: a test rule
                source: test
            """.write(to: rules, atomically: true, encoding: .utf8)
        let resumed = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out)
                                  + ["--rules", rules.path, "--resume"])
        #expect(resumed.status == 1 && resumed.stderr.contains("input \"rules\" changed"), "\(resumed.stderr)")
    }

    /// `--exposure urban` takes the sheltered façades' films (less loss than the default rated R_se 0.04), and a run
    /// cannot be resumed under another exposure.
    @Test func exposureIsARunOptionThatMovesTheNeeds() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 10)
        let urban = dir.appendingPathComponent("urban.gpkg"), rated = dir.appendingPathComponent("rated.gpkg")
        #expect(try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: rated)).status == 0)
        let r = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: urban) + ["--exposure", "urban"])
        #expect(r.status == 0, "\(r.stderr)")
        func totalHeating(_ file: URL) throws -> Double {
            let rows = try SimulateFixture.exportCSV(file).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            let column = try #require(rows.first?.firstIndex(of: "heating_need_kwh"))
            return rows.dropFirst().reduce(0) { $0 + (Double($1[column]) ?? 0) }
        }
        let needUrban = try totalHeating(urban), needRated = try totalHeating(rated)
        #expect(needUrban > 0 && needRated > needUrban)
        let resumed = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: rated)
                                  + ["--resume", "--exposure", "urban"])
        #expect(resumed.status == 1)
        #expect(resumed.stderr.contains("option exposure is \"urban\", the run was started with \"rated\""))
    }

    @Test func shardsMergedEqualTheWholeRun() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir)
        let whole = dir.appendingPathComponent("whole.gpkg")
        #expect(try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: whole)).status == 0)
        let shards = dir.appendingPathComponent("shards")
        for k in 1...3 {
            let out = shards.appendingPathComponent("shard-\(k)-of-3.gpkg")
            let r = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out) + ["--shard", "\(k)/3"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        // A missing shard is named and refused.
        let partial = try CLI.run(["merge", shards.appendingPathComponent("shard-1-of-3.gpkg").path,
                                   shards.appendingPathComponent("shard-3-of-3.gpkg").path,
                                   "--out", dir.appendingPathComponent("partial.gpkg").path])
        #expect(partial.status == 1)
        #expect(partial.stderr.contains("shard 2/3: missing") && partial.stderr.contains("re-run only the shards listed above (2 of 3)"),
                "\(partial.stderr)")

        let merged = shards.appendingPathComponent("results.gpkg")
        let m = try CLI.run(["merge", shards.path, "--out", merged.path])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(try SimulateFixture.exportCSV(merged) == SimulateFixture.exportCSV(whole))
        #expect(try SimulateFixture.exportCSV(merged, table: "district_summary")
                == SimulateFixture.exportCSV(whole, table: "district_summary"))
        #expect(try ResultsGeoPackage.buildings(in: merged) == ResultsGeoPackage.buildings(in: whole))
        // The heritage map (the sample's SPR, seven monuments and their 500 m) travels with the results.
        let heritage = try ResultsGeoPackage.heritageMap(in: whole)
        #expect(heritage.perimeters.count == 8 && heritage.monuments.count == 7)
        #expect(try ResultsGeoPackage.heritageMap(in: merged) == heritage)
        // Merging again with the merged file in the directory skips it (the --out file) and needs --overwrite.
        let again = try CLI.run(["merge", shards.path, "--out", merged.path, "--overwrite"])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test func aCorruptedBuildingIsReportedAndTheOthersAreSimulated() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stock = try SimulateFixture.stock(10)
        var json = try JSONSerialization.jsonObject(with: try StockWriter.geoJSON(stock)) as! [String: Any]
        var features = json["features"] as! [[String: Any]]
        var props = features[3]["properties"] as! [String: Any]
        let badID = stock.buildings[3].id
        props["height_m"] = "tall"
        props.removeValue(forKey: "storeys")
        features[3]["properties"] = props
        json["features"] = features
        let stockURL = dir.appendingPathComponent("stock.geojson")
        try JSONSerialization.data(withJSONObject: json).write(to: stockURL)
        let scenarios = dir.appendingPathComponent("scenarios.yaml")
        try SimulateFixture.scenarioSubset().write(to: scenarios, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("r.gpkg")
        let run = try CLI.run(SimulateFixture.simulateArguments(stock: stockURL, scenarios: scenarios, out: out))
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains(badID))
        #expect(run.stderr.contains("rejected_buildings"))
        let csv = try SimulateFixture.exportCSV(out)
        #expect(csv.split(separator: "\n").count == 1 + 9 * 4)
        #expect(!csv.contains(badID))
        let store = try ResultsStore.open(path: out.path)
        #expect(try ResultsGeoPackage.rejected(in: store).map(\.id) == [badID])
    }
}

@Suite struct SimulateProgressTests {
    /// Under a pseudo-terminal (util-linux `script`), stderr is a TTY: the bar is redrawn in place.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux script is absent"))
    func aTerminalGetsTheBar() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 10)
        let out = dir.appendingPathComponent("r.gpkg")
        let command = ([CLI.binary.path] + SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out))
            .map { "'\($0)'" }.joined(separator: " ") + " >/dev/null"
        let run = try ExternalTools.run("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("\r[########################]  40/40  100.0%"), "\(run.output)")
        #expect(!run.output.contains("40/40 pairs (100.0%)"), "no plain lines on a terminal")
    }
}

@Suite struct MergeRefusalTests {
    @Test func shardsOfDifferentInputsAreRefused() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 10)
        let shards = dir.appendingPathComponent("shards")
        let first = shards.appendingPathComponent("shard-1-of-2.gpkg")
        #expect(try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: first)
                            + ["--shard", "1/2"]).status == 0)
        try (try String(contentsOf: scenarios, encoding: .utf8) + "# edited\n").write(to: scenarios, atomically: true, encoding: .utf8)
        let second = shards.appendingPathComponent("shard-2-of-2.gpkg")
        #expect(try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: second)
                            + ["--shard", "2/2"]).status == 0)
        let merged = try CLI.run(["merge", shards.path, "--out", dir.appendingPathComponent("m.gpkg").path])
        #expect(merged.status == 1)
        #expect(merged.stderr.contains("not the same run") && merged.stderr.contains("input \"scenarios\" changed"),
                "\(merged.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("m.gpkg").path))
    }
}
