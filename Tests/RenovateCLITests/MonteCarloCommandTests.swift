import Foundation
import Simulator
import Testing
import TestSupport

/// `simulate --samples`: class probabilities per building and intervals of the dwellings in F/G, the same bytes
/// on 1 and 2 threads, and shards that merge into the whole run's totals.
@Suite struct MonteCarloCommandTests {
    static let samples = ["--samples", "60", "--seed", "4"]

    @Test func samplesAreDeterministicAndShardsMerge() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 12)
        let one = dir.appendingPathComponent("one.gpkg"), two = dir.appendingPathComponent("two.gpkg")
        let r1 = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: one, threads: 1) + Self.samples)
        #expect(r1.status == 0, "\(r1.stderr)")
        #expect(r1.stderr.contains("Monte Carlo: 60 samples, no real label in the stock: the unknown attributes alone"))
        let r2 = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: two, threads: 2) + Self.samples)
        #expect(r2.status == 0, "\(r2.stderr)")
        let intervals = try SimulateFixture.exportCSV(one, table: "district_intervals")
        #expect(intervals == (try SimulateFixture.exportCSV(two, table: "district_intervals")))
        let samplesCSV = try SimulateFixture.exportCSV(one, table: "district_samples")
        #expect(samplesCSV == (try SimulateFixture.exportCSV(two, table: "district_samples")))
        #expect(samplesCSV.split(separator: "\n").count == 1 + 4 * 60)
        // Every interval holds its median.
        for line in intervals.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").dropFirst(2).compactMap { Double($0) }
            #expect(f.count == 6 && f[1] <= f[0] && f[0] <= f[2] && f[4] <= f[3] && f[3] <= f[5], "\(line)")
        }
        // p_a…p_g per building add up to 1.
        let buildings = try ResultsGeoPackage.buildings(in: one)
        #expect(buildings.count == 12)
        for b in buildings {
            let p = try #require(b.classProbabilities, "\(b.id)")
            #expect(abs(p.reduce(0, +) - 1) < 1e-9)
        }

        let shards = dir.appendingPathComponent("shards")
        for k in 1...2 {
            let out = shards.appendingPathComponent("shard-\(k)-of-2.gpkg")
            let r = try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out)
                                + Self.samples + ["--shard", "\(k)/2"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let merged = shards.appendingPathComponent("results.gpkg")
        let m = try CLI.run(["merge", shards.path, "--out", merged.path])
        #expect(m.status == 0, "\(m.stderr)")
        #expect(try SimulateFixture.exportCSV(merged, table: "district_samples") == samplesCSV)
        #expect(try SimulateFixture.exportCSV(merged, table: "district_intervals") == intervals)
        let mergedBuildings = try ResultsGeoPackage.buildings(in: merged).sorted { $0.id < $1.id }
        #expect(mergedBuildings.map(\.classProbabilities) == buildings.sorted { $0.id < $1.id }.map(\.classProbabilities))
    }

    @Test func withoutSamplesTheTablesAreAbsentAndSaidSo() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, scenarios) = try SimulateFixture.write(into: dir, buildings: 3)
        let out = dir.appendingPathComponent("r.gpkg")
        #expect(try CLI.run(SimulateFixture.simulateArguments(stock: stock, scenarios: scenarios, out: out)).status == 0)
        let e = try CLI.run(["export", out.path, "--table", "district_intervals"])
        #expect(e.status != 0 && e.stderr.contains("it comes with simulate --samples"))
        #expect(try ResultsGeoPackage.buildings(in: out).allSatisfy { $0.classProbabilities == nil })
    }
}
