/// The heritage section: first a summary, one row per distinct reason (in order of first appearance) with the
/// buildings it blocks in each scenario and their dwellings, the reason written once; then the buildings where
/// heritage rules block at least one measure of at least one scenario, with the scenarios concerned and every
/// distinct reason, behind a disclosure (thousands of rows on a district).
enum ReportHeritageTable {
    /// A reason without its façade number ("… on façade 3: …" → "… on a façade: …"), so that one rule's reason
    /// groups every façade it blocks.
    static func withoutFacade(_ reason: String) -> String {
        reason.replacing(/\ on façade \d+:/, with: " on a façade:")
    }

    static func render(_ input: ReportInput, _ summary: ReportSummary, _ t: ReportWords) -> String {
        var rows = ""
        var count = 0
        // reason → (buildings per scenario number, buildings, dwellings), in order of first appearance.
        var byReason: [String: (perScenario: [Int: Int], buildings: Int, dwellings: Int)] = [:]
        var reasonOrder: [String] = []
        for (b, building) in input.buildings.enumerated() {
            var numbers: [Int] = []
            var reasons: [String] = []
            var seen = Set<String>()
            var abf = false
            for (sIndex, f) in summary.scenarios.enumerated() {
                guard let o = summary.outcomes[b][sIndex], o.blockedByHeritage else { continue }
                numbers.append(f.number)
                abf = abf || o.needsABFApproval
                for r in o.blockedReasons where seen.insert(r).inserted { reasons.append(r) }
            }
            guard !numbers.isEmpty else { continue }
            count += 1
            var seenHere = Set<String>()
            for (sIndex, f) in summary.scenarios.enumerated() {
                guard let o = summary.outcomes[b][sIndex], o.blockedByHeritage else { continue }
                for r in (o.blockedReasons.isEmpty ? [t.noReasonGiven] : o.blockedReasons).map(Self.withoutFacade) {
                    if byReason[r] == nil { byReason[r] = ([:], 0, 0); reasonOrder.append(r) }
                    byReason[r]!.perScenario[f.number, default: 0] += 1
                    if seenHere.insert(r).inserted {
                        byReason[r]!.buildings += 1
                        byReason[r]!.dwellings += building.dwellings
                    }
                }
            }
            let scenarios = numbers.count == summary.scenarios.count
                ? t.allScenarios(numbers.count) : numbers.map(String.init).joined(separator: ", ")
            rows += "<tr data-building-id=\"\(ReportMarkup.escape(building.id))\"><th scope=\"row\">\(ReportMarkup.escape(building.id))</th>"
            rows += "<td class=\"num\">\(t.int(building.dwellings))</td>"
            rows += "<td><span class=\"swatch s-\(building.classBefore.letter)\" aria-hidden=\"true\"></span> \(building.classBefore.letter)</td>"
            rows += "<td>\(scenarios)</td><td>\(abf ? t.yes : t.no)</td><td>"
            if reasons.isEmpty {
                rows += t.noReasonGiven
            } else {
                rows += "<ul>" + reasons.map { "<li>\(ReportMarkup.escape($0))</li>" }.joined() + "</ul>"
            }
            rows += "</td></tr>\n"
        }
        guard count > 0 else {
            return "<p>\(t.noBlockedBuilding)</p>\n"
        }
        var s = "<p>\(t.blockedCount(count, t.int(count)))</p>\n"
        s += "<div class=\"scroll\"><table class=\"data\" id=\"heritage-summary\">\n<caption>\(t.heritageSummaryCaption)</caption>\n"
        let h = t.heritageSummaryHeaders
        s += "<thead><tr><th scope=\"col\">\(h[0])</th><th scope=\"col\" class=\"num\">\(h[1])</th><th scope=\"col\" class=\"num\">\(h[2])</th>"
        for f in summary.scenarios { s += "<th scope=\"col\" class=\"num\">\(f.number)</th>" }
        s += "</tr></thead>\n<tbody>\n"
        for r in reasonOrder {
            let e = byReason[r]!
            s += "<tr><th scope=\"row\">\(ReportMarkup.escape(r))</th><td class=\"num\">\(t.int(e.buildings))</td>"
            s += "<td class=\"num\">\(t.int(e.dwellings))</td>"
            for f in summary.scenarios { s += "<td class=\"num\">\(e.perScenario[f.number].map(t.int) ?? "")</td>" }
            s += "</tr>\n"
        }
        s += "</tbody>\n</table></div>\n"
        s += "<details id=\"heritage-details\"><summary>\(t.buildingsOneByOne(count, t.int(count)))</summary>\n"
        s += "<div class=\"scroll\"><table class=\"data\" id=\"heritage-table\">\n<caption>\(t.heritageTableCaption)</caption>\n"
        let c = t.heritageTableHeaders
        s += "<thead><tr><th scope=\"col\">\(c[0])</th><th scope=\"col\" class=\"num\">\(c[1])</th><th scope=\"col\">\(c[2])</th>"
        s += "<th scope=\"col\">\(c[3])</th><th scope=\"col\">\(c[4])</th><th scope=\"col\">\(c[5])</th></tr></thead>\n<tbody>\n"
        s += rows
        s += "</tbody>\n</table></div>\n</details>\n"
        return s
    }
}
