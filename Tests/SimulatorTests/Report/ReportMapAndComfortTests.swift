import BuildingModel
import Foundation
import Testing
@testable import Simulator

/// The report's heritage overlay, its top-storey comfort section and the capex per dwelling, from a synthetic
/// input whose figures are known.
@Suite struct ReportMapAndComfortTests {
    static func square(_ x: Double, _ y: Double, _ side: Double) -> Polygon {
        Polygon(exterior: [Point2D(x: x, y: y), Point2D(x: x + side, y: y), Point2D(x: x + side, y: y + side),
                           Point2D(x: x, y: y + side), Point2D(x: x, y: y)])
    }

    static func input() -> ReportInput {
        var input = SyntheticReportInput.make(columns: 4, rows: 3, scenarioCount: 2)
        let b0 = input.buildings[0].footprint.exterior[0]
        input.heritage = HeritageMap(
            perimeters: [
                HeritagePerimeter(kind: .zone, name: "SPR <test>", protection: "PSMV",
                                  polygons: [Self.square(b0.x - 10, b0.y - 10, 80)]),
                HeritagePerimeter(kind: .surroundingsRadius, name: "500 m around X", protection: "classé",
                                  polygons: [Self.square(b0.x - 500, b0.y - 500, 1000)]),
            ],
            monuments: [HeritageMonumentMark(name: "X & Y", protection: "classé", point: Point2D(x: b0.x + 5, y: b0.y + 5))])
        // Top storeys: building i has 100·i hours and 10·i K·h in scenario S1, nothing in S2.
        for i in input.outcomes.indices where input.outcomes[i].scenarioID == "S1" {
            let b = input.buildings.firstIndex { $0.id == input.outcomes[i].buildingID }!
            input.outcomes[i].topStoreyOverheatingHours = 100 * b
            input.outcomes[i].topStoreyOverheatingDegreeHoursKh = 10 * Double(b)
        }
        return input
    }

    @Test func perimetersAndMonumentsAreDrawnWithTheirNamesAndLegend() throws {
        let page = try ParsedReport(try HTMLReport.render(Self.input()))
        let outlines = try page.elements("//*[@id='map-heritage']/*[local-name()='path']")
        #expect(outlines.map { ParsedReport.attribute($0, "class") } == ["per per-abords-500m", "per per-spr"],
                "the widest perimeter first")
        #expect(outlines.last?.stringValue == "SPR <test> (Site Patrimonial Remarquable, PSMV)")
        let marks = try page.elements("//*[@id='map-heritage']/*[local-name()='circle']")
        #expect(marks.count == 1 && marks[0].stringValue == "X & Y (monument historique classé)")
        let legend = try page.elements("//*[@id='map-section']//*[local-name()='li']").map { $0.stringValue ?? "" }
        #expect(legend.contains { $0.contains("Site Patrimonial Remarquable") })
        #expect(legend.contains { $0.contains("500 m around a monument") })
        #expect(legend.contains { $0.contains("Listed monument") })
        #expect(!legend.contains { $0.contains("PDA") }, "no PDA in the input, none in the legend")
        #expect(try page.elements("//*[@id='show-heritage']").count == 1)
    }

    @Test func withoutHeritageThereIsNoOverlayNorToggle() throws {
        var input = Self.input()
        input.heritage = HeritageMap()
        let page = try ParsedReport(try HTMLReport.render(input))
        #expect(try page.elements("//*[@id='map-heritage']").isEmpty)
        #expect(try page.elements("//*[@id='show-heritage']").isEmpty)
    }

    @Test func topStoreyFiguresAreTheMeanAndNinetiethPercentile() throws {
        let input = Self.input()
        let summary = try ReportSummary(input)
        let n = input.buildings.count
        let t = try #require(summary.scenarios[0].topStoreys)
        #expect(t.buildings == n)
        #expect(abs(t.meanHours - 100 * Double(n - 1) / 2) < 1e-9)
        // Nearest rank: the ⌈0.9·n⌉-th smallest of 0, 100, …, 100·(n−1).
        #expect(t.p90Hours == 100 * (Int((0.9 * Double(n)).rounded(.up)) - 1))
        #expect(abs(t.meanDegreeHoursKh - 10 * Double(n - 1) / 2) < 1e-9)
        #expect(summary.scenarios[1].topStoreys == nil)
        let page = try ParsedReport(try HTMLReport.render(input))
        let rows = try page.elements("//*[@id='comfort-table']//*[local-name()='tbody']/*[local-name()='tr']")
        #expect(rows.count == 2)
        let firstCells = try #require(rows.first).elements(forName: "td").map { $0.stringValue ?? "" }
        #expect(firstCells.contains(ReportFormat.integer(t.p90Hours)))
        #expect(rows.last?.elements(forName: "td").dropFirst(2).allSatisfy { $0.stringValue == "n/a" } == true)
    }

    @Test func capexPerDwellingDividesTheTotalByTheDwellings() throws {
        let input = Self.input()
        let summary = try ReportSummary(input)
        for f in summary.scenarios {
            let ids = Set(input.outcomes.filter { $0.scenarioID == f.scenario.id }.map(\.buildingID))
            let dwellings = input.buildings.filter { ids.contains($0.id) }.reduce(0) { $0 + $1.dwellings }
            let capex = input.outcomes.filter { $0.scenarioID == f.scenario.id }.reduce(0) { $0 + $1.capexEUR }
            #expect(f.capexPerDwellingEUR.map { abs($0 - capex / Double(dwellings)) < 1e-6 } == true)
        }
    }

    @Test func aNegativeOverheatingFigureIsRefused() {
        var input = Self.input()
        input.outcomes[0].topStoreyOverheatingHours = -1
        #expect(throws: ReportError.self) { try HTMLReport.render(input) }
    }
}

