/// Why a building's 3CL-DPE label could not be computed.
public enum ThreeCLLabelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The engine refused the building's input (a table row missing for its attributes, a case not implemented…).
    case engine(buildingID: String, reason: String)
    /// The building's envelope cannot be described to the method (no habitable area, no storey…).
    case unmappable(buildingID: String, field: String, value: String, expected: String)

    public var description: String {
        switch self {
        case let .engine(id, reason):
            return "building \"\(id)\": 3CL-DPE label not computed: \(reason)"
        case let .unmappable(id, field, value, expected):
            return "building \"\(id)\": 3CL-DPE input: \(field) is \(value), expected \(expected)"
        }
    }
}
