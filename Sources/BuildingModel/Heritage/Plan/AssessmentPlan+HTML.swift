extension AssessmentPlan {
    /// A self-contained page for one building: the protections with their reasons, the plan for `measure` (or
    /// one small plan per façade-bound measure), and every verdict with its rule, reason and source. Prints on
    /// one A4 page (print stylesheet).
    public func html(measure: MeasureKind? = nil, language: Language = .en) -> String {
        let a = assessment
        let w = HeritageMessages.of(language)
        var s = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(Self.escape(w.pageTitle(a.buildingID)))</title>
            <style>
            body { font-family: sans-serif; margin: 1.2em; color: #222; max-width: 60em; }
            h1 { font-size: 1.3em; margin: 0 0 .3em; } h2 { font-size: 1.05em; margin: 1em 0 .3em; }
            .plans { display: flex; flex-wrap: wrap; gap: .8em; }
            .plans figure { margin: 0; } .plans figcaption { font-weight: bold; font-size: .9em; }
            svg.plan { max-width: 100%; height: auto; }
            table { border-collapse: collapse; font-size: .85em; } td, th { border-bottom: 1px solid #ddd; padding: .2em .5em; text-align: left; vertical-align: top; }
            .allowed { color: #2e7d32; } .conditional { color: #ef6c00; } .forbidden { color: #c62828; }
            @media print { @page { size: A4; margin: 10mm; } body { margin: 0; font-size: 9pt; } .plans figure { width: 48%; } }
            </style></head><body>
            <h1>\(Self.escape(w.pageTitle(a.buildingID)))</h1>
            <p>\(w.pageIntro(Self.escape(a.ruleSet.joined(separator: " ← ")), a.geometry.storeys, Self.number(a.geometry.heightM), Self.escape(w.wall(a.geometry.wallMaterial))))</p>
            <h2>\(w.protectionsTitle)</h2>
            <ul>

            """
        if a.protections.isEmpty { s += "<li>\(Self.escape(w.noProtection))</li>\n" }
        for p in a.protections {
            s += "<li><strong>\(p.tag.rawValue)</strong>: \(Self.escape(p.reason)) (\(Self.escape(w.abfOpinion)): \(Self.escape(w.opinion(p.opinion))))"
            if let law = p.legalBasis { s += "<br/><small>\(Self.escape(law))</small>" }
            s += "</li>\n"
        }
        s += "</ul>\n<h2>\(Self.escape(w.plansTitle(measure.map(w.measure))))</h2>\n<div class=\"plans\">\n"
        for m in measure.map({ [$0] }) ?? Self.facadeMeasures {
            s += "<figure><figcaption>\(Self.escape(w.measure(m)))</figcaption>\n\(svg(measure: m, widthPx: measure == nil ? 300 : 560))</figure>\n"
        }
        s += "</div>\n<h2>\(Self.escape(w.verdictsTitle))</h2>\n<table><thead><tr>" + w.planColumns.map { "<th>\(Self.escape($0))</th>" }.joined()
            + "</tr></thead><tbody>\n"
        for v in a.verdicts where measure == nil || v.measure == measure {
            s += "<tr><td>\(Self.escape(w.measure(v.measure)))</td><td>\(v.facadeIndex.map { "#\($0)" } ?? w.wholeBuilding)</td>"
            s += "<td class=\"\(v.verdict.rawValue)\">\(Self.escape(w.verdict(v.verdict)))\(v.conditions.isEmpty ? "" : ": " + Self.escape(v.conditions.joined(separator: "; ")))</td>"
            s += "<td>\(Self.escape(v.reason))</td><td>\(Self.escape(v.source))</td></tr>\n"
        }
        s += "</tbody></table>\n</body></html>\n"
        return s
    }
}
