import Foundation

/// §11.5 / §14 Storage of hot water: the standby losses Qg,w of a tank, the storage efficiency of an electric
/// tank, and the part of the losses recovered for heating.
public enum HotWaterStorage {
    /// Generator types whose tanks are electric ones of the `pertes_stockage` table (ballons électriques 68–71 and
    /// the electric boiler 118).
    static func isElectricTank(typeId: Int, tables: MethodTables) throws(ThreeCLError) -> Bool {
        try !tables.rows("pertes_stockage", where: "enum_type_generateur_ecs_id", contains: typeId).isEmpty
    }

    /// §11.5 The `pertes_stockage` row: the cited one, else by generator type and volume class
    /// (≤ 100 L, 100–200 L, 200–300 L, > 300 L).
    public static func lossCoefficientRow(
        _ g: HotWaterGenerator, tables: MethodTables
    ) throws(ThreeCLError) -> TableRow {
        if let id = g.storageLossTableId { return try tables.row("pertes_stockage", id: id) }
        let v = g.storageVolumeL
        let volumeClass = v <= 100 ? "≤ 100" : v <= 200 ? "100 <   ≤ 200" : v <= 300 ? "200 <   ≤ 300" : "> 300"
        // The type's rows in table order (through the index built at load).
        let rows = try tables.rows("pertes_stockage", where: "enum_type_generateur_ecs_id", contains: g.typeId)
        guard let r = rows.first(where: { $0.string("volume_ballon") == volumeClass }) else {
            throw .missingTableRow(table: "pertes_stockage", key: "type \(g.typeId), volume \(volumeClass)")
        }
        return r
    }

    /// §11.5 Annual standby losses of the tank Qg,w, Wh: electric tank (8592 × 45 / 24) × Vs × Cr (Cr from the
    /// table); other tanks 67662 × Vs^0.55; zero without storage.
    /// - Parameter virtualisationRatio: for a collective generator virtualised for one dwelling (§17.2.1): the
    ///   losses are those of the whole tank (Vs, or Vs / ratio when the volume is the dwelling's share) times the ratio.
    public static func annualLossesWh(
        _ g: HotWaterGenerator, virtualisationRatio: Double? = nil, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        guard g.hasStorage else { return 0 }
        let ratio = virtualisationRatio.flatMap { $0 > 0 && $0 < 1 ? $0 : nil } ?? 1
        let whole = g.storageVolumeIsDwellingShare ? g.storageVolumeL / ratio : g.storageVolumeL
        if try isElectricTank(typeId: g.typeId, tables: tables) || (g.typeId == 84 && g.energyId == 1) {
            let cr = try lossCoefficientRow(g, tables: tables).number("cr")
            return 8592 * 45 / 24 * whole * cr * ratio
        }
        return 67662 * pow(whole, 0.55) * ratio
    }

    /// §14.1 Storage efficiency of an electric tank: Rs = 1 / (1 + Qg,w × Rd / (Becs × 1000)), × 1.08 for a
    /// vertical category C (3 stars) tank (type 71).
    public static func electricStorageEfficiency(
        lossesWh qgw: Double, distributionEfficiency rd: Double, needKWh becs: Double, typeId: Int
    ) -> Double {
        guard becs > 0 else { return 1 }
        let rs = 1 / (1 + qgw * rd / (becs * 1000))
        return typeId == 71 ? rs * 1.08 : rs
    }

    /// §9.1.1 Storage losses recoverable for heating, kW averaged over the year (to multiply by the heating hours
    /// Nref of the month): 0.48 × Qg,w × rdim / 8760 / 1000 for an individual installation whose tank is in the
    /// heated volume; none for collective installations (§17.2.1.1).
    public static func recoverableLossesKW(
        _ inst: HotWaterInstallation, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        guard inst.isIndividual else { return 0 }
        var wh = 0.0
        for g in inst.generators where g.inHeatedVolume != false && g.storageInHeatedVolume != false {
            wh += try annualLossesWh(g, tables: tables)
        }
        return 0.48 * wh * (inst.identicalDwellings ?? 1) / 8760 / 1000
    }
}
