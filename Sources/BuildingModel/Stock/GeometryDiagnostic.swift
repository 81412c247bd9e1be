/// A warning or rejection about one building's geometry (footprint repair, façade analysis).
public struct GeometryDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable { case warning, rejected }
    public var severity: Severity
    public var buildingID: String
    public var message: String

    public init(severity: Severity, buildingID: String, message: String) {
        self.severity = severity
        self.buildingID = buildingID
        self.message = message
    }

    public var description: String { "building \"\(buildingID)\": \(severity.rawValue): \(message)" }
}
