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

    /// The text report: geometry summary, protections with reasons, the table of measures × façades, then the
    /// reason and source of every rule used.
    public static func text(_ a: HeritageAssessment) -> String {
        var out: [String] = []
        let g = a.geometry
        out.append("Building \(a.buildingID)")
        out.append("Rule set: " + a.ruleSet.joined(separator: " ← "))
        out.append("")
        out.append("Geometry (façade analysis)")
        out.append("  footprint \(num(g.footprintAreaM2)) m², \(g.storeys) storeys, \(num(g.heightM)) m to eaves, walls \(g.wallMaterial.rawValue)")
        out.append("  exposed walls \(num(g.exposedWallAreaM2)) m², party walls \(num(g.partyWallAreaM2)) m² "
                   + "(\(Int((g.partyWallLengthShare * 100).rounded())) % of the perimeter), roof \(num(g.roofAreaM2)) m²"
                   + (g.roofVisibleFromPublicSpace ? " (taken as visible from public space)" : " (not visible from public space)"))
        if g.facades.isEmpty {
            out.append("  no exposed façade")
        } else {
            out += table([["façade", "orientation", "context", "visible", "length", "exposed"]]
                         + g.facades.map { f in
                             ["#\(f.index)", f.orientation.rawValue, f.context.rawValue,
                              f.visibleFromPublicSpace ? "yes" : "no", "\(num(f.lengthM)) m", "\(num(f.exposedAreaM2)) m²"]
                         }, indent: "  ")
        }
        out.append("")
        out.append("Protections")
        if a.protections.isEmpty { out.append("  none found in the heritage layers") }
        for p in a.protections {
            let scope = p.facadeIndices.map { " [façades " + $0.map { "#\($0)" }.joined(separator: ", ") + "]" } ?? ""
            out.append("  - \(p.tag.rawValue)\(scope): \(p.reason) (ABF opinion: \(p.opinion.rawValue))")
            if let law = p.legalBasis { out.append("      law: \(law)") }
        }
        out.append("")
        out.append("Verdicts (measure × façade)")
        let facadeLabel: [Int: String] = Dictionary(uniqueKeysWithValues: g.facades.map {
            ($0.index, "#\($0.index) \($0.orientation.rawValue) \($0.context.rawValue)")
        })
        var rows: [[String]] = [["measure", "façade", "verdict", "rule"]]
        var notes: [Int: [String]] = [:]
        for v in a.verdicts {
            let where_ = v.facadeIndex.map { facadeLabel[$0] ?? "#\($0)" } ?? "building"
            let verdict = v.noRuleMatched ? "\(v.verdict.rawValue) (no rule matched)" : v.verdict.rawValue
            rows.append([v.measure.rawValue, where_, verdict, v.ruleID ?? "—"])
            if !v.conditions.isEmpty { notes[rows.count - 1] = ["if: " + v.conditions.joined(separator: "; ")] }
        }
        let lines = table(rows, indent: "  ")
        for (i, line) in lines.enumerated() {
            out.append(line)
            for n in notes[i] ?? [] { out.append("      " + n) }
        }
        out.append("")
        out.append("Rules used")
        var seen = Set<String>()
        let missing = a.verdicts.filter(\.noRuleMatched).map(\.measure.rawValue)
        for v in a.verdicts {
            guard let id = v.ruleID, seen.insert(id).inserted else { continue }
            out.append("  \(id) (\(v.verdict.rawValue)): \(v.reason) — source: \(v.source)")
        }
        if !missing.isEmpty {
            out.append("  no rule matched for: " + Array(Set(missing)).sorted().joined(separator: ", ")
                       + " (the rule set's fallback verdict applies)")
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
