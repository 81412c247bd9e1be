import BuildingModel
import Foundation

/// Renders the district report as one self-contained HTML page: inline CSS, inline SVG, a few lines of inline
/// script, nothing fetched from the network.
///
/// The page is HTML5 written so that it is also well-formed XML (XHTML namespace, every element closed, every
/// attribute quoted, only XML's predefined entities), which lets tests parse it with an XML parser. It contains
/// no clock time: the same input gives the same bytes.
///
/// Sections: district summary and scenario table; map of footprints by DPE class (before / after each scenario);
/// bar chart and table of dwellings per class; cost vs primary energy scatter with the Pareto front; table of
/// buildings where heritage rules block a measure; notes on reading and colours.
public enum HTMLReport {
    /// The page as a string.
    /// - Throws: `ReportError.invalidInput` listing every inconsistency of `input`.
    /// - Complexity: O(buildings × scenarios + outcomes + footprint points).
    public static func render(_ input: ReportInput) throws(ReportError) -> String {
        let summary = try ReportSummary(input)
        let title = ReportMarkup.escape(input.title)
        var s = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        s += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        s += "<meta name=\"generator\" content=\"renovate report\"/>\n"
        s += "<title>\(title)</title>\n<style>\n\(ReportStyle.css)</style>\n</head>\n<body>\n"
        s += "<input type=\"checkbox\" id=\"palette-cb\" class=\"palette-toggle\"/> "
        s += "<label for=\"palette-cb\" class=\"palette-label\">Colour-blind-safe palette (blue = best, red = worst)</label>\n"
        s += "<div class=\"doc\">\n<header>\n<h1>\(title)</h1>\n"
        s += "<p class=\"note\">\(ReportMarkup.escape(input.generatedNote))</p>\n"
        s += "<nav aria-label=\"Contents\"><ul><li><a href=\"#summary\">Summary</a></li><li><a href=\"#map-section\">Map</a></li>"
        s += "<li><a href=\"#classes\">Dwellings per class</a></li><li><a href=\"#cost\">Cost and energy</a></li>"
        s += "<li><a href=\"#comfort\">Top-storey overheating</a></li><li><a href=\"#heritage\">Heritage constraints</a></li><li><a href=\"#notes\">How to read</a></li></ul></nav>\n"
        s += "</header>\n<main>\n"
        s += summarySection(input, summary)
        s += mapSection(input, summary)
        s += "<section id=\"classes\" aria-labelledby=\"classes-h\">\n<h2 id=\"classes-h\">Dwellings per DPE class, before and after each scenario</h2>\n"
        s += legend(withMapItems: false)
        s += "<figure class=\"scroll chart-scroll\">\n" + ReportClassChart.render(summary) + "</figure>\n"
        s += "<div class=\"scroll\">" + ReportClassChart.table(summary) + "</div>\n"
        s += "</section>\n"
        s += "<section id=\"cost\" aria-labelledby=\"cost-h\">\n<h2 id=\"cost-h\">Cost and primary energy of the scenarios</h2>\n"
        s += "<p>Each point is a scenario applied to the whole district: total capital cost of the works against the "
        s += "mean primary energy after works (weighted by floor area). Both are better when lower. A scenario is on "
        s += "the <strong>Pareto front</strong> when no other scenario is at once cheaper (or as cheap) and more "
        s += "efficient (or as efficient); scenarios off the front are beaten on both counts by one on it.</p>\n"
        s += "<figure class=\"scroll chart-scroll\">\n" + ReportScatter.render(summary) + "</figure>\n</section>\n"
        s += comfortSection(summary)
        s += "<section id=\"heritage\" aria-labelledby=\"heritage-h\">\n<h2 id=\"heritage-h\">Buildings where heritage rules block a measure</h2>\n"
        s += ReportHeritageTable.render(input, summary)
        s += "</section>\n</main>\n"
        s += notes(input)
        s += "</div>\n<script>\n\(ReportStyle.script)\n</script>\n</body>\n</html>\n"
        return s
    }

