import Foundation

/// How `renovate dpe` prints its comparisons.
public enum DPEReportFormat: String, Sendable, CaseIterable {
    /// Per file, a table of the quantities (computed, recorded, difference); for several files, then a summary.
    case text
    /// One JSON document: every comparison and the summary.
    case json
    /// One row per file and quantity (file, quantity, unit, computed, recorded, relative difference), for pandas.
    case csv
}

/// Renders comparisons of recomputed DPE with the recorded ones.
public enum DPEReportRenderer {
    public static func render(
        _ comparisons: [DPEComparison], format: DPEReportFormat, summary: Bool
    ) throws -> String {
        switch format {
        case .text:
            var out = comparisons.map(text).joined(separator: "\n")
            if summary { out += "\n" + text(DPECorpusSummary(comparisons)) }
            return out
        case .json:
            struct Document: Encodable {
                var files: [DPEComparison]
                var summary: DPECorpusSummary?
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.nonConformingFloatEncodingStrategy = .throw
            let doc = Document(files: comparisons, summary: summary ? DPECorpusSummary(comparisons) : nil)
            return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
        case .csv:
            var rows = ["file,numero_dpe,quantity,unit,computed,recorded,relative_difference"]
            for c in comparisons {
                for l in c.lines where l.computed != nil || l.recorded != nil {
                    rows.append([
                        csvField(c.file), csvField(c.numeroDPE), l.quantity.rawValue, csvField(l.quantity.unit),
                        number(l.computed), number(l.recorded), l.relativeDifference.map { fmt($0, 4) } ?? "",
                    ].joined(separator: ","))
                }
                rows.append([csvField(c.file), csvField(c.numeroDPE), "classe_bilan_dpe", "",
                             c.computed?.energyClass ?? "", c.recorded.energyClass ?? "", ""].joined(separator: ","))
                rows.append([csvField(c.file), csvField(c.numeroDPE), "classe_emission_ges", "",
                             c.computed?.greenhouseGasClass ?? "", c.recorded.greenhouseGasClass ?? "", ""]
                    .joined(separator: ","))
            }
            return rows.joined(separator: "\n") + "\n"
        }
    }

    /// One file: class line, then a table of quantities.
    public static func text(_ c: DPEComparison) -> String {
        var out = "\(c.file) (DPE \(c.numeroDPE), schema \(c.schemaVersion), \(c.housingType), \(c.period), "
            + "\(fmt(c.habitableAreaM2, 1)) m², heating: \(c.heatingEnergy))\n"
        if let f = c.failure {
            out += "  not computed: \(f)\n"
            out += "  recorded class \(c.recorded.energyClass ?? "?") (GHG \(c.recorded.greenhouseGasClass ?? "?"))\n"
            return out
        }
        let mark = c.classMatches ? "same" : "DIFFERENT"
        out += "  class \(c.computed?.energyClass ?? "?") (GHG \(c.computed?.greenhouseGasClass ?? "?")), "
            + "recorded \(c.recorded.energyClass ?? "?") (GHG \(c.recorded.greenhouseGasClass ?? "?")): \(mark)\n"
        out += "  " + pad("quantity", 32) + lpad("computed", 12) + lpad("recorded", 12) + lpad("diff", 9) + "  unit\n"
        for l in c.lines where l.computed != nil || l.recorded != nil {
            let diff = l.relativeDifference.map { (($0 >= 0) ? "+" : "") + fmt($0 * 100, 1) + "%" } ?? ""
            out += "  " + pad(l.quantity.rawValue, 32) + lpad(number(l.computed), 12) + lpad(number(l.recorded), 12)
                + lpad(diff, 9) + "  " + l.quantity.unit + "\n"
        }
        return out
    }

    /// The corpus summary: the two shares, the breakdowns and the worst files.
    public static func text(_ s: DPECorpusSummary) -> String {
        func line(_ a: DPECorpusSummary.Agreement) -> String {
            pad(a.group, 34) + lpad("\(a.files)", 6) + lpad("\(a.computed)", 9)
                + lpad(pct(a.classIdentical, a.files), 8) + lpad(pct(a.classWithinOne, a.files), 8)
                + lpad(pct(a.primaryEnergyWithin5Percent, a.files), 9)
        }
        let header = pad("", 34) + lpad("files", 6) + lpad("computed", 9) + lpad("class", 8) + lpad("±1", 8)
            + lpad("EP ±5%", 9)
        var out = "Summary: \(s.overall.files) DPE; energy class identical \(pct(s.overall.classIdentical, s.overall.files)), "
            + "within one class \(pct(s.overall.classWithinOne, s.overall.files)); five-use primary energy per m² "
            + "within 5 % \(pct(s.overall.primaryEnergyWithin5Percent, s.overall.files)); "
            + "\(s.overall.files - s.overall.computed) not computed.\n"
        for (title, groups) in [("housing type", s.byHousingType), ("construction period", s.byPeriod),
                                ("heating energy", s.byHeatingEnergy)] {
            out += "\nBy \(title):\n" + header + "\n" + groups.map(line).joined(separator: "\n") + "\n"
        }
        out += "\nFurthest from the recorded primary energy per m²:\n"
        for c in s.worst {
            if let f = c.failure {
                out += "  \(c.file): not computed: \(f)\n"
                continue
            }
            let ep = DPEComparison.Line(quantity: .epConso5UsagesM2, computed: c.computed?[.epConso5UsagesM2],
                                        recorded: c.recorded[.epConso5UsagesM2])
            var s = "  \(c.file): \(number(ep.computed)) vs \(number(ep.recorded)) kWhEP/m²"
            if let d = ep.relativeDifference { s += " (\(d >= 0 ? "+" : "")\(fmt(d * 100, 1)) %)" }
            s += ", class \(c.computed?.energyClass ?? "?") vs \(c.recorded.energyClass ?? "?")"
            if let w = c.worstEnvelopeElement {
                s += "; element differing most: \(w.quantity.rawValue) \(w.differenceWPerK >= 0 ? "+" : "")"
                    + "\(fmt(w.differenceWPerK, 1)) W/K"
            }
            out += s + "\n"
        }
        return out
    }

    static func pct(_ n: Int, _ d: Int) -> String { d == 0 ? "–" : fmt(100 * Double(n) / Double(d), 1) + " %" }
    static func fmt(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
    static func number(_ v: Double?) -> String {
        guard let v else { return "" }
        return abs(v) >= 100 ? fmt(v, 0) : fmt(v, 2)
    }
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? " " + s : String(repeating: " ", count: n - s.count) + s }
    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
