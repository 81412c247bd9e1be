/// §16 Lighting: Cecl = C × Pecl × Nh / 1000 per m² of habitable area, with C = 0.9 (switch control), Pecl = 1.4 W/m²
/// and Nh the yearly lighting hours of the climate zone.
public enum Lighting {
    /// §16 Use factor of lighting controlled by a switch.
    public static let useFactor = 0.9
    /// §16 Conventional lighting power, W/m².
    public static let powerWPerM2 = 1.4

    /// §16 Yearly lighting hours Nh by climate zone (the method's small table in §16; not in the tables file).
    public static func hours(zone: ClimateZone) -> Double {
        switch zone {
        case .h1a: 1500
        case .h1b: 1445
        case .h1c: 1476
        case .h2a: 1500
        case .h2b: 1531
        case .h2c: 1566
        case .h2d: 1566
        case .h3: 1506
        }
    }

    /// §16 Lighting consumption per m², kWh/(m²·year).
    public static func consumptionKWhPerM2(zone: ClimateZone) -> Double { useFactor * powerWPerM2 * hours(zone: zone) / 1000 }

    /// §16 Lighting consumption (`conso_eclairage`, electricity), kWh/year, over the reference habitable area.
    public static func consumptionKWh(dwelling: DwellingDescription) -> Double {
        consumptionKWhPerM2(zone: dwelling.climateZone) * dwelling.habitableAreaM2
    }
}
