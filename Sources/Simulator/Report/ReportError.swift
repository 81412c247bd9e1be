/// Errors of the HTML report.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input is inconsistent; every problem found is listed.
    case invalidInput([ReportInputProblem])
    /// The report could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidInput(let problems):
            let lines = problems.map { "  - \($0)" }.joined(separator: "\n")
            return "report input has \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n\(lines)"
        case .cannotWrite(let path, let reason):
            return "cannot write report \"\(path)\": \(reason)"
        }
    }
}

/// One inconsistency in a `ReportInput`.
public enum ReportInputProblem: Sendable, Equatable, CustomStringConvertible {
    case duplicateBuildingID(String)
    case duplicateScenarioID(String)
    case unknownBuilding(outcomeIndex: Int, buildingID: String)
    case unknownScenario(outcomeIndex: Int, scenarioID: String)
    case duplicateOutcome(buildingID: String, scenarioID: String)
    /// A field holds a value outside its domain: `owner` says which building or outcome.
    case invalidValue(owner: String, field: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .duplicateBuildingID(let id): return "building \"\(id)\" appears more than once"
        case .duplicateScenarioID(let id): return "scenario \"\(id)\" appears more than once"
        case .unknownBuilding(let i, let id):
            return "outcome #\(i): building \"\(id)\" is not among the report's buildings"
        case .unknownScenario(let i, let id):
            return "outcome #\(i): scenario \"\(id)\" is not among the report's scenarios"
        case .duplicateOutcome(let b, let s):
            return "building \"\(b)\" has more than one outcome for scenario \"\(s)\""
        case .invalidValue(let owner, let field, let value, let expected):
            return "\(owner): field \"\(field)\": \"\(value)\" is not \(expected)"
        }
    }
}
