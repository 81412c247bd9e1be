import BuildingModel

/// The tables `renovate rank` prints: per-building rankings, or the district summary per scenario.
public enum RankOutput {
    public enum Format: String, Sendable, CaseIterable {
        case table, csv, json
    }

    /// A table of named columns and rows of values, rendered as aligned text, CSV or a JSON array of objects.
    public struct Table: Sendable, Hashable {
        public var columns: [String]
        public var rows: [[PropertyValue]]

        public func render(_ format: Format) -> String {
            switch format {
            case .csv:
                var out = ""
                ResultsExport.write(columns: columns, rows: rows, format: .csv, to: &out)
                return out
            case .json:
                var lines = ""
                ResultsExport.write(columns: columns, rows: rows, format: .jsonl, to: &lines)
                let objects = lines.split(separator: "\n").map { "  " + $0 }
                return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
            case .table:
                let cells = [columns] + rows.map { $0.map(Self.cell) }
                let widths = columns.indices.map { i in cells.map { $0[i].count }.max() ?? 0 }
                return cells.map { row in
                    row.enumerated().map { i, c in
                        i == row.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
                    }.joined(separator: "  ")
                }.joined(separator: "\n") + "\n"
            }
        }

        static func cell(_ v: PropertyValue) -> String {
            switch v {
            case .null: "-"
            case .bool(let b): b ? "yes" : "no"
            case .double(let d): String(format2: d)
            default: ResultsExport.text(v)
            }
        }
    }

    /// Per-building rankings: one row per scenario, ranked ones first (at most `top` of them per building),
    /// then those the rule does not apply to, then the heritage-blocked ones (status `blocked by heritage rules`).
    /// `pareto` marks the building's Pareto front of (capex, primary energy after, overheating hours), the three shown.
    public static func rankings(_ rankings: [BuildingRanking], top: Int?) -> Table {
        var rows: [[PropertyValue]] = []
        for r in rankings {
            for e in r.entries {
                if let top, let rank = e.rank, rank > top { continue }
                let o = e.outcome
                rows.append([
                    .string(r.buildingId), e.rank.map { .int($0) } ?? .null, .string(o.scenarioId),
                    e.score.map { .double($0) } ?? .null, .string(o.classBefore.rawValue), .string(o.classAfter.rawValue),
                    .double(o.capexEUR), .double(o.primaryEnergyAfterKWhPerM2), .double(o.overheatingHours),
                    .string(e.status.description),
                    .bool(e.needsApproval), .bool(e.onParetoFront),
                ])
            }
        }
        return Table(columns: ["building_id", "rank", "scenario_id", "score", "class_before", "class_after", "capex_eur",
                               "primary_energy_after_kwh_per_m2", "overheating_hours", "status", "needs_abf", "pareto"],
                     rows: rows)
    }

    /// How many buildings rank each scenario first under the rule.
    public static func wins(_ rankings: [BuildingRanking]) -> [String: Int] {
        var wins: [String: Int] = [:]
        for r in rankings { if let best = r.best { wins[best.scenarioId, default: 0] += 1 } }
        return wins
    }

    /// The district summary, one row per scenario (run order), with `best_for_buildings` (the buildings that
    /// rank it first under the rule). With `top`, only the `top` scenarios best for the most buildings
    /// (ties by run order).
    public static func summary(_ summaries: [DistrictSummary], rankings: [BuildingRanking], top: Int?) -> Table {
        summary(summaries, wins: wins(rankings), top: top)
    }

    /// The wide district summary from the buildings each scenario wins (`ResultsDigest.wins`).
    public static func summary(_ summaries: [DistrictSummary], wins: [String: Int], top: Int?) -> Table {
        let chosen = mostWinning(summaries, wins: wins, top: top)
        let columns = DistrictSummaryTable.columns.map(\.name)
        return Table(columns: [columns[0], "best_for_buildings"] + columns.dropFirst(),
                     rows: chosen.map { s in
                         var v = DistrictSummaryTable.values(s)
                         v.insert(.int(wins[s.scenarioId] ?? 0), at: 1)
                         return v
                     })
    }

