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
        let t = ReportWords.of(input.language)
        let title = ReportMarkup.escape(input.title)
        var s = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(t.lang)\">\n<head>\n"
        s += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        s += "<meta name=\"generator\" content=\"renovate report\"/>\n"
        s += "<title>\(title)</title>\n<style>\n\(ReportStyle.css)</style>\n</head>\n<body>\n"
        s += "<input type=\"checkbox\" id=\"palette-cb\" class=\"palette-toggle\"/> "
        s += "<label for=\"palette-cb\" class=\"palette-label\">\(t.paletteToggle)</label>\n"
        s += "<div class=\"doc\">\n<header>\n<h1>\(title)</h1>\n"
        s += "<p class=\"note\">\(ReportMarkup.escape(input.generatedNote))</p>\n"
        s += "<nav aria-label=\"\(t.contents)\"><ul><li><a href=\"#summary\">\(t.navSummary)</a></li><li><a href=\"#map-section\">\(t.navMap)</a></li>"
        s += "<li><a href=\"#classes\">\(t.navClasses)</a></li><li><a href=\"#cost\">\(t.navCost)</a></li>"
        s += "<li><a href=\"#comfort\">\(t.navComfort)</a></li><li><a href=\"#heritage\">\(t.navHeritage)</a></li><li><a href=\"#notes\">\(t.navNotes)</a></li></ul></nav>\n"
        s += "</header>\n<main>\n"
        s += summarySection(input, summary, t)
        s += mapSection(input, summary, t)
        s += "<section id=\"classes\" aria-labelledby=\"classes-h\">\n<h2 id=\"classes-h\">\(t.classesTitle)</h2>\n"
        s += legend(withMapItems: false, t)
        s += "<figure class=\"scroll chart-scroll\">\n" + ReportClassChart.render(summary, t) + "</figure>\n"
        s += "<div class=\"scroll\">" + ReportClassChart.table(summary, t) + "</div>\n"
        s += "</section>\n"
        s += "<section id=\"cost\" aria-labelledby=\"cost-h\">\n<h2 id=\"cost-h\">\(t.costTitle)</h2>\n"
        s += "<p>\(t.costIntro)</p>\n"
        s += "<figure class=\"scroll chart-scroll\">\n" + ReportScatter.render(summary, t) + "</figure>\n</section>\n"
        s += comfortSection(summary, t)
        s += "<section id=\"heritage\" aria-labelledby=\"heritage-h\">\n<h2 id=\"heritage-h\">\(t.heritageTitle)</h2>\n"
        s += ReportHeritageTable.render(input, summary, t)
        s += "</section>\n</main>\n"
        s += notes(input, t)
        s += "</div>\n<script>\n\(ReportStyle.script(t))\n</script>\n</body>\n</html>\n"
        return s
    }

    /// The page title `report` gives a results file, in `language`.
    public static func defaultTitle(resultsFile: String, language: Language) -> String {
        ReportWords.of(language).defaultTitle(resultsFile)
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

    static func summarySection(_ input: ReportInput, _ summary: ReportSummary, _ t: ReportWords) -> String {
        let fg = (summary.dwellingsBefore[.f] ?? 0) + (summary.dwellingsBefore[.g] ?? 0)
        var s = "<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">\(t.summaryTitle)</h2>\n"
        s += "<p>" + t.summaryLine(t.int(input.buildings.count), t.int(summary.totalDwellings), input.scenarios.count)
        s += t.todayPrefix
        s += "<strong>\(t.todayFG(t.int(fg), t.percent(fg, of: summary.totalDwellings)))</strong>"
        if let pe = summary.meanPrimaryEnergyBeforeKWhPerM2Year {
            s += t.meanPrimaryToday(t.fixed(pe, 0))
        }
        s += ".</p>\n"
        s += "<div class=\"scroll\"><table class=\"data\" id=\"before-table\">\n<caption>\(t.beforeTableCaption)</caption>\n<thead><tr>"
        for c in DPEClass.allCases {
            s += "<th scope=\"col\" class=\"num\"><span class=\"swatch s-\(c.letter)\" aria-hidden=\"true\"></span> \(c.letter)</th>"
        }
        s += "</tr></thead>\n<tbody><tr>"
        for c in DPEClass.allCases {
            s += "<td class=\"num\" data-class=\"\(c.letter)\">\(t.int(summary.dwellingsBefore[c] ?? 0))</td>"
        }
        s += "</tr></tbody>\n</table></div>\n"
        s += "<table class=\"data cards\" id=\"scenario-table\">\n<caption>\(t.scenarioTableCaption)</caption>\n<thead><tr>"
        let headers = t.scenarioHeaders
        for (i, h) in headers.enumerated() {
            s += "<th scope=\"col\"\(i == 1 || i == headers.count - 1 ? "" : " class=\"num\"")>\(h)</th>"
        }
        s += "</tr></thead>\n<tbody>\n"
        for f in summary.scenarios {
            let a = ScenarioApplication.shares(f.buildingsByApplication)
            s += "<tr data-scenario-id=\"\(ReportMarkup.escape(f.scenario.id))\"><td class=\"num\" data-label=\"\(headers[0])\">\(f.number)</td>"
            s += "<th scope=\"row\">\(ReportMarkup.escape(f.scenario.name))</th>"
            let cells = [
                t.int(f.dwellingsLeavingFOrG), t.int(f.dwellingsStillFOrG),
                t.euros(f.totalCapexEUR), f.capexPerDwellingEUR.map(t.euros) ?? t.notAvailable,
                f.meanPrimaryEnergyKWhPerM2Year.map { t.fixed($0, 1) } ?? t.notAvailable,
                "\(t.int(a.whole)) / \(t.int(a.partly)) / \(t.int(a.notApplied))",
                t.int(f.buildingsBlockedByHeritage), t.int(f.buildingsNeedingABFApproval),
            ]
            for (i, c) in cells.enumerated() {
                s += "<td class=\"num\" data-label=\"\(headers[i + 2])\">\(c)</td>"
            }
            s += "<td data-label=\"\(headers[headers.count - 1])\">\(f.isOnParetoFront ? t.yes : t.no)</td></tr>\n"
        }
        s += "</tbody>\n</table>\n</section>\n"
        return s
    }

    /// Summer overheating of the top storeys per scenario (the Cahors question: does insulating a house under
    /// its roof make its top floor too hot?), beside the scenario without measures when there is one.
    static func comfortSection(_ summary: ReportSummary, _ t: ReportWords) -> String {
        var s = "<section id=\"comfort\" aria-labelledby=\"comfort-h\">\n<h2 id=\"comfort-h\">\(t.comfortTitle)</h2>\n"
        guard summary.scenarios.contains(where: { $0.topStoreys != nil }) else {
            return s + "<p>\(t.comfortNoStoreys)</p>\n</section>\n"
        }
        let reference = summary.scenarios.first { $0.plannedMeasures == 0 && $0.topStoreys != nil }
        s += "<p>" + t.comfortIntro(reference.map { "\($0.number) (\(ReportMarkup.escape($0.scenario.name)))" }) + "</p>\n"
        s += "<div class=\"scroll\"><table class=\"data cards\" id=\"comfort-table\">\n<caption>\(t.comfortCaption)</caption>\n<thead><tr>"
        var headers = t.comfortHeaders
        if reference != nil { headers.append(t.comfortChange) }
        for (i, h) in headers.enumerated() { s += "<th scope=\"col\"\(i == 1 ? "" : " class=\"num\"")>\(h)</th>" }
        s += "</tr></thead>\n<tbody>\n"
        for f in summary.scenarios {
            s += "<tr><td class=\"num\" data-label=\"\(headers[0])\">\(f.number)</td><th scope=\"row\">\(ReportMarkup.escape(f.scenario.name))</th>"
            guard let top = f.topStoreys else {
                s += "<td class=\"num\" data-label=\"\(headers[2])\">0</td>"
                for h in headers.dropFirst(3) { s += "<td class=\"num\" data-label=\"\(h)\">\(t.notAvailable)</td>" }
                s += "</tr>\n"
                continue
            }
            var cells = [t.int(top.buildings), t.fixed(top.meanHours, 0), t.int(top.p90Hours), t.fixed(top.meanDegreeHoursKh, 0)]
            if let r = reference?.topStoreys {
                let d = top.meanHours - r.meanHours
                cells.append((d > 0 ? "+" : "") + t.fixed(d, 0))
            }
            for (i, c) in cells.enumerated() { s += "<td class=\"num\" data-label=\"\(headers[i + 2])\">\(c)</td>" }
            s += "</tr>\n"
        }
        s += "</tbody>\n</table></div>\n</section>\n"
        return s
    }

    static func mapSection(_ input: ReportInput, _ summary: ReportSummary, _ t: ReportWords) -> String {
        var s = "<section id=\"map-section\" aria-labelledby=\"map-h\">\n<h2 id=\"map-h\">\(t.mapTitle)</h2>\n"
        s += "<div class=\"map-controls\">\n<label for=\"map-view\">\(t.classesShown)</label>\n<select id=\"map-view\">\n"
        s += "<option value=\"0\" data-name=\"\(t.beforeWorksName)\" selected=\"selected\">\(t.beforeWorksOption)</option>\n"
        for f in summary.scenarios {
            let name = ReportMarkup.escape(f.scenario.name)
            s += "<option value=\"\(f.number)\" data-name=\"\(f.number). \(name)\">\(t.afterOption("\(f.number). \(name)"))</option>\n"
        }
        s += "</select>\n"
        s += "<span class=\"zoom\" role=\"group\" aria-label=\"\(t.zoom)\"><button type=\"button\" id=\"zoom-in\" aria-label=\"\(t.zoomIn)\">+</button>"
        s += "<button type=\"button\" id=\"zoom-out\" aria-label=\"\(t.zoomOut)\">−</button>"
        s += "<button type=\"button\" id=\"zoom-reset\">\(t.wholeDistrict)</button></span>\n"
        if !input.heritage.isEmpty {
            s += "<label class=\"layer\"><input type=\"checkbox\" id=\"show-heritage\" checked=\"checked\"/> \(t.showHeritage)</label>\n"
        }
        s += "</div>\n"
        s += "<p id=\"map-view-name\" aria-live=\"polite\">\(t.showingBefore)</p>\n"
        s += legend(withMapItems: true, t, heritage: input.heritage)
        // Above `ReportMap.printHatchLimit` buildings the print fills F and G plainly (hatch patterns on thousands
        // of paths stall the browser's PDF output); the caption says so.
        let plainPrint = input.buildings.count > ReportMap.printHatchLimit
        s += "<figure class=\"map-figure\(plainPrint ? " plain-print" : "")\">\n" + ReportMap.render(input, summary, t)
        s += "<p id=\"map-pick\" aria-live=\"polite\"></p>\n"
        s += "<figcaption>\(t.mapCaption)\(plainPrint ? " " + t.plainPrintNote : "")</figcaption>\n</figure>\n"
        s += "</section>\n"
        return s
    }

    /// The class legend: swatch (with hatching for F and G) and letter for every class; on the map, the heritage
    /// marks too.
    static func legend(withMapItems: Bool, _ t: ReportWords, heritage: HeritageMap = HeritageMap()) -> String {
        var s = "<ul class=\"legend\" aria-label=\"\(t.legend)\">"
        for c in DPEClass.allCases {
            let hint = c == .a ? t.best : c == .g ? t.worst : ""
            s += "<li><span class=\"swatch s-\(c.letter)\" aria-hidden=\"true\"></span> \(t.classLabel(c.letter))\(hint)</li>"
        }
        s += "<li><span class=\"swatch s-N\" aria-hidden=\"true\"></span> \(t.noResult)</li>"
        if withMapItems {
            s += "<li><span class=\"swatch s-blk\" aria-hidden=\"true\"></span> \(t.blockedByHeritage)</li>"
            for kind in HeritagePerimeter.Kind.allCases where heritage.perimeters.contains(where: { $0.kind == kind }) {
                s += "<li><span class=\"swatch l-\(kind.rawValue)\" aria-hidden=\"true\"></span> \(ReportMarkup.escape(t.perimeterLabel(kind)))</li>"
            }
            if !heritage.monuments.isEmpty {
                s += "<li><span class=\"swatch l-mon\" aria-hidden=\"true\"></span> \(t.listedMonument)</li>"
            }
        }
        s += "</ul>\n"
        return s
    }

    static func notes(_ input: ReportInput, _ t: ReportWords) -> String {
        var s = "<footer id=\"notes\">\n<h2>\(t.notesTitle)</h2>\n<ul>\n"
        for n in t.notes { s += "<li>\(n)</li>\n" }
        s += "<li>\(ReportMarkup.escape(input.generatedNote))</li>\n"
        s += "</ul>\n</footer>\n"
        return s
    }
}