/// `report --lang fr`: the page's own words from the French table, French numbers, the same structure.
@Suite struct ReportInFrenchTests {
    @Test func thePageSpeaksFrenchWithFrenchNumbers() throws {
        var input = ReportMapAndComfortTests.input()
        let english = try HTMLReport.render(input)
        input.language = .fr
        let html = try HTMLReport.render(input)
        let page = try ParsedReport(html)
        #expect(html.contains("lang=\"fr\""))
        #expect(try page.elements("//*[local-name()='h2']").map { $0.stringValue ?? "" }.contains("Synthèse du quartier"))
        #expect(html.contains("Logements sortant de F/G") && html.contains("Front de Pareto") && html.contains("Avant travaux"))
        // The same elements as in English: one path per building, the same tables.
        let en = try ParsedReport(english)
        #expect(try page.elements("//*[@data-building-id]").count == en.elements("//*[@data-building-id]").count)
        #expect(try page.elements("//*[local-name()='table']").count == en.elements("//*[local-name()='table']").count)
        // No English left in the page's own words.
        for phrase in ["Dwellings per", "District summary", "Pareto front", "Whole district", "How to read", "Before works"] {
            #expect(!html.contains(phrase), "\(phrase)")
        }
        // French numbers: narrow no-break space for thousands, comma for decimals, € after the amount.
        let words = ReportWords.french
        #expect(words.int(1_234_567) == "1\u{202F}234\u{202F}567")
        #expect(words.fixed(1234.56, 1) == "1\u{202F}234,6")
        #expect(words.euros(12_097) == "12\u{202F}097\u{202F}€")
        #expect(words.percent(1766, of: 6308) == "28,0\u{202F}%")
    }
}

/// Above `ReportMap.printHatchLimit` buildings the map prints F and G plainly, and says so.
@Suite struct ReportPrintTests {
    @Test func largeDistrictsPrintWithoutHatching() throws {
        let small = try HTMLReport.render(SyntheticReportInput.make(columns: 10, rows: 8, scenarioCount: 2))
        #expect(!small.contains("map-figure plain-print") && !small.contains("are not hatched"))
        let large = try HTMLReport.render(SyntheticReportInput.make(columns: 61, rows: 50, scenarioCount: 2))
        #expect(61 * 50 > ReportMap.printHatchLimit)
        #expect(large.contains("<figure class=\"map-figure plain-print\">"))
        #expect(large.contains("In print, this map's F and G are not hatched"))
        #expect(ReportStyle.css.contains(".plain-print .k-F { fill: var(--F); }"))
    }
}
