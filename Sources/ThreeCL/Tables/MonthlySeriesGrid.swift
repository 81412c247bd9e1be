/// The monthly climate series the engine reads for every dwelling, named so that a lookup is an index, not a
/// hash of the table's name.
public enum MonthlySeries: String, CaseIterable, Sendable {
    case dh14, dh19, dh21, nref19, nref21, e, text, tefs

    /// The series' position in `allCases`.
    var index: Int {
        switch self {
        case .dh14: 0
        case .dh19: 1
        case .dh21: 2
        case .nref19: 3
        case .nref21: 4
        case .e: 5
        case .text: 6
        case .tefs: 7
        }
    }
}

/// One climate table's twelve-month series by ilpa level, altitude class and zone, in a flat array read by index.
struct MonthlySeriesGrid: Sendable {
    /// Slots: ilpa level (none, 0, 1) × altitude class × zone.
    private var values: [[Double]?]

    private static let altitudes = AltitudeClass.allCases.count
    private static let zones = ClimateZone.allCases.count

    init() { values = Array(repeating: nil, count: 3 * Self.altitudes * Self.zones) }

    private static func slot(ilpa: Bool?, altitude: AltitudeClass, zone: ClimateZone) -> Int {
        let level = ilpa.map { $0 ? 2 : 1 } ?? 0
        return (level * altitudes + altitude.rawValue - 1) * zones + zone.rawValue - 1
    }

    subscript(ilpa ilpa: Bool?, altitude altitude: AltitudeClass, zone zone: ClimateZone) -> [Double]? {
        get { values[Self.slot(ilpa: ilpa, altitude: altitude, zone: zone)] }
        set { values[Self.slot(ilpa: ilpa, altitude: altitude, zone: zone)] = newValue }
    }

    /// The series at an ilpa level, or the table's only series when it has no such level.
    func series(ilpa: Bool, altitude: AltitudeClass, zone: ClimateZone) -> [Double]? {
        self[ilpa: ilpa, altitude: altitude, zone: zone] ?? self[ilpa: nil, altitude: altitude, zone: zone]
    }
}
