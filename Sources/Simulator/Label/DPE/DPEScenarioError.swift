import Foundation
import ThreeCL

/// Why `renovate dpe --scenarios` could not evaluate scenarios on a DPE.
public enum DPEScenarioError: Error, Sendable, CustomStringConvertible {
    /// The measures catalogue or the scenario set is wrong (file:line, entry, field, value: `RetrofitInputError`).
    case scenarioInputs(RetrofitInputError)
    /// The DPE file cannot be read.
    case unreadableDocument(ThreeCLError)
    /// The DPE as recorded cannot be recomputed, so no scenario can be compared with it.
    case baselineNotComputed(file: String, reason: String)
    /// The output could not be encoded (a non-finite number in JSON).
    case encoding(file: String, reason: String)

    public var description: String {
        switch self {
        case .scenarioInputs(let e): e.description
        case .unreadableDocument(let e): e.description
        case .baselineNotComputed(let file, let reason):
            "\(file): the DPE as recorded cannot be recomputed, so no scenario can be evaluated on it: \(reason)"
        case .encoding(let file, let reason): "\(file): cannot encode the scenario results: \(reason)"
        }
    }
}
