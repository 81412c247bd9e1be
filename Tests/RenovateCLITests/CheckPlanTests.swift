import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// `renovate check --format svg|html`: a plan whose façade numbers and colours are those of the JSON report.
/// The SVG is checked as XML and against the JSON; the page (for CAH-0016 and a Périgueux building) is rendered in
/// headless Chromium where it is installed (scripts/test.sh installs it): no console message, every façade drawn,
/// not blank.
@Suite struct CheckPlanTests {
    static let sample = SharedData.repositoryRoot.appendingPathComponent("samples/cahors")

    static func check(_ stock: String, building: String, heritage: [String] = [], rules: String? = nil,
                      _ extra: [String]) throws -> CLI.Output {
        try CLI.run(["check", stock, "--building", building] + heritage.flatMap { ["--heritage", $0] }
                    + (rules.map { ["--rules", $0] } ?? []) + extra)
    }

    /// Every façade of the JSON is in the SVG with the JSON's verdict for the measure, and the SVG is XML.
    static func planAgreesWithJSON(_ stock: String, building: String, heritage: [String] = [], rules: String? = nil) throws {
        let json = try check(stock, building: building, heritage: heritage, rules: rules, ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let verdicts = try #require(report["verdicts"] as? [[String: Any]])
        let measure = "external-wall-insulation"
        let svg = try check(stock, building: building, heritage: heritage, rules: rules, ["--format", "svg", "--measure", measure])
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(XMLParser(data: Data(svg.stdout.utf8)).parse(), "the SVG is not well-formed XML")
        let facadeVerdicts = verdicts.filter { $0["measure"] as? String == measure }
        #expect(!facadeVerdicts.isEmpty)
        for v in facadeVerdicts {
            let index = try #require(v["facadeIndex"] as? Int), verdict = try #require(v["verdict"] as? String)
            #expect(svg.stdout.contains("<g id=\"facade-\(index)\" class=\"facade\" data-verdict=\"\(verdict)\">"),
                    "façade #\(index) (\(verdict)) is not in the plan")
        }
        for part in ["class=\"north\"", "class=\"scale-bar\"", "class=\"building\"", "class=\"legend\""] {
            #expect(svg.stdout.contains(part), "\(part) missing")
        }
        let html = try check(stock, building: building, heritage: heritage, rules: rules, ["--format", "html"])
        #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>"))
        let facadeMeasures = ["external-wall-insulation", "internal-wall-insulation", "window-replacement-pvc", "window-replacement-wood",
                              "secondary-glazing", "shutters", "heat-pump-outdoor-unit", "boiler-flue"]
        #expect(html.stdout.components(separatedBy: "<svg ").count - 1 >= 8, "one plan per façade-bound measure")
        for m in facadeMeasures where verdicts.contains(where: { $0["measure"] as? String == m && $0["facadeIndex"] is Int }) {
            #expect(html.stdout.contains("data-measure=\"\(m)\""), "no plan for \(m)")
        }
        #expect(html.stdout.contains("@page { size: A4"))
        if HeadlessChromium.isInstalled {
            try renderedInChromium(html.stdout, facades: facadeVerdicts.compactMap { $0["facadeIndex"] as? Int })
        }
    }

    /// The page in headless Chromium: no console message, every façade of the JSON drawn (an element
    /// `#facade-N` with a non-empty box in each plan), a screenshot that is not blank.
    static func renderedInChromium(_ html: String, facades: [Int]) throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("plan.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let r = try HeadlessChromium.probe(page, width: 760, height: 1000, script: """
            var drawn = {};
            d.querySelectorAll('g.facade').forEach(function (g) {
              var b = g.getBoundingClientRect(); if (b.width > 0 || b.height > 0) { drawn[g.id] = true; }
            });
            return { drawn: Object.keys(drawn) };
            """)
        #expect(r.consoleMessages.isEmpty, "console: \(r.consoleMessages)")
        let drawn = Set(r.json["drawn"] as? [String] ?? [])
        for i in facades { #expect(drawn.contains("facade-\(i)"), "façade #\(i) is not drawn") }
        let png = dir.appendingPathComponent("plan.png")
        try HeadlessChromium.screenshot(page, width: 760, height: 1000, to: png)
        let bytes = try FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int ?? 0
        #expect(bytes > 30_000, "\(bytes) bytes: a blank page?")
    }

    @Test func sampleBuildingPlan() throws {
        try Self.planAgreesWithJSON(Self.sample.appendingPathComponent("buildings.gpkg").path, building: "CAH-0016",
                                    heritage: [Self.sample.appendingPathComponent("heritage.geojson").path],
                                    rules: Self.sample.appendingPathComponent("rules.yaml").path)
        let svg = try Self.check(Self.sample.appendingPathComponent("buildings.gpkg").path, building: "CAH-0016",
                                 heritage: [Self.sample.appendingPathComponent("heritage.geojson").path], ["--format", "svg"])
        #expect(svg.stdout.contains("class=\"zone\""), "the secteur sauvegardé is drawn")
        #expect(svg.stdout.contains("class=\"facade party-wall\""), "party walls are drawn as such")
    }

    /// The page rendered by headless Chromium (`scripts/screenshot-report.sh`) is an image of the window's size
    /// that is not blank: a white page compresses to a few kilobytes, the plan to tens.
    @Test(.enabled(if: HeadlessChromium.isInstalled, "chromium is not installed (apt-get install chromium)"))
    func headlessChromiumRendersThePlan() throws {
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try Self.check(Self.sample.appendingPathComponent("buildings.gpkg").path, building: "CAH-0016",
                                 heritage: [Self.sample.appendingPathComponent("heritage.geojson").path],
                                 ["--format", "html", "--measure", "internal-wall-insulation"])
        let html = dir.appendingPathComponent("plan.html"), png = dir.appendingPathComponent("plan.png")
        try out.stdout.write(to: html, atomically: true, encoding: .utf8)
        let shot = try ExternalTools.run("/bin/bash", [SharedData.repositoryRoot.appendingPathComponent("scripts/screenshot-report.sh").path,
                                                       html.path, png.path, "760,1000"])
        #expect(shot.status == 0, "\(shot.output)")
        let size = try HeadlessChromium.pngSize(png)
        #expect(size.width == 760 && size.height == 1000)
        let bytes = try Data(contentsOf: png).count
        #expect(bytes > 30_000, "\(bytes) bytes: a blank page?")
    }

    static let perigueux = "data/stock/perigueux/bdnb_batiment_construction_perigueux_centre.geojson"

    @Test(.enabled(if: SharedData.has(perigueux), "../shared/data/stock/perigueux is absent"))
    func perigueuxBuildingPlan() throws {
        let stock = SharedData.url(Self.perigueux).path
        // The first terraced building of the file (over a third of its perimeter on party walls).
        let dir = SimulateFixture.directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("f.csv")
        #expect(try CLI.run(["facades", stock, "--out", csv.path, "--level", "building"]).status == 0)
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let share = try #require(rows.first?.firstIndex(of: "party_wall_length_share"))
        let id = try #require(rows.dropFirst().first { (Double($0[share]) ?? 0) > 0.33 }?.first)
        try Self.planAgreesWithJSON(stock, building: id)
    }
}
