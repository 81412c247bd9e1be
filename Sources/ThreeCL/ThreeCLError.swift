/// Every error of the 3CL-DPE engine and its ADEME XML import.
///
/// Input errors say where (the file, the element path in the XML), the value found and what was expected, so that
/// a diagnostician or a planner can find the faulty field in the document.
public enum ThreeCLError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file could not be read at all (missing, unreadable).
    case unreadableFile(file: String, reason: String)
    /// The XML is not well formed (truncated, bad encoding…).
    case malformedXML(file: String, line: Int, column: Int, reason: String)
    /// A required element is absent.
    case missingElement(file: String, path: String)
    /// An element holds a value of the wrong kind or out of range.
    case invalidValue(file: String, path: String, value: String, expected: String)
    /// An `enum_*_id` value that the ADEME schema does not define (or the engine does not handle).
    case unknownEnumValue(file: String, path: String, value: String, enumeration: String)
    /// The document's `enum_version_id` is not one the engine reads.
    case unsupportedSchemaVersion(file: String, version: String, supported: [String])
    /// The document is not a DPE of an existing dwelling (`enum_modele_dpe_id` 1).
    case unsupportedModel(file: String, modelId: String)
    /// A table of the method has no row for the id or the combination asked for.
    case missingTableRow(table: String, key: String)
    /// The engine's bundled tables cannot be read (a build or packaging fault, not a user error).
    case corruptTables(reason: String)
    /// The method's computation is not implemented for this case; says which element and what is missing.
    case unsupportedCase(file: String, path: String, what: String)

    public var description: String {
        switch self {
        case let .unreadableFile(file, reason):
            return "\(file): cannot be read: \(reason)"
        case let .malformedXML(file, line, column, reason):
            return "\(file):\(line):\(column): not well-formed XML: \(reason)"
        case let .missingElement(file, path):
            return "\(file): \(path): required element is missing"
        case let .invalidValue(file, path, value, expected):
            return "\(file): \(path): \"\(value)\" is not \(expected)"
        case let .unknownEnumValue(file, path, value, enumeration):
            return "\(file): \(path): \"\(value)\" is not a known value of the ADEME enumeration \(enumeration)"
        case let .unsupportedSchemaVersion(file, version, supported):
            return "\(file): DPE schema version \"\(version)\" is not supported (supported: \(supported.joined(separator: ", ")))"
        case let .unsupportedModel(file, modelId):
            return "\(file): enum_modele_dpe_id \"\(modelId)\" is not a DPE of an existing dwelling (1); only those are recomputed"
        case let .missingTableRow(table, key):
            return "3CL table \(table) has no row for \(key)"
        case let .corruptTables(reason):
            return "the bundled 3CL tables cannot be read: \(reason)"
        case let .unsupportedCase(file, path, what):
            return "\(file): \(path): not computed by this engine yet: \(what)"
        }
    }
}
