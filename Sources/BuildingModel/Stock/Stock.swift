/// A set of buildings in one metric CRS, with the diagnostics gathered while reading it.
public struct Stock: Sendable {
    public var buildings: [Building]
    /// EPSG code of the CRS of every footprint (2154, Lambert-93, for France).
    public var epsg: Int
    /// Per-building warnings and rejections collected while loading (repairs, rejected features…).
    public var diagnostics: [StockDiagnostic]
    /// Source values renovate did not recognise, per field with counts (the attribute took its default).
    public var unrecognisedValues: [UnrecognisedValue] = []

    public init(buildings: [Building], epsg: Int = 2154, diagnostics: [StockDiagnostic] = []) {
        self.buildings = buildings
        self.epsg = epsg
        self.diagnostics = diagnostics
    }

    /// How many buildings had each attribute filled with a default, most defaulted first (attributes never
    /// defaulted are left out).
    public var defaultedCounts: [(attribute: BuildingAttribute, count: Int)] {
        var counts: [BuildingAttribute: Int] = [:]
        for b in buildings { for a in b.assumed { counts[a, default: 0] += 1 } }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.attribute) < ($0.count, $1.attribute) }
    }
}

/// Something noticed about one feature of an input file.
public struct StockDiagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, rejected }
    public var severity: Severity
    public var file: String
    public var featureID: String
    public var message: String

    public init(severity: Severity, file: String, featureID: String, message: String) {
        self.severity = severity
        self.file = file
        self.featureID = featureID
        self.message = message
    }

    public var description: String { "\(file): building \"\(featureID)\": \(severity.rawValue): \(message)" }
}
