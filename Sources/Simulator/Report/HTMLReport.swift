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
        s += "<li><a href=\"#heritage\">Heritage constraints</a></li><li><a href=\"#notes\">How to read</a></li></ul></nav>\n"
        s += "</header>\n<main>\n"
        s += summarySection(input, summary)
        s += mapSection(input, summary)
        s += "<section id=\"classes\" aria-labelledby=\"classes-h\">\n<h2 id=\"classes-h\">Dwellings per DPE class, before and after each scenario</h2>\n"
        s += legend(withMapItems: false)
        s += "<figure>\n" + ReportClassChart.render(summary) + "</figure>\n"
        s += ReportClassChart.table(summary)
        s += "</section>\n"
        s += "<section id=\"cost\" aria-labelledby=\"cost-h\">\n<h2 id=\"cost-h\">Cost and primary energy of the scenarios</h2>\n"
        s += "<p>Each point is a scenario applied to the whole district: total capital cost of the works against the "
        s += "mean primary energy after works (weighted by floor area). Both are better when lower. A scenario is on "
        s += "the <strong>Pareto front</strong> when no other scenario is at once cheaper (or as cheap) and more "
        s += "efficient (or as efficient); scenarios off the front are beaten on both counts by one on it.</p>\n"
        s += "<figure>\n" + ReportScatter.render(summary) + "</figure>\n</section>\n"
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
        s += "<table class=\"data\" id=\"before-table\">\n<caption>Dwellings per DPE class today</caption>\n<thead><tr>"
        for c in DPEClass.allCases {
            s += "<th scope=\"col\" class=\"num\"><span class=\"swatch s-\(c.letter)\" aria-hidden=\"true\"></span> \(c.letter)</th>"
        }
        s += "</tr></thead>\n<tbody><tr>"
        for c in DPEClass.allCases {
            s += "<td class=\"num\" data-class=\"\(c.letter)\">\(ReportFormat.integer(summary.dwellingsBefore[c] ?? 0))</td>"
        }
        s += "</tr></tbody>\n</table>\n"
        s += "<table class=\"data\" id=\"scenario-table\">\n<caption>Scenarios over the district</caption>\n<thead><tr>"
        s += "<th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Scenario</th>"
        s += "<th scope=\"col\" class=\"num\">Dwellings leaving F/G</th><th scope=\"col\" class=\"num\">Dwellings still F/G</th>"
        s += "<th scope=\"col\" class=\"num\">Total capex</th><th scope=\"col\" class=\"num\">Mean primary energy (kWh/m²·year)</th>"
        s += "<th scope=\"col\" class=\"num\">Buildings getting it whole / partly / not at all</th>"
        s += "<th scope=\"col\" class=\"num\">Buildings blocked by heritage</th><th scope=\"col\" class=\"num\">Buildings needing ABF approval</th>"
        s += "<th scope=\"col\">Pareto front</th></tr></thead>\n<tbody>\n"
        for f in summary.scenarios {
            s += "<tr data-scenario-id=\"\(ReportMarkup.escape(f.scenario.id))\"><td class=\"num\">\(f.number)</td>"
            s += "<th scope=\"row\">\(ReportMarkup.escape(f.scenario.name))</th>"
            s += "<td class=\"num\">\(ReportFormat.integer(f.dwellingsLeavingFOrG))</td>"
            s += "<td class=\"num\">\(ReportFormat.integer(f.dwellingsStillFOrG))</td>"
            s += "<td class=\"num\">\(ReportFormat.euros(f.totalCapexEUR))</td>"
            s += "<td class=\"num\">\(f.meanPrimaryEnergyKWhPerM2Year.map { ReportFormat.fixed($0, decimals: 1) } ?? "n/a")</td>"
            let a = ScenarioApplication.shares(f.buildingsByApplication)
            s += "<td class=\"num\">\(ReportFormat.integer(a.whole)) / \(ReportFormat.integer(a.partly)) / \(ReportFormat.integer(a.notApplied))</td>"
            s += "<td class=\"num\">\(ReportFormat.integer(f.buildingsBlockedByHeritage))</td>"
            s += "<td class=\"num\">\(ReportFormat.integer(f.buildingsNeedingABFApproval))</td>"
            s += "<td>\(f.isOnParetoFront ? "yes" : "no")</td></tr>\n"
        }
        s += "</tbody>\n</table>\n</section>\n"
        return s
    }

    static func mapSection(_ input: ReportInput, _ summary: ReportSummary) -> String {
        var s = "<section id=\"map-section\" aria-labelledby=\"map-h\">\n<h2 id=\"map-h\">Map: DPE class of each building</h2>\n"
        s += "<fieldset class=\"switch\"><legend>Classes shown on the map</legend>\n"
        s += "<label><input type=\"radio\" name=\"map-view\" value=\"0\" data-name=\"before works\" checked=\"checked\"/> Before works</label>\n"
        for f in summary.scenarios {
            let name = ReportMarkup.escape(f.scenario.name)
            s += "<label><input type=\"radio\" name=\"map-view\" value=\"\(f.number)\" data-name=\"\(f.number). \(name)\"/> "
            s += "After \(f.number). \(name)</label>\n"
        }
        s += "</fieldset>\n"
        s += "<p id=\"map-view-name\" aria-live=\"polite\">Showing: classes before works</p>\n"
        s += legend(withMapItems: true)
        s += "<figure>\n" + ReportMap.render(input, summary)
        s += "<figcaption>Footprints in Lambert-93 (EPSG:2154). Hover or tap a building for its id and classes. "
        s += "A dashed black outline marks, in an \"after\" view, a building where heritage rules blocked a measure.</figcaption>\n</figure>\n"
        s += "</section>\n"
        return s
    }

    /// The class legend: swatch (with hatching for F and G) and letter for every class.
    static func legend(withMapItems: Bool) -> String {
        var s = "<ul class=\"legend\" aria-label=\"Legend\">"
        for c in DPEClass.allCases {
            let hint = c == .a ? " (best)" : c == .g ? " (worst)" : ""
            s += "<li><span class=\"swatch s-\(c.letter)\" aria-hidden=\"true\"></span> Class \(c.letter)\(hint)</li>"
        }
        s += "<li><span class=\"swatch s-N\" aria-hidden=\"true\"></span> No result</li>"
        if withMapItems {
            s += "<li><span class=\"swatch s-blk\" aria-hidden=\"true\"></span> Measure blocked by heritage</li>"
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
