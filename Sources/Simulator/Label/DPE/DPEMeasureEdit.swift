import Foundation
import ThreeCL

/// What applying one measure to the elements of a DPE did: the elements changed (named as the DPE names them),
/// the areas counted for the cost, the notes on how the catalogue's figures became the method's inputs, and the
/// elements left out with the reason.
public struct DPEMeasureEdit: Sendable, Hashable {
    /// One element (or the whole measure, when `element` is nil) left out, and why.
    public struct Skip: Sendable, Hashable, Codable {
        public var element: String?
        public var reason: String

        public init(element: String?, reason: String) {
            self.element = element
            self.reason = reason
        }
    }

    /// The elements changed, as the DPE describes them ("Mur  1 Nord, Est", "Fenêtre  2 Sud"…).
    public var elements: [String] = []
    /// Areas treated (opaque walls, windows, high floors, low floors, m²) and walls treated (the per-façade unit),
    /// counted as the batch counts them for the cost model.
    public var footprint = Measure.Footprint()
    /// How the catalogue's figures were used or replaced by the method's ("SCOP 3.1 from the method's table…").
    public var notes: [String] = []
    public var skipped: [Skip] = []
    /// A heating generator that also made the hot water was replaced in the hot-water installations too (its
    /// Pn is then sized after all the measures: `ThreeCLInput.sizeCombinedBoilers`).
    public var replacedCombinedHotWater = false

    public init() {}

    /// Whether the measure changed at least one element or system.
    public var changedSomething: Bool { !elements.isEmpty }

    mutating func skip(_ element: String?, _ reason: String) { skipped.append(Skip(element: element, reason: reason)) }
}

/// How elements of a DPE are named in reports: the part of their description before " - " ("Mur  1 Nord, Est"),
/// else the kind and position.
enum DPEElementName {
    static func of(_ description: String, kind: String, index: Int) -> String {
        let head = description.components(separatedBy: " - ").first ?? ""
        let trimmed = head.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "\(kind)[\(index + 1)]" : trimmed
    }

    /// The description's head with runs of spaces collapsed, for matching a thermal bridge's "A / B" description.
    static func key(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " }).joined(separator: " ").lowercased()
    }
}

/// The values every measure application needs: the method's tables, the DPE as recorded (whose per-element
/// results give each element's b, unchanged by the measures) and which cited rows the method's tables give back.
public struct DPEMeasureContext: Sendable {
    public var tables: MethodTables
    public var baseline: ThreeCLResult
    /// Per ventilation: whether the `q4pa_conv` table, read from the DPE's attributes as recorded, gives back
    /// the Q4Pa the diagnostician cited. Only then does a measure let the table select Q4Pa again; otherwise the
    /// cited value is kept (the table and the DPE disagree already before works).
    public var q4paReselectable: [Bool]

    public init(tables: MethodTables, baseline: ThreeCLResult, q4paReselectable: [Bool] = []) {
        self.tables = tables
        self.baseline = baseline
        self.q4paReselectable = q4paReselectable
    }

    /// The context of a DPE's input and its result as recorded.
    public init(input: ThreeCLInput, baseline: ThreeCLResult, tables: MethodTables) {
        var free = input.envelope
        for i in free.ventilations.indices { free.ventilations[i].q4paRowId = nil }
        let reselected = try? EnvelopeCalculation.compute(free, dwelling: input.dwelling, tables: tables)
        let flags = input.envelope.ventilations.indices.map { i -> Bool in
            guard let again = reselected?.airRenewal[i].q4pa, i < baseline.envelope.airRenewal.count else { return false }
            return abs(again - baseline.envelope.airRenewal[i].q4pa) < 1e-9
        }
        self.init(tables: tables, baseline: baseline, q4paReselectable: flags)
    }

    /// b of the element of `kind` at `index` in the DPE as recorded (0 when not found).
    func b(_ kind: EnvelopeElementResult.Kind, _ index: Int) -> Double {
        baseline.envelope.elements.first { $0.kind == kind && $0.index == index }?.b ?? 0
    }
}
