/// §8 — Intermittence: the reduction of the need by the heating programme and the equipment's reactivity.
public enum Intermittence {
    /// §8 the row of the `intermittence` table for an emitter: the row matching the dwelling's application method,
    /// the installation type, the heating type, the intermittence equipment, the regulation, the emission type,
    /// and — where the row distinguishes them — the inertia class and individual metering; the row the DPE cites
    /// when no row matches. (The recorded I0 agree with the attributes more often than with the cited rows.)
    public static func row(
        emitter: HeatEmitter, installationTypeId: Int, dwelling: DwellingDescription, inertiaClassId: Int,
        tables: MethodTables
    ) throws(ThreeCLError) -> TableRow {
        do {
            return try rowByAttributes(
                emitter: emitter, installationTypeId: installationTypeId, dwelling: dwelling,
                inertiaClassId: inertiaClassId, tables: tables)
        } catch {
            guard let id = emitter.tvIntermittenceId else { throw error }
            return try tables.row("intermittence", id: id)
        }
    }

    /// §8 the row by the emitter's attributes only.
    static func rowByAttributes(
        emitter: HeatEmitter, installationTypeId: Int, dwelling: DwellingDescription, inertiaClassId: Int,
        tables: MethodTables
    ) throws(ThreeCLError) -> TableRow {
        // The rows of the emission type (indexed at load), then the other attributes.
        let candidates = tables.intermittenceRows(emissionDistributionTypeId: emitter.emissionDistributionTypeId).filter { r in
            r.application.contains(dwelling.applicationMethodId)
                && r.installation.contains(installationTypeId)
                && r.heating.contains(emitter.heatingTypeId)
                && r.equipment.contains(emitter.intermittenceEquipmentId)
                && r.regulation.contains(emitter.regulationTypeId)
                && (r.inertia.map { $0.contains(inertiaClassId) } ?? true)
        }
        let metered = candidates.filter { r in
            guard let presence = r.individualMetering, let m = emitter.individualMetering else { return true }
            return presence == m
        }
        guard let chosen = (metered.first ?? candidates.first)?.row else {
            throw .missingTableRow(
                table: "intermittence",
                key: "application \(dwelling.applicationMethodId), installation \(installationTypeId), "
                    + "chauffage \(emitter.heatingTypeId), équipement \(emitter.intermittenceEquipmentId), "
                    + "régulation \(emitter.regulationTypeId), émission \(emitter.emissionDistributionTypeId), "
                    + "inertie \(inertiaClassId)")
        }
        return chosen
    }

    /// §8 I0, the intermittence coefficient of the table.
    public static func i0(
        emitter: HeatEmitter, installationTypeId: Int, dwelling: DwellingDescription, inertiaClassId: Int,
        tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        try row(
            emitter: emitter, installationTypeId: installationTypeId, dwelling: dwelling,
            inertiaClassId: inertiaClassId, tables: tables
        ).number("i0")
    }

    /// §8 the intermittence factor INT = I0 / (1 + 0.1 × (G − 1)), with G = GV / (Sh × hsp) the loss coefficient
    /// per m³ of heated volume.
    public static func factor(i0: Double, envelopeWPerK: Double, habitableAreaM2: Double, ceilingHeightM: Double) -> Double {
        let g = envelopeWPerK / (habitableAreaM2 * ceilingHeightM)
        return i0 / (1 + 0.1 * (g - 1))
    }
}
