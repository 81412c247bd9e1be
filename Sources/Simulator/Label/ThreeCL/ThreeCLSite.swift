import ThreeCL

/// Where the buildings of a run stand, as the 3CL-DPE method needs it: the climate zone (H1a…H3) and the altitude
/// class, which choose the conventional weather of every chapter (§18) and the class limits.
public struct ThreeCLSite: Sendable, Hashable {
    public var climateZone: ClimateZone
    public var altitude: AltitudeClass

    public init(climateZone: ClimateZone, altitude: AltitudeClass) {
        self.climateZone = climateZone
        self.altitude = altitude
    }

    /// Cahors (Lot, département 46): zone H2c (arrêté du 31 mars 2021, annex 1, map of the zones by département),
    /// town centre at 135 m, below 400 m.
    public static let cahors = ThreeCLSite(climateZone: .h2c, altitude: .below400m)

    /// The altitude class of a site elevation, m (< 400, 400–800, > 800 m).
    public static func altitudeClass(elevationM: Double) -> AltitudeClass {
        elevationM < 400 ? .below400m : elevationM <= 800 ? .from400To800m : .above800m
    }
}
