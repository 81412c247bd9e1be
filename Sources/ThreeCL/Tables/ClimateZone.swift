/// The eight climate zones of the method (ADEME enumeration `zone_climatique`).
public enum ClimateZone: Int, Sendable, CaseIterable, Codable {
    case h1a = 1, h1b, h1c, h2a, h2b, h2c, h2d, h3

    /// The key the tables use ("h1a"…).
    public var key: String {
        switch self {
        case .h1a: "h1a"
        case .h1b: "h1b"
        case .h1c: "h1c"
        case .h2a: "h2a"
        case .h2b: "h2b"
        case .h2c: "h2c"
        case .h2d: "h2d"
        case .h3: "h3"
        }
    }

    /// The zone named by a key such as "H2c" or "h2c".
    public init?(key: String) {
        guard let z = Self.allCases.first(where: { $0.key == key.lowercased() }) else { return nil }
        self = z
    }
}

/// The method's altitude classes (ADEME enumeration `classe_altitude`).
public enum AltitudeClass: Int, Sendable, CaseIterable, Codable {
    case below400m = 1, from400To800m, above800m

    /// The key the tables use.
    public var key: String {
        switch self {
        case .below400m: "inférieur à 400m"
        case .from400To800m: "400-800m"
        case .above800m: "supérieur à 800m"
        }
    }
}

/// The months as the climate tables name them, January first.
public enum MethodMonth {
    public static let keys = [
        "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Aout", "Septembre", "Octobre", "Novembre",
        "Décembre",
    ]
    /// Days per month of the conventional year (365 days).
    public static let days: [Double] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
}