    /// Renders and writes the page (UTF-8).
    public static func write(_ input: ReportInput, to url: URL) throws(ReportError) {
        let html = try render(input)
        do {
            try Data(html.utf8).write(to: url, options: .atomic)
        } catch {
            throw .cannotWrite(path: url.path, reason: String(describing: error))
        }
    }

    static func summarySection(_ input: ReportInput, _ summary: ReportSummary) -> String {
        let fg = (summary.dwellingsBefore[.f] ?? 0) + (summary.dwellingsBefore[.g] ?? 0)
        var s = "<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">District summary</h2>\n"
        s += "<p>\(ReportFormat.integer(input.buildings.count)) buildings, \(ReportFormat.integer(summary.totalDwellings)) dwellings, "
        s += "\(input.scenarios.count) scenario\(input.scenarios.count == 1 ? "" : "s"). Today "
        s += "<strong>\(ReportFormat.integer(fg)) dwellings (\(ReportFormat.percent(fg, of: summary.totalDwellings))) are in class F or G</strong>"
        if let pe = summary.meanPrimaryEnergyBeforeKWhPerM2Year {
            s += "; mean primary energy \(ReportFormat.fixed(pe, decimals: 0)) kWh/m²·year"
        }
        s += ".</p>\n"
        s += "<div class=\"scroll\"><table class=\"data\" id=\"before-table\">\n<caption>Dwellings per DPE class today</caption>\n<thead><tr>"
        for c in DPEClass.allCases {
            s += "<th scope=\"col\" class=\"num\"><span class=\"swatch s-\(c.letter)\" aria-hidden=\"true\"></span> \(c.letter)</th>"
        }
        s += "</tr></thead>\n<tbody><tr>"
        for c in DPEClass.allCases {
            s += "<td class=\"num\" data-class=\"\(c.letter)\">\(ReportFormat.integer(summary.dwellingsBefore[c] ?? 0))</td>"
        }
        s += "</tr></tbody>\n</table></div>\n"
        s += "<table class=\"data cards\" id=\"scenario-table\">\n<caption>Scenarios over the district</caption>\n<thead><tr>"
        let headers = ["#", "Scenario", "Dwellings leaving F/G", "Dwellings still F/G", "Total capex", "Capex per dwelling",
                       "Mean primary energy (kWh/m²·year)", "Buildings getting it whole / partly / not at all",
                       "Buildings blocked by heritage", "Buildings needing ABF approval", "Pareto front"]
        for (i, h) in headers.enumerated() {
            s += "<th scope=\"col\"\(i == 1 || i == headers.count - 1 ? "" : " class=\"num\"")>\(h)</th>"
        }
        s += "</tr></thead>\n<tbody>\n"
        for f in summary.scenarios {
            let a = ScenarioApplication.shares(f.buildingsByApplication)
            s += "<tr data-scenario-id=\"\(ReportMarkup.escape(f.scenario.id))\"><td class=\"num\" data-label=\"#\">\(f.number)</td>"
            s += "<th scope=\"row\">\(ReportMarkup.escape(f.scenario.name))</th>"
            let cells = [
                ReportFormat.integer(f.dwellingsLeavingFOrG), ReportFormat.integer(f.dwellingsStillFOrG),
                ReportFormat.euros(f.totalCapexEUR), f.capexPerDwellingEUR.map(ReportFormat.euros) ?? "n/a",
                f.meanPrimaryEnergyKWhPerM2Year.map { ReportFormat.fixed($0, decimals: 1) } ?? "n/a",
                "\(ReportFormat.integer(a.whole)) / \(ReportFormat.integer(a.partly)) / \(ReportFormat.integer(a.notApplied))",
                ReportFormat.integer(f.buildingsBlockedByHeritage), ReportFormat.integer(f.buildingsNeedingABFApproval),
            ]
            for (i, c) in cells.enumerated() {
                s += "<td class=\"num\" data-label=\"\(headers[i + 2])\">\(c)</td>"
            }
            s += "<td data-label=\"\(headers[headers.count - 1])\">\(f.isOnParetoFront ? "yes" : "no")</td></tr>\n"
        }
        s += "</tbody>\n</table>\n</section>\n"
        return s
    }

    /// Summer overheating of the top storeys per scenario (the Cahors question: does insulating a house under
    /// its roof make its top floor too hot?), beside the scenario without measures when there is one.
    static func comfortSection(_ summary: ReportSummary) -> String {
        var s = "<section id=\"comfort\" aria-labelledby=\"comfort-h\">\n<h2 id=\"comfort-h\">Summer overheating of the top storeys</h2>\n"
        guard summary.scenarios.contains(where: { $0.topStoreys != nil }) else {
            return s + "<p>These results have no per-storey figures (a results file written before the <code>storeys</code> table).</p>\n</section>\n"
        }
        let reference = summary.scenarios.first { $0.plannedMeasures == 0 && $0.topStoreys != nil }
        s += "<p>Hours when the operative temperature of each building's top storey is above 28 °C, 1 May to "
        s += "30 September, without cooling (free float), and the degree-hours above 28 °C"
        if let reference {
            s += "; the last column compares with scenario \(reference.number) (\(ReportMarkup.escape(reference.scenario.name))), which has no works"
        }
        s += ". Per-storey figures of every building are in the results' <code>storeys</code> table.</p>\n"
        s += "<div class=\"scroll\"><table class=\"data cards\" id=\"comfort-table\">\n<caption>Top storeys in summer</caption>\n<thead><tr>"
        var headers = ["#", "Scenario", "Buildings", "Mean hours above 28 °C", "90th percentile of hours", "Mean degree-hours (K·h)"]
        if reference != nil { headers.append("Mean hours, change from no works") }
        for (i, h) in headers.enumerated() { s += "<th scope=\"col\"\(i == 1 ? "" : " class=\"num\"")>\(h)</th>" }
        s += "</tr></thead>\n<tbody>\n"
        for f in summary.scenarios {
            s += "<tr><td class=\"num\" data-label=\"#\">\(f.number)</td><th scope=\"row\">\(ReportMarkup.escape(f.scenario.name))</th>"
            guard let t = f.topStoreys else {
                s += "<td class=\"num\" data-label=\"\(headers[2])\">0</td>"
                for h in headers.dropFirst(3) { s += "<td class=\"num\" data-label=\"\(h)\">n/a</td>" }
                s += "</tr>\n"
                continue
            }
            var cells = [ReportFormat.integer(t.buildings), ReportFormat.fixed(t.meanHours, decimals: 0),
                         ReportFormat.integer(t.p90Hours), ReportFormat.fixed(t.meanDegreeHoursKh, decimals: 0)]
            if let r = reference?.topStoreys {
                let d = t.meanHours - r.meanHours
                cells.append((d > 0 ? "+" : "") + ReportFormat.fixed(d, decimals: 0))
            }
            for (i, c) in cells.enumerated() { s += "<td class=\"num\" data-label=\"\(headers[i + 2])\">\(c)</td>" }
            s += "</tr>\n"
        }
        s += "</tbody>\n</table></div>\n</section>\n"
        return s
    }

    static func mapSection(_ input: ReportInput, _ summary: ReportSummary) -> String {
        var s = "<section id=\"map-section\" aria-labelledby=\"map-h\">\n<h2 id=\"map-h\">Map: DPE class of each building</h2>\n"
        s += "<div class=\"map-controls\">\n<label for=\"map-view\">Classes shown</label>\n<select id=\"map-view\">\n"
        s += "<option value=\"0\" data-name=\"before works\" selected=\"selected\">Before works</option>\n"
        for f in summary.scenarios {
            let name = ReportMarkup.escape(f.scenario.name)
            s += "<option value=\"\(f.number)\" data-name=\"\(f.number). \(name)\">After \(f.number). \(name)</option>\n"
        }
        s += "</select>\n"
        s += "<span class=\"zoom\" role=\"group\" aria-label=\"Zoom\"><button type=\"button\" id=\"zoom-in\" aria-label=\"Zoom in\">+</button>"
        s += "<button type=\"button\" id=\"zoom-out\" aria-label=\"Zoom out\">−</button>"
        s += "<button type=\"button\" id=\"zoom-reset\">Whole district</button></span>\n"
        if !input.heritage.isEmpty {
            s += "<label class=\"layer\"><input type=\"checkbox\" id=\"show-heritage\" checked=\"checked\"/> Protected perimeters and monuments</label>\n"
        }
        s += "</div>\n"
        s += "<p id=\"map-view-name\" aria-live=\"polite\">Showing: classes before works</p>\n"
        s += legend(withMapItems: true, heritage: input.heritage)
        s += "<figure class=\"map-figure\">\n" + ReportMap.render(input, summary)
        s += "<p id=\"map-pick\" aria-live=\"polite\"></p>\n"
        s += "<figcaption>Footprints in Lambert-93 (EPSG:2154). Zoom with the wheel, a pinch or the buttons; drag to pan; "
        s += "with the map focused, arrow keys pan and + / − zoom. Hover or tap a building for its id and classes. "
        s += "A dashed black outline marks, in an \"after\" view, a building where heritage rules blocked a measure.</figcaption>\n</figure>\n"
        s += "</section>\n"
        return s
    }

    /// The class legend: swatch (with hatching for F and G) and letter for every class; on the map, the heritage
    /// marks too.
    static func legend(withMapItems: Bool, heritage: HeritageMap = HeritageMap()) -> String {
        var s = "<ul class=\"legend\" aria-label=\"Legend\">"
        for c in DPEClass.allCases {
            let hint = c == .a ? " (best)" : c == .g ? " (worst)" : ""
            s += "<li><span class=\"swatch s-\(c.letter)\" aria-hidden=\"true\"></span> Class \(c.letter)\(hint)</li>"
        }
        s += "<li><span class=\"swatch s-N\" aria-hidden=\"true\"></span> No result</li>"
        if withMapItems {
            s += "<li><span class=\"swatch s-blk\" aria-hidden=\"true\"></span> Measure blocked by heritage</li>"
            for kind in HeritagePerimeter.Kind.allCases where heritage.perimeters.contains(where: { $0.kind == kind }) {
                s += "<li><span class=\"swatch l-\(kind.rawValue)\" aria-hidden=\"true\"></span> \(ReportMarkup.escape(kind.label))</li>"
            }
            if !heritage.monuments.isEmpty {
                s += "<li><span class=\"swatch l-mon\" aria-hidden=\"true\"></span> Listed monument</li>"
            }
        }
        s += "</ul>\n"
        return s
    }

    static func notes(_ input: ReportInput) -> String {
        var s = "<footer id=\"notes\">\n<h2>How to read this report</h2>\n<ul>\n"
        s += "<li>Classes are French DPE energy-performance classes, A (best) to G (worst); F and G dwellings are "
        s += "<em>passoires thermiques</em>, progressively barred from letting. A building's class applies to all its dwellings.</li>\n"
        s += "<li>Colours follow the official DPE label; F and G are also hatched and every legend entry carries its letter, "
        s += "so colour is never the only cue. The check box at the top switches to a colour-blind-safe palette "
        s += "(ColorBrewer RdYlBu: blue = best, red = worst).</li>\n"
        s += "<li>“Dwellings leaving F/G” counts dwellings in F or G today that are in A–E after the scenario.</li>\n"
        s += "<li>Mean primary energy is the district's primary energy divided by its floor area (floor-area-weighted mean).</li>\n"
        s += "<li>“Blocked by heritage” means that the protections applying to the building forbade at least one of the "
        s += "scenario's measures; the result shown is the one with the measures that remain allowed. "
        s += "“ABF approval” means the works need the consent of the Architecte des Bâtiments de France.</li>\n"
        s += "<li>“Whole / partly / not at all”: the buildings that got every measure of the scenario (some perhaps "
        s += "replaced by an allowed substitute), some of them (others forbidden with no substitute, or with no "
        s += "façade to place them on), or none; the table <code>results</code> says, per building, which measures "
        s += "were skipped and why (<code>skipped_measures</code>).</li>\n"
        s += "<li>\(ReportMarkup.escape(input.generatedNote))</li>\n"
        s += "</ul>\n</footer>\n"
        return s
    }
}
