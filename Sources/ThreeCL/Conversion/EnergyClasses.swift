/// The seven classes A–G of the DPE label.
public enum EnergyClass: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case A, B, C, D, E, F, G

    public static func < (a: EnergyClass, b: EnergyClass) -> Bool { a.index < b.index }

    var index: Int { Self.allCases.firstIndex(of: self) ?? 6 }
}

/// The energy and greenhouse-gas classes (arrêté du 31 mars 2021 as amended: the double threshold, the limits of
/// small dwellings by rounded habitable area from 2024, and the E/F limits of cold mountain zones).
public enum EnergyClasses {
    /// Zones whose E and F limits are raised above 800 m of altitude (H1b, H1c, H2d).
    static let mountainZones: Set<ClimateZone> = [.h1b, .h1c, .h2d]

    /// The date from which the small-surface limits apply (arrêté du 25 mars 2024: DPE established from 1 July 2024).
    public static let smallSurfaceLimitsFrom = "2024-07-01"

    /// Whether a DPE established on `dpeDate` ("YYYY-MM-DD") uses the small-surface limits; true when unknown.
    public static func smallSurfaceLimitsApply(dpeDate: String?) -> Bool {
        guard let d = dpeDate, d.count >= 10 else { return true }
        return d.prefix(10) >= smallSurfaceLimitsFrom
    }

    /// The limits A…F (upper bounds, exclusive) for a dwelling: `MethodTables.classLimits` by rounded habitable area
    /// (the small-surface limits below 40 m² for DPE from 1 July 2024) and altitude; the above-800 m E/F limits apply
    /// only in H1b, H1c and H2d.
    public static func limits(
        greenhouseGas: Bool, habitableAreaM2: Double, zone: ClimateZone, altitude: AltitudeClass, dpeDate: String? = nil,
        tables: MethodTables
    ) throws(ThreeCLError) -> [Double] {
        let effective: AltitudeClass = altitude == .above800m && !mountainZones.contains(zone) ? .below400m : altitude
        let area = smallSurfaceLimitsApply(dpeDate: dpeDate) ? habitableAreaM2 : max(habitableAreaM2, 40)
        return try tables.classLimits(greenhouseGas: greenhouseGas, habitableAreaM2: area, altitude: effective)
    }

    /// The class of a value (kWhEP/m² or kgCO₂/m², as rounded down in `…_5_usages_m2`): the first class whose limit
    /// the value is strictly below; a value equal to a limit is in the worse class.
    public static func classOf(_ value: Double, limits: [Double]) -> EnergyClass {
        for (i, limit) in limits.enumerated() where value < limit { return EnergyClass.allCases[i] }
        return .G
    }

    /// The primary-energy class alone.
    public static func primaryEnergyClass(
        kWhPerM2: Double, habitableAreaM2: Double, zone: ClimateZone, altitude: AltitudeClass, dpeDate: String? = nil,
        tables: MethodTables
    ) throws(ThreeCLError) -> EnergyClass {
        classOf(kWhPerM2, limits: try limits(
            greenhouseGas: false, habitableAreaM2: habitableAreaM2, zone: zone, altitude: altitude, dpeDate: dpeDate, tables: tables))
    }

    /// `classe_emission_ges`: the greenhouse-gas class.
    public static func greenhouseGasClass(
        kgPerM2: Double, habitableAreaM2: Double, zone: ClimateZone, altitude: AltitudeClass, dpeDate: String? = nil,
        tables: MethodTables
    ) throws(ThreeCLError) -> EnergyClass {
        classOf(kgPerM2, limits: try limits(
            greenhouseGas: true, habitableAreaM2: habitableAreaM2, zone: zone, altitude: altitude, dpeDate: dpeDate, tables: tables))
    }

    /// `classe_bilan_dpe`: the double threshold, the worse of the primary-energy and greenhouse-gas classes.
    public static func dpeClass(
        primaryKWhPerM2: Double, emissionKgPerM2: Double, habitableAreaM2: Double, zone: ClimateZone,
        altitude: AltitudeClass, dpeDate: String? = nil, tables: MethodTables
    ) throws(ThreeCLError) -> EnergyClass {
        let ep = try primaryEnergyClass(
            kWhPerM2: primaryKWhPerM2, habitableAreaM2: habitableAreaM2, zone: zone, altitude: altitude, dpeDate: dpeDate,
            tables: tables)
        let ges = try greenhouseGasClass(
            kgPerM2: emissionKgPerM2, habitableAreaM2: habitableAreaM2, zone: zone, altitude: altitude, dpeDate: dpeDate,
            tables: tables)
        return max(ep, ges)
    }
}
