import Foundation
import Testing
import TestSupport

/// `renovate covisibility` on 40 buildings of the sample with its monuments: one line per monument and a total in
/// text; in CSV one row per (building, monument) within 500 m whose verdicts add up to the text's counts.
@Suite struct CoVisibilityCommandTests {
    @Test func textAndCSVAgree() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (stock, _) = try SimulateFixture.write(into: dir)
        let heritage = SimulateFixture.sample.appendingPathComponent("heritage.geojson").path
        let text = try CLI.run(["covisibility", stock.path, "--heritage", heritage, "--threads", "1"])
        #expect(text.status == 0, "\(text.stderr)")
        let total = try #require(text.stdout.split(separator: "\n").last.map(String.init))
        let m = try #require(total.firstMatch(of: /(\d+) of (\d+) \(building, monument\) pairs/))
        let csv = try CLI.run(["covisibility", stock.path, "--heritage", heritage, "--format", "csv", "--threads", "2"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == Int(m.2)!, "one row per pair within 500 m")
        #expect(rows.filter { $0.contains(",visible-from-monument,") || $0.contains(",visible-together,") }.count == Int(m.1)!)
        #expect(rows.allSatisfy { $0.contains(",not-co-visible,") ? $0.contains("no sight line") : $0.contains("seen ") })
        // Without monuments there is nothing to decide.
        let none = try CLI.run(["covisibility", stock.path])
        #expect(none.status != 0 && none.stderr.contains("--heritage"))
    }
}
