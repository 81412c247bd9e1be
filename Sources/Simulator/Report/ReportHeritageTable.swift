/// The table of buildings where heritage rules block at least one measure of at least one scenario, with the
/// scenarios concerned and every distinct reason (in order of first appearance).
enum ReportHeritageTable {
    static func render(_ input: ReportInput, _ summary: ReportSummary) -> String {
        var rows = ""
        var count = 0
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
            let scenarios = numbers.count == summary.scenarios.count
                ? "all (\(numbers.count))" : numbers.map(String.init).joined(separator: ", ")
            rows += "<tr data-building-id=\"\(ReportMarkup.escape(building.id))\"><th scope=\"row\">\(ReportMarkup.escape(building.id))</th>"
            rows += "<td class=\"num\">\(ReportFormat.integer(building.dwellings))</td>"
            rows += "<td><span class=\"swatch s-\(building.classBefore.letter)\" aria-hidden=\"true\"></span> \(building.classBefore.letter)</td>"
            rows += "<td>\(scenarios)</td><td>\(abf ? "yes" : "no")</td><td>"
            if reasons.isEmpty {
                rows += "(no reason given)"
            } else {
                rows += "<ul>" + reasons.map { "<li>\(ReportMarkup.escape($0))</li>" }.joined() + "</ul>"
            }
            rows += "</td></tr>\n"
        }
        guard count > 0 else {
            return "<p>No building has a measure blocked by heritage rules in any scenario.</p>\n"
        }
        var s = "<p>\(ReportFormat.integer(count)) building\(count == 1 ? "" : "s") with at least one measure blocked "
        s += "by heritage rules. Scenario numbers refer to the scenario table.</p>\n"
        s += "<table class=\"data\" id=\"heritage-table\">\n<caption>Buildings where heritage rules block a measure</caption>\n"
        s += "<thead><tr><th scope=\"col\">Building</th><th scope=\"col\" class=\"num\">Dwellings</th><th scope=\"col\">Class before</th>"
        s += "<th scope=\"col\">Blocked in scenarios</th><th scope=\"col\">Needs ABF approval</th><th scope=\"col\">Reasons</th></tr></thead>\n<tbody>\n"
        s += rows
        s += "</tbody>\n</table>\n"
        return s
    }
}
