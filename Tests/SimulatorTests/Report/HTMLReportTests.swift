import BuildingModel
import Foundation
import Testing
@testable import Simulator

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses the page as XML and reads elements back with XPath (namespace-free via `local-name()`).
struct ParsedReport {
    let document: XMLDocument

    init(_ html: String) throws {
        document = try XMLDocument(data: Data(html.utf8), options: [])
    }

    func elements(_ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    /// An attribute's value. (Scans `attributes`: on Linux, `attribute(forName:)` finds nothing on elements in a
    /// default namespace.)
    static func attribute(_ e: XMLElement, _ name: String) -> String? {
        (e.attributes ?? []).first { $0.name == name || $0.localName == name }?.stringValue
    }
}

@Suite struct HTMLReportTests {
    static let demo = SyntheticReportInput.make()

    @Test func isWellFormedXHTMLWithLanguageAndTitle() throws {
        let html = try HTMLReport.render(Self.demo)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
        let page = try ParsedReport(html)
        let root = try #require(page.document.rootElement())
        #expect(root.localName == "html")
        #expect(ParsedReport.attribute(root, "lang") == "en")
        let titles = try page.elements("/*[local-name()='html']/*[local-name()='head']/*[local-name()='title']")
        #expect(titles.map { $0.stringValue } == [Self.demo.title])
        // Every SVG figure is labelled for assistive technology.
        let svgs = try page.elements("//*[local-name()='svg' and @role='img']")
        #expect(svgs.count == 3)
        for svg in svgs { #expect(ParsedReport.attribute(svg, "aria-labelledby") != nil) }
        // Self-contained: nothing is fetched.
        let withoutNamespaces = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/1999/xhtml\"", with: "")
            .replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!withoutNamespaces.contains("http://") && !withoutNamespaces.contains("https://"))
        #expect(!html.contains(" src=\""))
    }

    @Test func mapHasExactlyOnePathPerBuilding() throws {
        let page = try ParsedReport(try HTMLReport.render(Self.demo))
        let paths = try page.elements("//*[@id='map-shapes']/*[local-name()='path']")
        #expect(paths.count == Self.demo.buildings.count)
        let ids = paths.compactMap { ParsedReport.attribute($0, "data-building-id") }
        #expect(ids == Self.demo.buildings.map(\.id))
        // data-k: class before, then one letter per scenario matching the outcomes.
        var after: [String: String] = [:]
        for o in Self.demo.outcomes { after[o.buildingID + "|" + o.scenarioID] = o.classAfter.letter }
        for (path, b) in zip(paths, Self.demo.buildings) {
            let expected = b.classBefore.letter + Self.demo.scenarios.map { after[b.id + "|" + $0.id] ?? "N" }.joined()
            #expect(ParsedReport.attribute(path, "data-k") == expected)
            #expect(ParsedReport.attribute(path, "class") == "k-" + b.classBefore.letter)
        }
    }

