import Foundation
import Testing
import TestSupport

/// `renovate calibrate` through the binary on the real Paris BDNB extract (616 buildings, 334 residential with a
/// real DPE label of the 2012 method).
@Suite("renovate calibrate")
struct CalibrateCommandTests {
    static let paris = "data/stock/paris/bdnb_paris_bastille_west.geojson"
    static var hasParis: Bool { SharedData.has(paris) }

    struct Agreement: Decodable {
        var count: Int
        var exactShare: Double
        var withinOneShare: Double
        var meanSignedError: Double
        var confusion: [[Int]]
    }
    struct Interval: Decodable { var median: Double; var low5: Double; var high95: Double }
    struct FG: Decodable { var real: Int; var heldOut: Interval; var withoutLabels: Int }
    struct Report: Decodable {
        var labelled: Int
        var scales: [String: Int]
        var heldOut: Agreement
        var withoutLabels: Agreement
        var dwellingsInFG: FG
    }

    /// Floors: what the calibration reached when this test was written (docs/validation.md, "Real labels"),
    /// below the targets (60 % identical, 90 % within one), which it does not meet; a change that loses
    /// agreement fails here.
    @Test("Paris, half the labels hidden both ways: agreement, bias and the F/G interval; the same bytes on 1 and 2 threads",
          .enabled(if: hasParis, "../shared/data/stock/paris is absent"))
    func parisCrossValidation() throws {
        let args = ["calibrate", SharedData.url(Self.paris).path, "--validate", "--dpe-zone", "h1a", "--format", "json",
                    "--seed", "1"]
        let one = try CLI.run(args + ["--threads", "1"])
        #expect(one.status == 0, "\(one.stderr)")
        let two = try CLI.run(args + ["--threads", "2"])
        #expect(two.stdout == one.stdout, "the report depends on the thread count")
        let r = try JSONDecoder().decode(Report.self, from: Data(one.stdout.utf8))
        #expect(r.labelled == 334 && r.scales == ["2012": 334])
        #expect(r.heldOut.count == 334 && r.heldOut.confusion.joined().reduce(0, +) == 334)
        #expect(r.heldOut.exactShare >= 0.33, "class identical \(r.heldOut.exactShare)")
        #expect(r.heldOut.withinOneShare >= 0.79, "within one class \(r.heldOut.withinOneShare)")
        #expect(abs(r.heldOut.meanSignedError) <= 0.15, "mean signed error \(r.heldOut.meanSignedError)")
        let fg = r.dwellingsInFG
        #expect(Double(fg.real) >= fg.heldOut.low5 && Double(fg.real) <= fg.heldOut.high95,
                "real \(fg.real) outside \(fg.heldOut.low5)–\(fg.heldOut.high95)")
        #expect(one.stderr.contains("real DPE labels: 376 buildings (376 of the 2012 method"))
        #expect(one.stderr.contains("dwellings: 11,079"))
    }

    @Test("Predictions: one row per residential building, probabilities that add up to 1",
          .enabled(if: hasParis, "../shared/data/stock/paris is absent"))
    func predictionsCSV() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("calibrate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("p.csv").path
        let out = try CLI.run(["calibrate", SharedData.url(Self.paris).path, "--predictions", csv, "--dpe-zone", "h1a",
                               "--samples", "100"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        #expect(header.starts(with: ["id", "group_id", "dwellings", "observed_class"]))
        let pa = try #require(header.firstIndex(of: "p_a"))
        #expect(lines.count > 300)
        for line in lines.dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            let sum = (pa..<(pa + 7)).reduce(0.0) { $0 + (Double(f[$1]) ?? .nan) }
            #expect(abs(sum - 1) < 0.01, "\(line)")
        }
        #expect(out.stderr.contains("dwellings in F/G at 2026-01-01: median"))
        // A second run does not overwrite the file.
        let again = try CLI.run(["calibrate", SharedData.url(Self.paris).path, "--predictions", csv])
        #expect(again.status != 0 && again.stderr.contains("already exists"))
    }

    @Test("Bad options are named")
    func badOptions() throws {
        let out = try CLI.run(["calibrate", "nowhere.geojson", "--validate"])
        #expect(out.status != 0 && out.stderr.contains("nowhere.geojson: no such file"))
        let zone = try CLI.run(["calibrate", "nowhere.geojson", "--validate", "--dpe-zone", "h9"])
        #expect(zone.status != 0 && zone.stderr.contains("--dpe-zone \"h9\""))
    }
}
