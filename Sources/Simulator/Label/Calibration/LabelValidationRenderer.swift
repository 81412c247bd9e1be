import BuildingModel
import Foundation

/// `LabelValidationReport` as text for a terminal.
public enum LabelValidationRenderer {
    public static func text(_ r: LabelValidationReport) -> String {
        func pct(_ x: Double) -> String { String(format: "%.1f %%", x * 100) }
        var s = "labelled buildings: \(r.labelled) ("
            + r.scales.sorted { $0.key < $1.key }.map { "\($0.value) on the \($0.key) scale" }.joined(separator: ", ") + ")\n"
        s += "held out (two halves by seed \(r.seed), each calibrated on the other; \(r.samples) Monte Carlo samples):\n"
        s += "  class identical \(pct(r.heldOut.exactShare)), within one class \(pct(r.heldOut.withinOneShare)), "
            + "mean signed error \(String(format: "%+.2f", r.heldOut.meanSignedError)) classes (n = \(r.heldOut.count))\n"
        s += r.heldOut.confusionText.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
        s += "without any label (the engine with the stock's defaults):\n"
        s += "  class identical \(pct(r.withoutLabels.exactShare)), within one class \(pct(r.withoutLabels.withinOneShare)), "
            + "mean signed error \(String(format: "%+.2f", r.withoutLabels.meanSignedError)) classes\n"
        s += r.withoutLabels.confusionText.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
        let fg = r.dwellingsInFG
        s += "dwellings in F/G among them: real \(fg.real); held out median \(Int(fg.heldOut.median.rounded())), "
            + "90 % interval \(Int(fg.heldOut.low5.rounded()))–\(Int(fg.heldOut.high95.rounded())) "
            + "(\(fg.heldOut.contains(Double(fg.real)) ? "contains" : "does not contain") the real count); "
            + "without labels \(fg.withoutLabels)\n"
        for (k, f) in r.folds.enumerated() {
            s += "calibration on half \(2 - k) (\(f.observations) labels, acceptance \(pct(f.acceptanceRate))): "
            s += CalibrationParameters.names.compactMap { n in
                f.parameters[n].map { "\(n) \(String(format: "%.2f", $0[0])) [\(String(format: "%.2f", $0[1]))–\(String(format: "%.2f", $0[2]))]" }
            }.joined(separator: ", ") + "\n"
        }
        return s
    }
}
