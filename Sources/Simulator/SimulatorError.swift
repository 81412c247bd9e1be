/// Errors raised by the weather readers and the thermal simulator.
///
/// Every case says where the problem is (file:line:column, zone and field) and what was expected, so that
/// no NaN or silent clamp leaves the simulator.
public enum SimulatorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A weather file could not be read: `file:line:column: message`. `column` is 1-based, 0 when it is the whole line.
    case weatherFile(file: String, line: Int, column: Int, message: String)
    /// A reference-data file (e.g. the ASHRAE 140 CSV) could not be read.
    case referenceFile(file: String, line: Int, message: String)
    /// A zone or building input is out of its physical range.
    case invalidInput(zone: String, field: String, value: String, expected: String)
    /// The simulation produced a non-finite or absurd value (a bug or an input that escaped validation).
    case nonFiniteResult(zone: String, quantity: String, hour: Int)
    /// A feature that is not implemented yet.
    case notYetImplemented(String)

    public var description: String {
        switch self {
        case let .weatherFile(file, line, column, message):
            return column > 0 ? "\(file):\(line):\(column): \(message)" : "\(file):\(line): \(message)"
        case let .referenceFile(file, line, message):
            return "\(file):\(line): \(message)"
        case let .invalidInput(zone, field, value, expected):
            return "zone \"\(zone)\": field \"\(field)\": \(value) — expected \(expected)"
        case let .nonFiniteResult(zone, quantity, hour):
            return "zone \"\(zone)\": \(quantity) is not finite at hour \(hour)"
        case let .notYetImplemented(what):
            return "not yet implemented: \(what)"
        }
    }
}
