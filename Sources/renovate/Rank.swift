import ArgumentParser
import BuildingModel
import Foundation
import Simulator

/// `renovate rank results.gpkg --by …`: per-building rankings or the district summary of a results file.
struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank the scenarios of each building, or summarise the district (--summary).",
        discussion: """
            Heritage-blocked scenarios are listed after the ranked ones with the status "blocked by heritage \
            rules"; pareto marks the building's Pareto front of (capex, primary energy, overheating hours). \
            --summary prints, per scenario, the buildings that rank it first, the dwellings in F/G before and \
            after, capex, CO₂ avoided and blocked / needs-ABF counts (within 120 columns); with --format csv or \
            json, every class before/after and the rental-ban steps (banned before/after, leaving, entering).
            """)

    @Argument(help: "Results GeoPackage written by renovate simulate or merge.")
    var results: String

    @Option(help: "Ranking criterion.")
    var by: RankingCriterion = .costPerKWh

    @Option(name: .customLong("class"), help: "Target class of cheapest-to-class (A–G).")
    var targetClass: String?

    @Option(help: "Only this building.")
    var building: String?

    @Option(help: "Ranked scenarios shown per building (with --summary: the scenarios best for the most buildings).")
    var top: Int?

    @Flag(help: "District summary per scenario instead of per-building rankings.")
    var summary = false

    @Option(help: "Output format.")
    var format: RankOutput.Format = .table

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1 (got \(top)).") }
        if by == .cheapestToClass && targetClass == nil {
            throw ValidationError("--by cheapest-to-class needs --class X (A to G), for example --class D.")
        }
        guard FileManager.default.fileExists(atPath: results) else {
            throw ValidationError("\(results): no such file. Please check the path.")
        }
    }

    func run() throws {
        let rule = try RankingRule(by, targetClass: try targetClass.map { try DPEClass(parsing: $0) })
        let store = try ResultsGeoPackage.open(path: results)
        if summary && building == nil {
            // One pass over the store, a building at a time: memory does not grow with the pairs.
            let digest = try ResultsDigest.read(store, rule: rule)
            let summaries = digest.summaries(scenarioOrder: try ResultsGeoPackage.scenarios(in: store).map(\.id))
            // A terminal gets the compact table (≤ 120 columns); csv and json every class and rental-ban step.
            if format == .table {
                print(RankOutput.compactSummary(summaries, wins: digest.wins, top: top).render(.table), terminator: "")
                if let headline = RankOutput.headline(summaries, wins: digest.wins) { print(headline) }
            } else {
                print(RankOutput.summary(summaries, wins: digest.wins, top: top).render(format), terminator: "")
            }
            return
        }
        var outcomes = try store.outcomes()
        if let building {
            outcomes = outcomes.filter { $0.buildingId == building }
            guard !outcomes.isEmpty else { throw RunError("\(results): no result for building \"\(building)\".") }
        }
        let rankings = BuildingRanking.rankAll(outcomes, rule: rule)
        let table: RankOutput.Table
        if summary {
            let order = try ResultsGeoPackage.scenarios(in: store).map(\.id)
            let summaries = DistrictSummary.perScenario(outcomes, scenarioOrder: order)
            let wins = RankOutput.wins(rankings)
            table = format == .table ? RankOutput.compactSummary(summaries, wins: wins, top: top)
                                     : RankOutput.summary(summaries, wins: wins, top: top)
        } else {
            table = RankOutput.rankings(rankings, top: top)
        }
        print(table.render(format), terminator: "")
    }
}

extension RankingCriterion: ExpressibleByArgument {}
extension RankOutput.Format: ExpressibleByArgument {}
