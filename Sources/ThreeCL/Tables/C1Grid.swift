/// Table C1 (§6.2, the orientation and tilt factor) by orientation-and-tilt slot and zone, in a flat array read by
/// index.
struct C1Grid: Sendable {
    /// The table's keys by slot: south, north, east, west (`enum_orientation_id` 1–4) × tilt below 25°, 25–75°,
    /// above 75° (`enum_inclinaison_vitrage_id` 1–3), then "horizontal" (slot 12).
    static let keys: [String] = ["sud", "nord", "est", "ouest"].flatMap { o in
        ["inf25°", "25°-75°", "sup75°"].map { "\(o) \($0)" }
    } + ["horizontal"]
    static let horizontalSlot = 12

    private let values: [[Double]?]
    private static let zones = ClimateZone.allCases.count

    /// - Parameter series: twelve values by key, then zone, as the table gives them.
    init(_ series: [String: [ClimateZone: [Double]]]) {
        var values: [[Double]?] = []
        for key in Self.keys {
            for zone in ClimateZone.allCases { values.append(series[key]?[zone]) }
        }
        self.values = values
    }

    /// The slot of an orientation and tilt; nil for ids outside the table (1–5 and 1–4).
    static func slot(orientationId: Int, tiltId: Int) -> Int? {
        if orientationId == 5 || tiltId == 4 { return horizontalSlot }
        guard (1...4).contains(orientationId), (1...3).contains(tiltId) else { return nil }
        return (orientationId - 1) * 3 + tiltId - 1
    }

    func series(slot: Int, zone: ClimateZone) -> [Double]? {
        guard keysRange.contains(slot) else { return nil }
        return values[slot * Self.zones + zone.rawValue - 1]
    }

    private var keysRange: Range<Int> { 0..<Self.keys.count }
}
