import Foundation

/// Formats a `HeritageAssessment` for `renovate check`: a text report for people and stable JSON (sorted keys,
/// values rounded at the source) for tools and golden files.
public enum AssessmentReport {
    /// Output format.
    public enum Format: String, Sendable, CaseIterable {
        case text, json
    }

    public static func render(_ a: HeritageAssessment, format: Format) throws -> String {
        switch format {
        case .text: text(a)
        case .json: try json(a)
        }
    }

    /// JSON with sorted keys and two-space indentation, ending with a newline.
    public static func json(_ a: HeritageAssessment) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(a), as: UTF8.self) + "\n"
    }

    /// The text report: geometry summary, protections with reasons and legal bases, the table of measures ×
    /// façades, then the reason and source of every rule used, in the words of `language` (the reasons are those
    /// the check was run with: `HeritageCheck.language`).
    public static func text(_ a: HeritageAssessment, language: Language = .en) -> String {
        let w = HeritageMessages.of(language)
        let num = { (x: Double) in Self.num(x).replacingOccurrences(of: ".", with: w.decimalSeparator) }
        let c = w.colon
        var out: [String] = []
        let g = a.geometry
        out.append("\(w.building) \(a.buildingID)")
        out.append(w.ruleSet + c + a.ruleSet.joined(separator: " ← "))
        out.append("")
        out.append(w.geometryTitle)
        out.append("  " + w.geometryLine(num(g.footprintAreaM2), g.storeys, num(g.heightM), w.wall(g.wallMaterial)))
        out.append("  " + w.exposureLine(num(g.exposedWallAreaM2), num(g.partyWallAreaM2),
                                         Int((g.partyWallLengthShare * 100).rounded()), num(g.roofAreaM2),
                                         g.roofVisibleFromPublicSpace))
        if g.facades.isEmpty {
            out.append("  " + w.noExposedFacade)
        } else {
            out += table([w.facadeColumns]
                         + g.facades.map { f in
                             ["#\(f.index)", w.orientation(f.orientation.rawValue), w.context(f.context),
                              f.visibleFromPublicSpace ? w.yes : w.no, "\(num(f.lengthM)) m", "\(num(f.exposedAreaM2)) m²"]
                         }, indent: "  ")
        }
        out.append("")
        out.append(w.protectionsTitle)
        if a.protections.isEmpty { out.append("  " + w.noProtection) }
        for p in a.protections {
            let scope = p.facadeIndices.map { " [façades " + $0.map { "#\($0)" }.joined(separator: ", ") + "]" } ?? ""
            out.append("  - \(p.tag.rawValue)\(scope)\(c)\(p.reason) (\(w.abfOpinion)\(c)\(w.opinion(p.opinion)))")
            if let law = p.legalBasis { out.append("      \(w.law)\(c)\(law)") }
        }
        out.append("")
        out.append(w.verdictsTitle)
        let facadeLabel: [Int: String] = Dictionary(uniqueKeysWithValues: g.facades.map {
            ($0.index, "#\($0.index) \(w.orientation($0.orientation.rawValue)) \(w.context($0.context))")
        })
        var rows: [[String]] = [w.verdictColumns]
        var notes: [Int: [String]] = [:]
        for v in a.verdicts {
            let where_ = v.facadeIndex.map { facadeLabel[$0] ?? "#\($0)" } ?? w.wholeBuilding
            let verdict = v.noRuleMatched ? "\(w.verdict(v.verdict)) (\(w.noRuleMatched))" : w.verdict(v.verdict)
            rows.append([w.measure(v.measure), where_, verdict, v.ruleID ?? "—"])
            if !v.conditions.isEmpty { notes[rows.count - 1] = [w.ifConditions + c + v.conditions.joined(separator: w.listSeparator)] }
        }
        let lines = table(rows, indent: "  ")
        for (i, line) in lines.enumerated() {
            out.append(line)
            for n in notes[i] ?? [] { out.append("      " + n) }
        }
        out.append("")
        out.append(w.rulesUsedTitle)
        var seen = Set<String>()
        let missing = a.verdicts.filter(\.noRuleMatched).map { w.measure($0.measure) }
        for v in a.verdicts {
            guard let id = v.ruleID, seen.insert(id).inserted else { continue }
            out.append("  \(id) (\(w.verdict(v.verdict)))\(c)\(v.reason) — \(w.source)\(c)\(v.source)")
        }
        if !missing.isEmpty {
            out.append("  " + w.noRuleMatchedFor(Array(Set(missing)).sorted().joined(separator: ", ")))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A number with one decimal at most ("96", "10.5").
    static func num(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    /// Left-aligned columns separated by two spaces, trailing spaces trimmed.
    static func table(_ rows: [[String]], indent: String) -> [String] {
        guard let width = rows.map(\.count).max() else { return [] }
        let widths = (0..<width).map { c in rows.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = indent
            for (c, cell) in row.enumerated() {
                line += cell + (c < row.count - 1 ? String(repeating: " ", count: widths[c] - cell.count + 2) : "")
            }
            return line
        }
    }
}
