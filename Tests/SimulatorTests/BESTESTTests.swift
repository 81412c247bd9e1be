import Foundation
import Testing
import TestSupport
@testable import Simulator

/// ASHRAE 140-2020 with 725650TYCST.epw. Asserts every reference range we meet (so a regression fails) and the
/// Annex A3 acceptance ranges of the annual loads (the 900 peak cooling, which is missed, is documented in
/// docs/validation.md).
@Suite(.enabled(if: SharedData.isAvailable, "../shared is absent"))
struct BESTESTTests {
    static let rows: [BESTESTValidation.Row] = {
        let climate = try! EPWReader.read(url: SharedData.url("data/weather/725650TYCST.epw"))
        let ref = try! BESTESTReference.read(url: SharedData.url("data/bestest/ashrae140_600_900_reference.csv"))
        return try! BESTESTValidation.run(climate: climate, reference: ref,
                                          cases: [.case600, .case900, .case600FF, .case900FF])
    }()

    static func row(_ c: String, _ metric: String) -> BESTESTValidation.Row {
        rows.first { $0.caseName == c && $0.metric == metric }!
    }

    @Test(arguments: [
        ("600", "annual_heating"), ("600", "annual_sensible_cooling"), ("600", "peak_heating_hourly_integrated"),
        ("600", "peak_sensible_cooling_hourly_integrated"),
        ("900", "annual_heating"), ("900", "annual_sensible_cooling"), ("900", "peak_heating_hourly_integrated"),
        ("600FF", "max_hourly_zone_temp"), ("600FF", "min_hourly_zone_temp"), ("600FF", "mean_zone_temp"),
        ("900FF", "max_hourly_zone_temp"), ("900FF", "min_hourly_zone_temp"), ("900FF", "mean_zone_temp"),
    ])
    func insideReferenceRange(_ c: String, _ metric: String) throws {
        let r = Self.row(c, metric)
        let ref = try #require(r.reference)
        #expect(ref.contains(r.value), "\(c) \(metric): \(r.value) outside [\(ref.min), \(ref.max)]")
    }

    /// Annex A3 acceptance (annual heating and cooling only): all four met; 900 cooling (2.362 MWh) is the thinnest,
    /// 0.5 % above the A3 lower limit 2.35 (it was 0.8 % below before the walls' sky/air split).
    @Test(arguments: [("600", "annual_heating"), ("600", "annual_sensible_cooling"), ("900", "annual_heating"),
                      ("900", "annual_sensible_cooling")])
    func annualLoadsInsideAnnexA3Acceptance(_ c: String, _ metric: String) throws {
        let r = Self.row(c, metric)
        let acc = try #require(r.acceptance)
        #expect(acc.contains(r.value), "\(c) \(metric) \(r.value) outside acceptance [\(acc.min), \(acc.max)]")
    }

    @Test func heavyCaseNeedsLessThanLightCase() {
        #expect(Self.row("900", "annual_heating").value < Self.row("600", "annual_heating").value)
        #expect(Self.row("900FF", "max_hourly_zone_temp").value < Self.row("600FF", "max_hourly_zone_temp").value)
    }

    @Test func referenceCSVErrorsNameTheLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-ref-\(UUID().uuidString).csv")
        try "edition,case,metric,unit,min,max,mean\n140-2020,600,x,MWh,abc,1,1\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try BESTESTReference.read(url: url) } throws: { "\($0)".contains(":2:") }
    }
}