    /// The district summary for a terminal, within 120 columns (the wide table, `summary`, has every class and
    /// rental-ban step: `rank --summary --format csv|json`): per scenario, the buildings that rank it first, the
    /// dwellings in classes F or G before and after the works, the share of buildings that got the whole scenario
    /// / part of it / none of it (`whole/part/none%`; the blocked ones are counted apart), capex in millions of
    /// EUR, CO₂ avoided in t/year, and the buildings where heritage rules block the scenario or need the ABF's
    /// agreement. With `top`, only the `top` scenarios best for the most buildings (ties by run order).
    public static func compactSummary(_ summaries: [DistrictSummary], wins: [String: Int], top: Int?) -> Table {
        let chosen = mostWinning(summaries, wins: wins, top: top)
        return Table(
            columns: ["scenario", "best_for", "fg_before", "fg_after", "whole/part/none%", "capex_meur", "co2_t_yr",
                      "blocked", "needs_abf"],
            rows: chosen.map { s in
                [.string(s.scenarioId), .int(wins[s.scenarioId] ?? 0), .int(s.dwellingsFGBefore), .int(s.dwellingsFGAfter),
                 .string(applicationShares(s)), .string(String(format: "%.1f", s.totalCapexEUR / 1e6)),
                 .string(String(format: "%.0f", s.co2AvoidedKgPerYear / 1000)), .int(s.buildingsBlocked),
                 .int(s.buildingsNeedingApproval)]
            })
    }

    /// "85/12/3": the percentages of the buildings that got the whole scenario, part of it, none of it.
    static func applicationShares(_ s: DistrictSummary) -> String {
        guard s.buildings > 0 else { return "-" }
        return [s.buildingsAppliedWhole, s.buildingsAppliedPartly, s.buildingsNotApplied]
            .map { String(s.percentOfBuildings($0)) }.joined(separator: "/")
    }

    /// The headline under the summary: the scenario best for the most buildings, with what it leaves in F or G
    /// and how much of it the buildings got, so that a "top scenario" never hides the dwellings it leaves behind.
    public static func headline(_ summaries: [DistrictSummary], wins: [String: Int]) -> String? {
        guard let s = mostWinning(summaries, wins: wins, top: 1).first, s.buildings > 0 else { return nil }
        func pct(_ n: Int) -> String { "\(s.percentOfBuildings(n)) %" }
        var line = "\(s.scenarioId) is best for the most buildings (\(wins[s.scenarioId] ?? 0) of \(s.buildings)); "
            + "after it \(s.dwellingsFGAfter) of \(s.dwellings) dwellings are still in F or G (\(s.dwellingsFGBefore) today). "
            + "It applies whole to \(pct(s.buildingsAppliedWhole)) of the buildings, partly to \(pct(s.buildingsAppliedPartly)), "
            + "not at all to \(pct(s.buildingsNotApplied))"
        if s.buildingsBlocked > 0 { line += ", and is blocked by heritage rules on \(pct(s.buildingsBlocked))" }
        return wrapped(line + ".", width: 120)
    }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word stays whole).
    static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }

    /// The `top` scenarios best for the most buildings (ties by run order); all of them without `top`.
    static func mostWinning(_ summaries: [DistrictSummary], wins: [String: Int], top: Int?) -> [DistrictSummary] {
        guard let top else { return summaries }
        return summaries.enumerated().sorted {
            let (a, b) = (wins[$0.element.scenarioId] ?? 0, wins[$1.element.scenarioId] ?? 0)
            return a != b ? a > b : $0.offset < $1.offset
        }.prefix(top).map(\.element)
    }

    /// The compact summary of the `top` scenarios (the end of `simulate`).
    public static func shortSummary(_ summaries: [DistrictSummary], rankings: [BuildingRanking], top: Int) -> String {
        shortSummary(summaries, wins: wins(rankings), top: top)
    }

    /// The compact summary of the `top` scenarios and the headline, from the buildings each scenario wins
    /// (`ResultsDigest.wins`).
    public static func shortSummary(_ summaries: [DistrictSummary], wins: [String: Int], top: Int) -> String {
        compactSummary(summaries, wins: wins, top: top).render(.table)
            + (headline(summaries, wins: wins).map { $0 + "\n" } ?? "")
    }
}

extension String {
    /// A real with at most 2 decimals, trailing zeros dropped (`12.5`, `0.03`, `1200`).
    init(format2 d: Double) {
        guard d.isFinite else { self = String(d); return }
        let scaled = (d * 100).rounded() / 100
        if scaled == scaled.rounded() && abs(scaled) < 1e15 { self = String(Int(scaled)); return }
        self = String(scaled)
    }
}
