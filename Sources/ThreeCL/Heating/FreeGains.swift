/// §6.1 — Free gains of the heating season: internal gains (occupants, appliances, lighting) and solar gains
/// through the south-equivalent glazed area.
public enum FreeGains {
    /// §6.1 internal gains for one month, Wh: Ai,j = [(3.18 + 0.34) × Sh + 90 × (132/168) × Nadeq] × Nref,j
    /// (3.18 W/m² appliances and lighting, 0.34 W/m² hot-water losses, 90 W per occupant present 132 h of 168).
    /// - Parameters:
    ///   - habitableAreaM2: Sh.
    ///   - adjustedOccupants: Nadeq (§11).
    ///   - heatingHours: Nref,j of the month (`nref19`, or `nref21` for the spendthrift variant).
    public static func internalGainsWh(habitableAreaM2: Double, adjustedOccupants: Double, heatingHours: Double) -> Double {
        ((3.18 + 0.34) * habitableAreaM2 + (132.0 / 168.0) * adjustedOccupants * 90) * heatingHours
    }

    /// §6.1 solar gains for one month, Wh: As,j = 1000 × Sse,j × e,j, e in kWh/m² (table `e`).
    public static func solarGainsWh(southEquivalentAreaM2: Double, irradiationKWhPerM2: Double) -> Double {
        1000 * southEquivalentAreaM2 * irradiationKWhPerM2
    }

    /// §6.1 twelve months of internal gains, Wh, with Nref,19 (or Nref,21 when `spendthrift`).
    public static func monthlyInternalGainsWh(
        habitableAreaM2: Double, adjustedOccupants: Double, dwelling: DwellingDescription, spendthrift: Bool = false,
        tables: MethodTables
    ) throws(ThreeCLError) -> [Double] {
        let nref = try tables.monthly(
            spendthrift ? "nref21" : "nref19", zone: dwelling.climateZone, altitude: dwelling.altitude,
            ilpa: dwelling.oldMaterials)
        return nref.map {
            internalGainsWh(habitableAreaM2: habitableAreaM2, adjustedOccupants: adjustedOccupants, heatingHours: $0)
        }
    }

    /// §6.1 twelve months of solar gains, Wh, from the south-equivalent area of each month (§6.2).
    public static func monthlySolarGainsWh(
        southEquivalentAreaM2ByMonth: [Double], dwelling: DwellingDescription, tables: MethodTables
    ) throws(ThreeCLError) -> [Double] {
        guard southEquivalentAreaM2ByMonth.count == 12 else {
            throw .invalidValue(
                file: "", path: "southEquivalentAreaM2ByMonth", value: "\(southEquivalentAreaM2ByMonth.count) values",
                expected: "12 monthly values")
        }
        let e = try tables.monthly(.e, zone: dwelling.climateZone, altitude: dwelling.altitude, ilpa: dwelling.oldMaterials)
        return (0..<12).map { solarGainsWh(southEquivalentAreaM2: southEquivalentAreaM2ByMonth[$0], irradiationKWhPerM2: e[$0]) }
    }
}