    @Test func barChartNumbersEqualCountsFromTheInput() throws {
        let input = Self.demo
        let page = try ParsedReport(try HTMLReport.render(input))
        // Counts computed here directly from the input, independently of ReportSummary.
        var expected: [String: Int] = [:]  // "row|class" → dwellings
        for b in input.buildings { expected["before|" + b.classBefore.letter, default: 0] += b.dwellings }
        let dwellings = Dictionary(uniqueKeysWithValues: input.buildings.map { ($0.id, $0.dwellings) })
        var seen = Set<String>()
        for o in input.outcomes {
            expected[o.scenarioID + "|" + o.classAfter.letter, default: 0] += dwellings[o.buildingID] ?? 0
            seen.insert(o.buildingID + "|" + o.scenarioID)
        }
        for s in input.scenarios {
            for b in input.buildings where !seen.contains(b.id + "|" + s.id) { expected[s.id + "|N", default: 0] += b.dwellings }
        }
        let rects = try page.elements("//*[@id='class-chart']//*[local-name()='rect' and @data-class]")
        #expect(rects.count == (input.scenarios.count + 1) * 8)
        var drawn: [String: Int] = [:]
        for r in rects {
            let key = (ParsedReport.attribute(r, "data-row") ?? "?") + "|" + (ParsedReport.attribute(r, "data-class") ?? "?")
            drawn[key] = Int(ParsedReport.attribute(r, "data-dwellings") ?? "")
        }
        for (key, n) in drawn where n > 0 { #expect(expected[key] == n, "\(key)") }
        for (key, n) in expected { #expect(drawn[key] == n, "\(key)") }
        // Bars are proportional: every row has the same total width (all dwellings).
        let total = input.buildings.reduce(0) { $0 + $1.dwellings }
        var widthPerRow: [String: Double] = [:]
        for r in rects {
            widthPerRow[ParsedReport.attribute(r, "data-row") ?? "?", default: 0] += Double(ParsedReport.attribute(r, "width") ?? "") ?? .nan
        }
        for (_, w) in widthPerRow { #expect(abs(w - ReportClassChart.barWidthPx) < 0.5, "row width \(w) for \(total) dwellings") }
        // The table under the chart repeats the numbers.
        let cells = try page.elements("//*[@id='class-table']//*[local-name()='tr' and @data-row]/*[local-name()='td' and @data-class]")
        #expect(cells.count == rects.count)
    }

    @Test func scatterPointsMatchTotalsAndParetoFront() throws {
        let input = Self.demo
        let page = try ParsedReport(try HTMLReport.render(input))
        let area = Dictionary(uniqueKeysWithValues: input.buildings.map { ($0.id, $0.floorAreaM2) })
        var points: [ScenarioParetoFront.Point] = []
        for s in input.scenarios {
            let os = input.outcomes.filter { $0.scenarioID == s.id }
            let capex = os.reduce(0) { $0 + $1.capexEUR }
            let a = os.reduce(0) { $0 + (area[$1.buildingID] ?? 0) }
            let pe = os.reduce(0) { $0 + (area[$1.buildingID] ?? 0) * $1.primaryEnergyKWhPerM2Year } / a
            points.append(.init(id: s.id, costEUR: capex, primaryEnergyKWhPerM2Year: pe))
        }
        let markers = try page.elements("//*[@id='scatter']//*[@data-scenario-id]")
        #expect(markers.map { ParsedReport.attribute($0, "data-scenario-id") } == input.scenarios.map(\.id))
        let onFront = Set(points.filter { p in !points.contains { $0.dominates(p) } }.map(\.id))
        #expect(!onFront.isEmpty)
        for (m, p) in zip(markers, points) {
            #expect(Int(ParsedReport.attribute(m, "data-capex-eur") ?? "") == Int(p.costEUR.rounded()))
            let pe = try #require(Double(ParsedReport.attribute(m, "data-mean-pe") ?? ""))
            #expect(abs(pe - p.primaryEnergyKWhPerM2Year) <= 0.05 + 1e-9)
            #expect(ParsedReport.attribute(m, "data-pareto") == (onFront.contains(p.id) ? "1" : "0"))
        }
        let rows = try page.elements("//*[@id='scenario-table']//*[local-name()='tr' and @data-scenario-id]")
        #expect(rows.count == input.scenarios.count)
    }

    @Test func heritageTableListsEveryBlockedBuildingOnce() throws {
        let input = Self.demo
        let page = try ParsedReport(try HTMLReport.render(input))
        var blocked: [String] = []
        for b in input.buildings where input.outcomes.contains(where: { $0.buildingID == b.id && $0.blockedByHeritage }) {
            blocked.append(b.id)
        }
        #expect(!blocked.isEmpty)
        let rows = try page.elements("//*[@id='heritage-table']//*[local-name()='tr' and @data-building-id]")
        #expect(rows.compactMap { ParsedReport.attribute($0, "data-building-id") } == blocked)
        // A reason with markup characters comes back as text.
        let items = try page.elements("//*[@id='heritage-table']//*[local-name()='li']").map { $0.stringValue ?? "" }
        #expect(items.contains("Façade listed <\"Maison Henri-IV\"> & carved lintels"))
    }

    @Test func hostileBuildingIDIsEscaped() throws {
        let hostile = "x\"><script>alert('&')</script>\u{1}"
        var input = SyntheticReportInput.make(columns: 3, rows: 2, scenarioCount: 2)
        let old = input.buildings[0].id
        input.buildings[0].id = hostile
        for i in input.outcomes.indices where input.outcomes[i].buildingID == old {
            input.outcomes[i].buildingID = hostile
            input.outcomes[i].blockedByHeritage = true
            input.outcomes[i].blockedReasons = ["</td></tr></table><b>reason</b>"]
        }
        input.title = "Cahors <secteur> & \"quartiers\""
        let html = try HTMLReport.render(input)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>reason"))
        let page = try ParsedReport(html)
        let paths = try page.elements("//*[@id='map-shapes']/*[local-name()='path']")
        // The control character U+0001 cannot appear in XML: it is replaced by U+FFFD.
        let expectedID = "x\"><script>alert('&')</script>\u{FFFD}"
        #expect(paths.first.flatMap { ParsedReport.attribute($0, "data-building-id") } == expectedID)
        let rows = try page.elements("//*[@id='heritage-table']//*[local-name()='tr' and @data-building-id]")
        #expect(rows.first.flatMap { ParsedReport.attribute($0, "data-building-id") } == expectedID)
        let scripts = try page.elements("//*[local-name()='script']")
        #expect(scripts.count == 1)
        let h1 = try page.elements("//*[local-name()='h1']")
        #expect(h1.first?.stringValue == input.title)
    }

    @Test func sameInputGivesSameBytes() throws {
        let a = try HTMLReport.render(SyntheticReportInput.make(columns: 8, rows: 6, scenarioCount: 5))
        let b = try HTMLReport.render(SyntheticReportInput.make(columns: 8, rows: 6, scenarioCount: 5))
        #expect(a == b)
        #expect(a.utf8.count > 10_000)
    }

    /// Byte-for-byte equal to the recorded page, across processes and machines (no clock, no hash-order iteration,
    /// no locale). Re-record after an intended change with `RENOVATE_RECORD_GOLDEN=1`.
    @Test func smallReportMatchesGoldenFile() throws {
        // Kept outside the test target's folder so SwiftPM does not see an undeclared resource.
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Golden/report-small.html")
        let html = try HTMLReport.render(SyntheticReportInput.make(columns: 3, rows: 2, scenarioCount: 2))
        if ProcessInfo.processInfo.environment["RENOVATE_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(html.utf8).write(to: golden)
        }
        let recorded = try String(contentsOf: golden, encoding: .utf8)
        #expect(html == recorded, "re-record with RENOVATE_RECORD_GOLDEN=1 if the change is intended")
    }

    @Test func inconsistentInputIsRefusedWithEveryProblem() {
        var input = SyntheticReportInput.make(columns: 2, rows: 2, scenarioCount: 2)
        input.buildings.append(input.buildings[0])
        input.outcomes.append(ReportOutcome(buildingID: "nope", scenarioID: "S9", classAfter: .a, capexEUR: -1,
                                            primaryEnergyKWhPerM2Year: 10))
        input.outcomes.append(input.outcomes[0])
        #expect {
            _ = try HTMLReport.render(input)
        } throws: { error in
            guard case ReportError.invalidInput(let problems) = error else { return false }
            let text = String(describing: error)
            return problems.count == 5 && text.contains("building \"nope\"") && text.contains("\"capexEUR\": \"-1.0\"")
                && problems.contains(.duplicateBuildingID(input.buildings[0].id))
                && problems.contains(.duplicateOutcome(buildingID: input.outcomes[0].buildingID, scenarioID: "S1"))
        }
    }

    @Test func emptyStockRendersAWellFormedPage() throws {
        let input = ReportInput(title: "Empty", generatedNote: "none", buildings: [], scenarios: [], outcomes: [])
        let page = try ParsedReport(try HTMLReport.render(input))
        #expect(try page.elements("//*[@id='map-shapes']").isEmpty)
        #expect(try page.elements("//*[local-name()='h2']").count == 7)
    }

    /// Writes the 300-building demo page (synthetic data) for the screenshot script:
    /// `$RENOVATE_REPORT_DEMO` or `<tmp>/renovate-report-demo.html`.
    @Test func writesTheSyntheticDemoReport() throws {
        let path = ProcessInfo.processInfo.environment["RENOVATE_REPORT_DEMO"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("renovate-report-demo.html").path
        let url = URL(fileURLWithPath: path)
        try HTMLReport.write(Self.demo, to: url)
        let back = try String(contentsOf: url, encoding: .utf8)
        #expect(back == (try HTMLReport.render(Self.demo)))
    }

    /// The size of the page for a district of Cahors' size (2,100 buildings, 12 scenarios) stays moderate.
    @Test func fullSizeDistrictStaysSmall() throws {
        let input = SyntheticReportInput.make(columns: 50, rows: 42, scenarioCount: 12)
        let html = try HTMLReport.render(input)
        let bytes = html.utf8.count
        print("report size for \(input.buildings.count) buildings × \(input.scenarios.count) scenarios: \(bytes) bytes")
        #expect(bytes < 3_000_000)
    }
}

/// The report's heritage summary groups one rule's reason over every façade it blocks.
@Suite struct ReportHeritageSummaryTests {
    @Test func aReasonLosesItsFacadeNumber() {
        #expect(ReportHeritageTable.withoutFacade("ewi on façade 12: forbidden: seen from the street [rule r]")
                == "ewi on a façade: forbidden: seen from the street [rule r]")
        #expect(ReportHeritageTable.withoutFacade("pvc: forbidden [rule w]") == "pvc: forbidden [rule w]")
    }

    @Test func theSummaryComesBeforeTheCollapsedBuildingTable() throws {
        let html = try HTMLReport.render(SyntheticReportInput.make(columns: 6, rows: 4, scenarioCount: 3))
        let summary = try #require(html.range(of: "id=\"heritage-summary\""))
        let details = try #require(html.range(of: "<details id=\"heritage-details\">"))
        let table = try #require(html.range(of: "id=\"heritage-table\""))
        #expect(summary.lowerBound < details.lowerBound && details.lowerBound < table.lowerBound)
    }
}
