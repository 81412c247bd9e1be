extension AssessmentPlan {
    /// A self-contained page for one building: the protections with their reasons, the plan for `measure` (or
    /// one small plan per façade-bound measure), and every verdict with its rule, reason and source. Prints on
    /// one A4 page (print stylesheet).
    public func html(measure: MeasureKind? = nil) -> String {
        let a = assessment
        var s = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Heritage check: \(Self.escape(a.buildingID))</title>
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
            <h1>Heritage check: building \(Self.escape(a.buildingID))</h1>
            <p>Rule set: \(Self.escape(a.ruleSet.joined(separator: " ← "))). \(a.geometry.storeys) storeys, \(Self.number(a.geometry.heightM)) m, walls \(a.geometry.wallMaterial.rawValue); façade numbers as in <code>renovate check</code>'s text and JSON.</p>
            <h2>Protections</h2>
            <ul>

            """
        if a.protections.isEmpty { s += "<li>none found in the heritage layers</li>\n" }
        for p in a.protections {
            s += "<li><strong>\(p.tag.rawValue)</strong>: \(Self.escape(p.reason)) (ABF opinion: \(p.opinion.rawValue))"
            if let law = p.legalBasis { s += "<br/><small>\(Self.escape(law))</small>" }
            s += "</li>\n"
        }
        s += "</ul>\n<h2>Plan\(measure == nil ? "s, one per measure placed on façades" : ": \(measure!.rawValue)")</h2>\n<div class=\"plans\">\n"
        for m in measure.map({ [$0] }) ?? Self.facadeMeasures {
            s += "<figure><figcaption>\(m.rawValue)</figcaption>\n\(svg(measure: m, widthPx: measure == nil ? 300 : 560))</figure>\n"
        }
        s += "</div>\n<h2>Verdicts</h2>\n<table><thead><tr><th>measure</th><th>façade</th><th>verdict</th><th>reason</th><th>source</th></tr></thead><tbody>\n"
        for v in a.verdicts where measure == nil || v.measure == measure {
            s += "<tr><td>\(v.measure.rawValue)</td><td>\(v.facadeIndex.map { "#\($0)" } ?? "building")</td>"
            s += "<td class=\"\(v.verdict.rawValue)\">\(v.verdict.rawValue)\(v.conditions.isEmpty ? "" : ": " + Self.escape(v.conditions.joined(separator: "; ")))</td>"
            s += "<td>\(Self.escape(v.reason))</td><td>\(Self.escape(v.source))</td></tr>\n"
        }
        s += "</tbody></table>\n</body></html>\n"
        return s
    }
}
