import BuildingModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Simulator
import Testing
import TestSupport

/// `renovate rank` and `report` on a small run (20 buildings × 4 scenarios, one scenario heritage-blocked).
@Suite(.serialized) struct RankReportCommandTests {
    static let run = SimulateFixture.simulatedResults(buildings: 20)

    @Test func csvRankingHasEveryPairWithBlockedAndParetoMarks() throws {
        let file = try Self.run.get()
        let out = try CLI.run(["rank", file.path, "--by", "cost-per-kwh", "--format", "csv"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.first == "building_id,rank,scenario_id,score,class_before,class_after,capex_eur,primary_energy_after_kwh_per_m2,overheating_hours,status,needs_abf,pareto")
        #expect(lines.count == 1 + 20 * 4)
        // external-everywhere is blocked on every building of this protected district, never ranked or on the front.
        let blocked = lines.filter { $0.contains(",external-everywhere,") }
        #expect(blocked.count == 20)
        #expect(blocked.allSatisfy { $0.contains(",blocked by heritage rules,") && $0.hasSuffix(",0") })
        // At most one rank 1 per building.
        let firsts = lines.dropFirst().filter { $0.split(separator: ",")[1] == "1" }
        #expect(Set(firsts.map { $0.split(separator: ",")[0] }).count == firsts.count)
    }

    @Test func jsonAndTableAgreeWithCSVForOneBuilding() throws {
        let file = try Self.run.get()
        let id = try #require(try ResultsGeoPackage.buildings(in: file).first?.id)
        let csv = try CLI.run(["rank", file.path, "--building", id, "--format", "csv", "--top", "1"])
        let json = try CLI.run(["rank", file.path, "--building", id, "--format", "json", "--top", "1"])
        let table = try CLI.run(["rank", file.path, "--building", id, "--top", "1"])
        #expect(csv.status == 0 && json.status == 0 && table.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(rows.count == csv.stdout.split(separator: "\n").count - 1)
        #expect(rows.filter { $0["rank"] is NSNumber }.count <= 1)
        #expect(rows.allSatisfy { $0["building_id"] as? String == id })
        #expect(table.stdout.split(separator: "\n").count == rows.count + 1)
        #expect(table.stdout.contains("blocked by heritage rules"))
        let unknown = try CLI.run(["rank", file.path, "--building", "nope"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no result for building \"nope\""))
    }

    @Test func summaryCountsEveryDwellingOnBothSides() throws {
        let file = try Self.run.get()
        let out = try CLI.run(["rank", file.path, "--summary", "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["scenario_id"] as? String } == ["baseline", "attic-only", "heritage-light", "external-everywhere"])
        for row in rows {
            let dwellings = row["dwellings"] as! Int
            let before = "abcdefg".map { row["dwellings_before_\($0)"] as! Int }.reduce(0, +)
            let after = "abcdefg".map { row["dwellings_after_\($0)"] as! Int }.reduce(0, +)
            #expect(before == dwellings && after == dwellings)
        }
        let ext = try #require(rows.first { $0["scenario_id"] as? String == "external-everywhere" })
        #expect(ext["buildings_blocked"] as? Int == 20)
        #expect(ext["total_capex_eur"] as? Double == 0)
        let top = try CLI.run(["rank", file.path, "--summary", "--top", "1", "--format", "csv"])
        #expect(top.stdout.split(separator: "\n").count == 2)
        // On a terminal the summary fits in 120 columns, with F/G before and after.
        let table = try CLI.run(["rank", file.path, "--summary"])
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("scenario") == true && lines.first?.contains("fg_before") == true)
        #expect(lines.count > 5 && lines[5].contains("is best for the most buildings") && table.stdout.contains("still in F or G"),
                "\(table.stdout)")
        #expect(lines.allSatisfy { $0.count <= 120 }, "\(lines.map(\.count))")
        let missing = try CLI.run(["rank", file.path, "--by", "cheapest-to-class"])
        #expect(missing.status != 0 && missing.stderr.contains("--class"))
    }

    @Test func reportIsWellFormedXHTMLWithOnePathPerBuilding() throws {
        let file = try Self.run.get()
        let html = file.deletingLastPathComponent().appendingPathComponent("report.html")
        let out = try CLI.run(["report", file.path, "--out", html.path])
        #expect(out.status == 0, "\(out.stderr)")
        let data = try Data(contentsOf: html)
        let counter = ElementCounter()
        let parser = XMLParser(data: data)
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        let ids = Set(try ResultsGeoPackage.buildings(in: file).map(\.id))
        #expect(Set(counter.mapPathIDs) == ids)
        #expect(counter.mapPathIDs.count == ids.count, "one path per building")
        // The assumptions of the run are stated on the page.
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("run options: ") && text.contains("exposure rated") && text.contains("need-model hourly 5R1C"))
        // The run's heritage layers are drawn: the SPR, and the seven monuments with their 500 m.
        #expect(text.matches(of: /class="per per-/).count == 8)
        #expect(text.matches(of: /<circle class="mon"/).count == 7)
        // Top-storey overheating comes from the storeys table.
        #expect(text.contains("<table class=\"data cards\" id=\"comfort-table\">"))
    }
}

/// Collects the building ids of the map's `path` elements (`data-building-id`).
final class ElementCounter: NSObject, XMLParserDelegate {
    var mapPathIDs: [String] = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard name == "path" else { return }
        if let id = attributes["data-building-id"] { mapPathIDs.append(id) }
    }
}

@Suite struct ResultsFileErrorTests {
    @Test func aStockIsNotAResultsFile() throws {
        let stock = SimulateFixture.sample.appendingPathComponent("buildings.gpkg").path
        for command in [["rank", stock], ["export", stock], ["report", stock, "--out", "/dev/null"]] {
            let out = try CLI.run(command)
            #expect(out.status == 1, "\(command[0])")
            #expect(out.stderr.contains("buildings.gpkg") && out.stderr.contains("not a results file"), "\(out.stderr)")
        }
    }
}
