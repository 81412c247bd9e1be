/// The SQL storage type of a result column (plain SQLite types, so the table copies into a GeoPackage as is).
public enum ResultColumnType: String, Sendable, Hashable, Codable, CaseIterable {
    case integer
    case real
    case text

    /// The SQLite declared type.
    public var sqlType: String {
        switch self {
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        }
    }
}

/// One evaluator-specific column of the results table (besides the fixed key and ranking columns).
public struct ResultColumn: Sendable, Hashable, Codable {
    /// Column name: lower-case ASCII letters, digits and `_`, starting with a letter (`heating_need_kwh`).
    public let name: String
    public let type: ResultColumnType

    public init(_ name: String, _ type: ResultColumnType) {
        self.name = name
        self.type = type
    }
}
