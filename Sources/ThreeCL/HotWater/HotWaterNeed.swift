/// §11.1 The conventional hot-water need: the number of adult equivalents, the daily volume at 40 °C and the
/// monthly need from the cold-water temperature (`tefs`).
public enum HotWaterNeed {
    /// Daily volume of water at 40 °C per adult equivalent, litres (§11.1: 56 L conventional, 79 L "dépensier").
    public static let litresPerAdultConventional = 56.0
    public static let litresPerAdultSpendthrift = 79.0
    /// Volumetric heat capacity of water, Wh/(L·K) (§11.1).
    public static let waterHeatCapacityWhPerLK = 1.163
    /// Hot-water temperature of the need, °C (§11.1).
    public static let hotWaterTemperatureC = 40.0

    /// §11.1 Nmax of a house of habitable area `area` (m²): 1 below 30 m², 1.75 − 0.01875 × (70 − Sh) up to 70 m²,
    /// 0.025 × Sh above.
    static func houseMaxOccupants(area: Double) -> Double {
        if area < 30 { return 1 }
        if area < 70 { return 1.75 - 0.01875 * (70 - area) }
        return 0.025 * area
    }

    /// §11.1 Nmax of a flat of mean area `area` (m²): 1 below 10 m², 1.75 − 0.01875 × (50 − Shmoy) up to 50 m²,
    /// 0.035 × Shmoy above.
    static func flatMaxOccupants(area: Double) -> Double {
        if area < 10 { return 1 }
        if area < 50 { return 1.75 - 0.01875 * (50 - area) }
        return 0.035 * area
    }

    /// §11.1 Adult equivalents from Nmax: Nmax below 1.75, else 1.75 + 0.3 × (Nmax − 1.75).
    static func adultEquivalents(maxOccupants n: Double) -> Double { n < 1.75 ? n : 1.75 + 0.3 * (n - 1.75) }

    /// §11.1 Nadeq: a house from its habitable area; a flat (or a building of `dwellingCount` flats) as
    /// Nlgt × f(Sh / Nlgt) with the flats' formula.
    public static func adultEquivalents(habitableAreaM2: Double, isHouse: Bool, dwellingCount: Int = 1) -> Double {
        if isHouse { return adultEquivalents(maxOccupants: houseMaxOccupants(area: habitableAreaM2)) }
        let n = Double(max(dwellingCount, 1))
        return n * adultEquivalents(maxOccupants: flatMaxOccupants(area: habitableAreaM2 / n))
    }

    /// Application methods of a flat whose DPE is generated from the building's data (`enum_methode_application_dpe_log_id`
    /// 10–13, 15, 16, 19, 20, 22–25, 33, 34, 38–40): heating and hot water are computed on the building (§17.2).
    public static let buildingComputedMethods: Set<Int> = [10, 11, 12, 13, 15, 16, 19, 20, 22, 23, 24, 25, 33, 34, 38, 39, 40]

    /// Whether the dwelling's hot water is computed on the whole building (flat generated from a building DPE).
    public static func isComputedOnBuilding(_ dwelling: DwellingDescription) -> Bool {
        buildingComputedMethods.contains(dwelling.applicationMethodId) && dwelling.buildingHabitableAreaM2 != nil
    }

    /// §11.1 Nadeq of a dwelling: a house, a flat (its own area, one dwelling), or a whole building — or a flat
    /// generated from a building DPE — from the building's area and its number of flats.
    public static func adultEquivalents(dwelling: DwellingDescription) -> Double {
        if dwelling.isWholeBuilding || isComputedOnBuilding(dwelling) {
            return adultEquivalents(
                habitableAreaM2: dwelling.buildingHabitableAreaM2 ?? dwelling.habitableAreaM2, isHouse: false,
                dwellingCount: dwelling.dwellingCount ?? 1)
        }
        return adultEquivalents(habitableAreaM2: dwelling.habitableAreaM2, isHouse: dwelling.isHouse)
    }

    /// §11.1 Daily volume at 40 °C, litres: Nadeq × 56 (× 79 for the "dépensier" behaviour).
    public static func dailyVolume40L(adultEquivalents nadeq: Double, spendthrift: Bool = false) -> Double {
        nadeq * (spendthrift ? litresPerAdultSpendthrift : litresPerAdultConventional)
    }

    /// §11.1 Days of occupancy of each month Nj (the conventional year less one week of absence, taken in
    /// December: 24 days).
    public static let occupiedDays: [Double] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 24]

    /// §11.1 Monthly need, kWh: Becs,j = 1.163 × V40 × (40 − Tefs,j) × Nj / 1000.
    public static func monthlyNeedKWh(
        adultEquivalents nadeq: Double, coldWaterTemperatureC tefs: [Double], spendthrift: Bool = false
    ) -> [Double] {
        let v40 = dailyVolume40L(adultEquivalents: nadeq, spendthrift: spendthrift)
        return (0..<12).map { j in
            waterHeatCapacityWhPerLK * v40 * (hotWaterTemperatureC - tefs[j]) * occupiedDays[j] / 1000
        }
    }

    /// §11.1 Monthly need of a site from the `tefs` table.
    public static func monthlyNeedKWh(
        adultEquivalents nadeq: Double, zone: ClimateZone, altitude: AltitudeClass, spendthrift: Bool = false,
        tables: MethodTables
    ) throws(ThreeCLError) -> [Double] {
        let tefs = try tables.monthly(.tefs, zone: zone, altitude: altitude)
        return monthlyNeedKWh(adultEquivalents: nadeq, coldWaterTemperatureC: tefs, spendthrift: spendthrift)
    }
}
