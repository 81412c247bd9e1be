/// Where a weather series was recorded (EPW `LOCATION` header).
public struct SiteLocation: Sendable, Hashable, Codable {
    public var name: String
    /// Degrees north (negative south).
    public var latitudeDeg: Double
    /// Degrees east (negative west).
    public var longitudeDeg: Double
    /// Standard time zone, hours from UTC (e.g. +1 for France, −7 for Denver). No daylight saving time.
    public var timeZoneHours: Double
    public var elevationM: Double

    public init(name: String, latitudeDeg: Double, longitudeDeg: Double, timeZoneHours: Double, elevationM: Double) {
        self.name = name
        self.latitudeDeg = latitudeDeg
        self.longitudeDeg = longitudeDeg
        self.timeZoneHours = timeZoneHours
        self.elevationM = elevationM
    }

    /// Cahors (Lot), France: 44.45° N, 1.44° E, 135 m (town centre), UTC+1.
    public static let cahors = SiteLocation(
        name: "Cahors", latitudeDeg: 44.45, longitudeDeg: 1.44, timeZoneHours: 1, elevationM: 135)
}
