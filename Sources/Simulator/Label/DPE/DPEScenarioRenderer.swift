import Foundation
import ThreeCL

/// Prints `renovate dpe --scenarios` reports: text (a table of the scenarios, then what each applied and skipped),
/// one JSON document, or CSV (one row per file and scenario, for pandas).
public enum DPEScenarioRenderer {
    /// A file of several that could not be read or recomputed as recorded.
    public struct Failure: Sendable, Hashable, Codable {
        public var file: String
        public var reason: String

        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }
    }

    public static func render(
        _ reports: [DPEScenarioReport], failures: [Failure] = [], format: DPEReportFormat
    ) throws(DPEScenarioError) -> String {
        switch format {
        case .text:
            var out = reports.map(text).joined(separator: "\n")
            for f in failures { out += "\n\(f.file): not computed: \(f.reason)\n" }
            return out
        case .json:
            struct Document: Encodable {
                var files: [DPEScenarioReport]
                var notComputed: [Failure]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.nonConformingFloatEncodingStrategy = .throw
            do {
                let doc = Document(files: reports, notComputed: failures)
                return String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n"
            } catch {
                throw .encoding(file: reports.map(\.file).joined(separator: ", "), reason: "\(error)")
            }
        case .csv:
            var out = csv(reports)
            for f in failures {
                out += [DPEFormat.csvField(f.file), "", "as-is", "1", "", "", "", "", "", "", "", "", "",
                        DPEFormat.csvField(f.reason)].joined(separator: ",") + "\n"
            }
            return out
        }
    }

    /// One file: the table of scenarios, then the details of each.
    public static func text(_ r: DPEScenarioReport) -> String {
        typealias F = DPEFormat
        var out = "\(r.file) (DPE \(r.numeroDPE), \(F.number(r.habitableAreaM2, 1)) m², recorded class "
            + "\(r.recordedEnergyClass ?? "?")): scenarios \(r.scenarioSetFile) (version \(r.scenarioSetVersion)), "
            + "catalogue \(r.catalogueFile)\n"
        for a in r.assumptions { out += "  assumed: \(a)\n" }
        out += "  " + F.pad("scenario", 34) + F.lpad("class", 6) + F.lpad("GHG", 5) + F.lpad("kWhEP/m²", 10)
            + F.lpad("kgCO2/m²", 10) + F.lpad("GV W/K", 9) + F.lpad("cost €", 10) + "\n"
        for row in r.rows {
            var line = "  " + F.pad(row.scenarioID, 34)
            if !row.isApplicable {
                line += "  not applicable: \(row.notApplicableReason ?? "")"
            } else if let f = row.failure {
                line += "  not computed: \(f)"
            } else {
                line += F.lpad(row.energyClass ?? "?", 6) + F.lpad(row.greenhouseGasClass ?? "?", 5)
                    + F.lpad(F.optional(row.primaryKWhPerM2, 1), 10) + F.lpad(F.optional(row.emissionKgPerM2, 1), 10)
                    + F.lpad(F.optional(row.envelopeWPerK, 1), 9) + F.lpad(F.number(row.capexEUR, 0), 10)
            }
            out += line + "\n"
        }
        for row in r.scenarios where row.isApplicable {
            out += "\n  \(row.scenarioID): \(row.name)\n"
            for a in row.applied {
                out += "    applied \(a.measureID) (\(a.kind)): \(F.number(a.capexEUR, 0)) €"
                if a.costAreaM2 > 0 { out += " for \(F.number(a.costAreaM2, 1)) m²" }
                out += "; \(a.elements.joined(separator: "; "))\n"
                for n in a.notes { out += "      note: \(n)\n" }
            }
            for s in row.skipped {
                out += "    skipped \(s.measureID)" + (s.element.map { " on \($0)" } ?? "") + ": \(s.reason)\n"
            }
            if row.applied.isEmpty && row.skipped.isEmpty { out += "    no works\n" }
        }
        return out
    }

    /// One row per file and scenario (the baseline first, scenario id "as-is").
    public static func csv(_ reports: [DPEScenarioReport]) -> String {
        typealias F = DPEFormat
        var rows = ["file,numero_dpe,scenario,applicable,energy_class,ghg_class,ep_kwh_m2,co2_kg_m2,ef_kwh_m2,"
            + "envelope_w_per_k,capex_eur,applied,skipped,failure"]
        for r in reports {
            for o in r.rows {
                let applied = o.applied.map(\.measureID).joined(separator: ";")
                let skipped = o.skipped.map { "\($0.measureID)" + ($0.element.map { " on \($0)" } ?? "") + ": \($0.reason)" }
                    .joined(separator: " | ")
                rows.append([
                    F.csvField(r.file), F.csvField(r.numeroDPE), F.csvField(o.scenarioID), o.isApplicable ? "1" : "0",
                    o.energyClass ?? "", o.greenhouseGasClass ?? "", F.optional(o.primaryKWhPerM2, 2),
                    F.optional(o.emissionKgPerM2, 2), F.optional(o.finalKWhPerM2, 2), F.optional(o.envelopeWPerK, 2),
                    F.number(o.capexEUR, 2), F.csvField(applied), F.csvField(skipped),
                    F.csvField(o.failure ?? o.notApplicableReason ?? ""),
                ].joined(separator: ","))
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }
}

/// Number and column formatting for the DPE scenario reports.
enum DPEFormat {
    static func number(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
    static func optional(_ v: Double?, _ digits: Int) -> String { v.map { number($0, digits) } ?? "" }
    static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count)
    }
    static func lpad(_ s: String, _ n: Int) -> String {
        s.count >= n ? " " + s : String(repeating: " ", count: n - s.count) + s
    }
    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
