/// The bar chart of dwellings per DPE class: one horizontal stacked bar for "before works" and one per scenario,
/// segments in class order A→G then "no result", each labelled with its count when wide enough.
///
/// Every segment is emitted, even when empty (zero width), with `data-row` ("before" or the scenario id),
/// `data-class` (a letter, or "N" for no result) and `data-dwellings`, so the figures can be read back and
/// checked against the tables.
enum ReportClassChart {
    static let widthPx = 960.0
    static let labelWidthPx = 300.0
    static let barX0 = 310.0
    static let barWidthPx = 620.0
    static let rowHeightPx = 26.0
    static let rowGapPx = 12.0
    static let topPx = 12.0

    struct Row {
        var key: String
        var label: String
        var counts: [(klass: String, dwellings: Int)]
    }

    static func rows(_ summary: ReportSummary, _ t: ReportWords) -> [Row] {
        var rows: [Row] = []
        rows.append(Row(key: "before", label: t.beforeWorksRow,
                        counts: DPEClass.allCases.map { ($0.letter, summary.dwellingsBefore[$0] ?? 0) } + [("N", 0)]))
        for f in summary.scenarios {
            rows.append(Row(key: f.scenario.id, label: "\(f.number). \(f.scenario.name)",
                            counts: DPEClass.allCases.map { ($0.letter, f.dwellingsAfter[$0] ?? 0) }
                                + [("N", f.dwellingsWithoutResult)]))
        }
        return rows
    }

    static func render(_ summary: ReportSummary, _ t: ReportWords) -> String {
        let rows = rows(summary, t)
        let total = summary.totalDwellings
        let scale = total > 0 ? barWidthPx / Double(total) : 0
        let plotBottom = topPx + Double(rows.count) * (rowHeightPx + rowGapPx)
        let height = plotBottom + 52
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"class-chart\" class=\"chart\" role=\"img\" "
        s += "aria-labelledby=\"class-chart-title class-chart-desc\" viewBox=\"0 0 \(ReportFormat.svg(widthPx)) "
        s += "\(ReportFormat.svg(height))\" width=\"\(ReportFormat.svg(widthPx))\" height=\"\(ReportFormat.svg(height))\">\n"
        s += "<title id=\"class-chart-title\">\(t.classChartTitle)</title>\n"
        s += "<desc id=\"class-chart-desc\">\(t.classChartDesc)</desc>\n"
        s += ReportMap.hatchPatterns(prefix: "ch", spacing: 6, strokeWidth: 1.6)
        // Vertical grid and x axis.
        let ticks = ReportAxis.ticks(lo: 0, hi: Double(max(total, 1)), count: 6)
        var tick = 0.0
        s += "<g class=\"axis\">"
        while tick <= Double(total) + 1e-9 {
            let x = barX0 + tick * scale
            s += "<line class=\"grid\" x1=\"\(ReportFormat.svg(x))\" y1=\"\(ReportFormat.svg(topPx - 4))\" x2=\"\(ReportFormat.svg(x))\" y2=\"\(ReportFormat.svg(plotBottom))\"/>"
            s += "<text x=\"\(ReportFormat.svg(x))\" y=\"\(ReportFormat.svg(plotBottom + 16))\" text-anchor=\"middle\">\(t.int(Int(tick)))</text>"
            tick += ticks.step
        }
        s += "<line class=\"axis-line\" x1=\"\(ReportFormat.svg(barX0))\" y1=\"\(ReportFormat.svg(plotBottom))\" x2=\"\(ReportFormat.svg(barX0 + barWidthPx))\" y2=\"\(ReportFormat.svg(plotBottom))\"/>"
        s += "<text class=\"axis-label\" x=\"\(ReportFormat.svg(barX0 + barWidthPx / 2))\" y=\"\(ReportFormat.svg(plotBottom + 40))\" text-anchor=\"middle\">\(t.dwellingsTotal(t.int(total)))</text>"
        s += "</g>\n"
        for (r, row) in rows.enumerated() {
            let y = topPx + Double(r) * (rowHeightPx + rowGapPx)
            let key = ReportMarkup.escape(row.key)
            let label = ReportMarkup.escape(ReportMarkup.truncate(row.label, maxCharacters: 42))
            s += "<g class=\"bar-row\" data-row=\"\(key)\">"
            s += "<text class=\"row-label\" x=\"\(ReportFormat.svg(labelWidthPx))\" y=\"\(ReportFormat.svg(y + rowHeightPx / 2 + 5))\" text-anchor=\"end\">\(label)<title>\(ReportMarkup.escape(row.label))</title></text>"
            var x = barX0
            for (klass, n) in row.counts {
                let w = Double(n) * scale
                let what = t.classWord(klass)
                s += "<rect class=\"c-\(klass)\" data-row=\"\(key)\" data-class=\"\(klass)\" data-dwellings=\"\(n)\" "
                s += "x=\"\(ReportFormat.svg(x))\" y=\"\(ReportFormat.svg(y))\" width=\"\(ReportFormat.svg(w))\" height=\"\(ReportFormat.svg(rowHeightPx))\">"
                s += "<title>\(t.segmentTooltip(ReportMarkup.escape(row.label), t.int(n), what))</title></rect>"
                let text = t.int(n)
                if n > 0 && w >= Double(text.count) * 7.5 + 6 {
                    s += "<text class=\"seg t-\(klass)\" x=\"\(ReportFormat.svg(x + w / 2))\" y=\"\(ReportFormat.svg(y + rowHeightPx / 2 + 4.5))\" text-anchor=\"middle\" aria-hidden=\"true\">\(text)</text>"
                }
                x += w
            }
            s += "</g>\n"
        }
        s += "</svg>\n"
        return s
    }

    /// The chart's numbers as a table (also the accessible alternative to the chart).
    static func table(_ summary: ReportSummary, _ t: ReportWords) -> String {
        let rows = rows(summary, t)
        var s = "<table class=\"data\" id=\"class-table\">\n<caption>\(t.classTableCaption)</caption>\n<thead><tr><th scope=\"col\">\(t.rowHeader)</th>"
        for c in DPEClass.allCases {
            s += "<th scope=\"col\" class=\"num\"><span class=\"swatch s-\(c.letter)\" aria-hidden=\"true\"></span> \(c.letter)</th>"
        }
        s += "<th scope=\"col\" class=\"num\">\(t.noResult)</th><th scope=\"col\" class=\"num\">F + G</th></tr></thead>\n<tbody>\n"
        for row in rows {
            s += "<tr data-row=\"\(ReportMarkup.escape(row.key))\"><th scope=\"row\">\(ReportMarkup.escape(row.label))</th>"
            for (klass, n) in row.counts {
                s += "<td class=\"num\" data-class=\"\(klass)\">\(t.int(n))</td>"
            }
            let fg = row.counts.filter { $0.klass == "F" || $0.klass == "G" }.reduce(0) { $0 + $1.dwellings }
            s += "<td class=\"num\">\(t.int(fg))</td></tr>\n"
        }
        s += "</tbody>\n</table>\n"
        return s
    }
}
