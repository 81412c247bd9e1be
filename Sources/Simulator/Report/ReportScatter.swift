/// The scatter of scenarios: total capital cost (x) against floor-area-weighted mean primary energy after works
/// (y), both to minimise, with the Pareto front drawn as a dashed line through its scenarios (filled markers).
/// The current state, when known, is a square at zero cost.
///
/// Each marker carries `data-scenario-id`, `data-capex-eur` (whole euros) and `data-mean-pe` (0.1 kWh/(m²·year))
/// and `data-pareto` ("1" or "0"), so the figures can be read back and checked against the summary table.
enum ReportScatter {
    static let widthPx = 960.0
    static let heightPx = 470.0
    static let left = 90.0, right = 700.0, top = 20.0, bottom = 400.0

    static func render(_ summary: ReportSummary, _ t: ReportWords) -> String {
        let points = summary.scenarios.compactMap { f in f.meanPrimaryEnergyKWhPerM2Year.map { (f, $0) } }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"scatter\" class=\"chart\" role=\"img\" "
        s += "aria-labelledby=\"scatter-title scatter-desc\" viewBox=\"0 0 \(ReportFormat.svg(widthPx)) \(ReportFormat.svg(heightPx))\" "
        s += "width=\"\(ReportFormat.svg(widthPx))\" height=\"\(ReportFormat.svg(heightPx))\">\n"
        s += "<title id=\"scatter-title\">\(t.scatterTitle)</title>\n"
        s += "<desc id=\"scatter-desc\">\(t.scatterDesc)</desc>\n"
        guard !points.isEmpty else {
            s += "<text x=\"20\" y=\"40\">\(t.noScenarioResult)</text>\n</svg>\n"
            return s
        }
        let maxCost = points.map { $0.0.totalCapexEUR }.max() ?? 0
        var energies = points.map { $0.1 }
        if let today = summary.meanPrimaryEnergyBeforeKWhPerM2Year { energies.append(today) }
        let xt = ReportAxis.ticks(lo: 0, hi: max(maxCost, 1) / 1e6 * 1.05, count: 6)
        let lo = energies.min() ?? 0, hi = energies.max() ?? 1
        let spread = max(hi - lo, max(hi * 0.05, 1))
        let yt = ReportAxis.ticks(lo: max(0, lo - 0.08 * spread), hi: hi + 0.08 * spread, count: 6)
        func px(_ costEUR: Double) -> Double { left + (costEUR / 1e6 - xt.first) / (xt.last - xt.first) * (right - left) }
        func py(_ pe: Double) -> Double { bottom - (pe - yt.first) / (yt.last - yt.first) * (bottom - top) }

        s += "<g class=\"axis\">"
        var tick = xt.first
        while tick <= xt.last + xt.step * 1e-6 {
            let x = left + (tick - xt.first) / (xt.last - xt.first) * (right - left)
            s += "<line class=\"grid\" x1=\"\(ReportFormat.svg(x))\" y1=\"\(ReportFormat.svg(top))\" x2=\"\(ReportFormat.svg(x))\" y2=\"\(ReportFormat.svg(bottom))\"/>"
            s += "<text x=\"\(ReportFormat.svg(x))\" y=\"\(ReportFormat.svg(bottom + 18))\" text-anchor=\"middle\">\(t.localised(label(tick, step: xt.step)))</text>"
            tick += xt.step
        }
        tick = yt.first
        while tick <= yt.last + yt.step * 1e-6 {
            let y = py(tick)
            s += "<line class=\"grid\" x1=\"\(ReportFormat.svg(left))\" y1=\"\(ReportFormat.svg(y))\" x2=\"\(ReportFormat.svg(right))\" y2=\"\(ReportFormat.svg(y))\"/>"
            s += "<text x=\"\(ReportFormat.svg(left - 8))\" y=\"\(ReportFormat.svg(y + 4))\" text-anchor=\"end\">\(t.localised(label(tick, step: yt.step)))</text>"
            tick += yt.step
        }
        s += "<rect class=\"plot-frame\" x=\"\(ReportFormat.svg(left))\" y=\"\(ReportFormat.svg(top))\" width=\"\(ReportFormat.svg(right - left))\" height=\"\(ReportFormat.svg(bottom - top))\"/>"
        s += "<text class=\"axis-label\" x=\"\(ReportFormat.svg((left + right) / 2))\" y=\"\(ReportFormat.svg(bottom + 44))\" text-anchor=\"middle\">\(t.costAxis)</text>"
        s += "<text class=\"axis-label\" transform=\"translate(24 \(ReportFormat.svg((top + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">\(t.energyAxis)</text>"
        s += "</g>\n"

        // Pareto front line, by increasing cost.
        let figuresByID = Dictionary(points.map { ($0.0.scenario.id, $0) }, uniquingKeysWith: { a, _ in a })
        let front = summary.paretoFront.compactMap { figuresByID[$0.id] }
        if front.count >= 2 {
            let pts = front.map { "\(ReportFormat.svg(px($0.0.totalCapexEUR))),\(ReportFormat.svg(py($0.1)))" }
            s += "<polyline class=\"pareto-line\" points=\"\(pts.joined(separator: " "))\"/>\n"
        }
        if let today = summary.meanPrimaryEnergyBeforeKWhPerM2Year {
            let x = px(0), y = py(today)
            s += "<g class=\"today\" data-mean-pe=\"\(ReportFormat.svg(today))\"><rect x=\"\(ReportFormat.svg(x - 6))\" y=\"\(ReportFormat.svg(y - 6))\" width=\"12\" height=\"12\"><title>\(t.todayTooltip(t.fixed(today, 1)))</title></rect>"
            s += "<text x=\"\(ReportFormat.svg(x + 10))\" y=\"\(ReportFormat.svg(y - 8))\">\(t.today)</text></g>\n"
        }
        // Markers first, then name labels placed greedily so that they overlap neither markers nor each other.
        let markers = points.map { (f, pe) in (f: f, pe: pe, x: px(f.totalCapexEUR), y: py(pe)) }
        var boxes: [Box] = markers.map { Box(x0: $0.x - 11, y0: $0.y - 11, x1: $0.x + 11, y1: $0.y + 11) }
        var labels: [String] = []
        for m in markers {
            let name = ReportMarkup.truncate(m.f.scenario.name, maxCharacters: 26)
            let w = Double(name.count) * 6.6
            // Candidates: right, above-right, below-right, left, then further down on the right.
            var candidates: [(x: Double, y: Double, anchorEnd: Bool)] = [
                (m.x + 14, m.y + 4, false), (m.x + 10, m.y - 12, false), (m.x + 10, m.y + 22, false), (m.x - 14, m.y + 4, true),
            ]
            for k in 1...6 { candidates.append((m.x + 14, m.y + 4 + 14 * Double(k + 1), false)) }
            var chosen = candidates[0]
            for c in candidates {
                let box = c.anchorEnd ? Box(x0: c.x - w, y0: c.y - 11, x1: c.x, y1: c.y + 3)
                                      : Box(x0: c.x, y0: c.y - 11, x1: c.x + w, y1: c.y + 3)
                if box.x0 >= left - 80, box.x1 <= widthPx, !boxes.contains(where: { $0.overlaps(box) }) {
                    chosen = c
                    boxes.append(box)
                    break
                }
            }
            labels.append("<text class=\"pt-label\" x=\"\(ReportFormat.svg(chosen.x))\" y=\"\(ReportFormat.svg(chosen.y))\"\(chosen.anchorEnd ? " text-anchor=\"end\"" : "")>\(ReportMarkup.escape(name))</text>")
        }
        for (m, label) in zip(markers, labels) {
            let (f, pe, x, y) = m
            let cls = f.isOnParetoFront ? "pt pareto" : "pt"
            s += "<g class=\"\(cls)\" data-scenario-id=\"\(ReportMarkup.escape(f.scenario.id))\" "
            s += "data-capex-eur=\"\(Int(f.totalCapexEUR.rounded()))\" data-mean-pe=\"\(ReportFormat.svg(pe))\" data-pareto=\"\(f.isOnParetoFront ? 1 : 0)\">"
            s += "<circle cx=\"\(ReportFormat.svg(x))\" cy=\"\(ReportFormat.svg(y))\" r=\"10\">"
            s += "<title>\(t.pointTooltip("\(f.number). \(ReportMarkup.escape(f.scenario.name))", t.millionEuros(f.totalCapexEUR), t.fixed(pe, 1), f.isOnParetoFront))</title></circle>"
            s += "<text class=\"pt-num\" x=\"\(ReportFormat.svg(x))\" y=\"\(ReportFormat.svg(y + 4))\" text-anchor=\"middle\" aria-hidden=\"true\">\(f.number)</text>"
            s += label
            s += "</g>\n"
        }
        // Key.
        let kx = right + 24
        s += "<g class=\"key\"><circle class=\"key-pareto\" cx=\"\(ReportFormat.svg(kx + 8))\" cy=\"\(ReportFormat.svg(top + 12))\" r=\"7\"/>"
        s += "<text x=\"\(ReportFormat.svg(kx + 22))\" y=\"\(ReportFormat.svg(top + 16))\">\(t.keyOnFront)</text>"
        s += "<circle class=\"key-other\" cx=\"\(ReportFormat.svg(kx + 8))\" cy=\"\(ReportFormat.svg(top + 36))\" r=\"7\"/>"
        s += "<text x=\"\(ReportFormat.svg(kx + 22))\" y=\"\(ReportFormat.svg(top + 40))\">\(t.keyDominated)</text>"
        s += "<line class=\"pareto-line\" x1=\"\(ReportFormat.svg(kx))\" y1=\"\(ReportFormat.svg(top + 58))\" x2=\"\(ReportFormat.svg(kx + 16))\" y2=\"\(ReportFormat.svg(top + 58))\"/>"
        s += "<text x=\"\(ReportFormat.svg(kx + 22))\" y=\"\(ReportFormat.svg(top + 62))\">\(t.paretoFront)</text>"
        if summary.meanPrimaryEnergyBeforeKWhPerM2Year != nil {
            s += "<rect class=\"key-today\" x=\"\(ReportFormat.svg(kx + 2))\" y=\"\(ReportFormat.svg(top + 74))\" width=\"12\" height=\"12\"/>"
            s += "<text x=\"\(ReportFormat.svg(kx + 22))\" y=\"\(ReportFormat.svg(top + 84))\">\(t.keyToday)</text>"
        }
        s += "</g>\n</svg>\n"
        return s
    }

    /// An axis-aligned box in px, for label placement.
    struct Box {
        var x0, y0, x1, y1: Double
        func overlaps(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
    }

    /// Tick label with as many decimals as the step needs.
    static func label(_ v: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3
        return ReportFormat.fixed(v, decimals: decimals)
    }
}
