import Foundation

/// §14 Hot-water generators: the generation efficiency of each family and the solar coverage (§11.3).
public enum HotWaterGenerators {
    /// The families of §14, from `enum_type_generateur_ecs_id`.
    public enum Kind: Sendable, Hashable, Codable {
        /// §14.1 electric tank (ballon à accumulation, chaudière électrique): storage efficiency.
        case electricTank
        /// §14.1 electric instantaneous water heater: efficiency 1.
        case electricInstantaneous
        /// §14.2 thermodynamic (CET, PAC double service): 1 / COP.
        case thermodynamic
        /// §14.1.1 gas/LPG instantaneous water heater (chauffe-eau).
        case instantaneousGasHeater
        /// §14.1.3 gas/LPG storage water heater (accumulateur).
        case gasAccumulator
        /// §14.1.2 boilers (and other combustion systems, wood stoves with a boiler, hybrid PAC boiler part).
        case boiler
        /// §14.4 district heating (and multi-building installations modelled as one).
        case districtHeating
    }

    /// The family of a generator (§14), from its type id; the default collective generator (84) is resolved from
    /// its energy and the rows it cites.
    public static func kind(
        _ g: HotWaterGenerator, installation: HotWaterInstallation
    ) throws(ThreeCLError) -> Kind {
        if g.energyId == 8 || installation.installationTypeId == 3 { return .districtHeating }
        switch g.typeId {
        case 1...12, 82, 83: return .thermodynamic
        case 13...57, 78...81, 85...104, 115, 116, 120...133: return .boiler
        case 58...62, 105...109: return .gasAccumulator
        case 63...67, 110...114: return .instantaneousGasHeater
        case 68...71, 118: return .electricTank
        case 117: return .electricInstantaneous
        case 72...77, 119, 134: return .districtHeating
        case 84:
            if g.energyId == 1 { return g.hasStorage ? .electricTank : .electricInstantaneous }
            if g.scopTableId != nil { return .thermodynamic }
            return .boiler
        default:
            throw .unknownEnumValue(
                file: g.origin.file, path: g.origin.path + "/donnee_entree/enum_type_generateur_ecs_id",
                value: "\(g.typeId)", enumeration: "type_generateur_ecs (1–134)")
        }
    }

    /// §13.2 Combustion characteristics used by §14.1: Pn (W), Rpn (ratio), Qp0 (W), Pveilleuse (W). Entered or
    /// resolved values win; else Rpn and Qp0 come from the `generateur_combustion` row (cited, else the first row of
    /// the generator type) evaluated with Pn.
    public static func combustionCharacteristics(
        _ g: HotWaterGenerator, tables: MethodTables
    ) throws(ThreeCLError) -> (pn: Double?, rpn: Double, qp0: Double, pveil: Double) {
        if let rpn = g.fullLoadEfficiency, let qp0 = g.standbyLossesW {
            return (g.nominalPowerW, rpn, qp0, g.pilotPowerW ?? 0)
        }
        guard let pn = g.nominalPowerW, pn > 0 else {
            throw .unsupportedCase(
                file: g.origin.file, path: g.origin.path,
                what: "the nominal power Pn of the combustion generator (type \(g.typeId), §13.2) is not given")
        }
        let row: TableRow
        if let id = g.combustionTableId {
            row = try tables.row("generateur_combustion", id: id)
        } else {
            row = try tables.firstRow("generateur_combustion", matching: ["enum_type_generateur_ecs_id": g.typeId])
        }
        let pnKW = pn / 1000
        let rpn: Double
        if let r = g.fullLoadEfficiency { rpn = r } else {
            rpn = try CombustionFormula.evaluate(field: "rpn", pnKW: pnKW, table: row) / 100
        }
        let qp0: Double
        if let q = g.standbyLossesW { qp0 = q } else {
            let raw = row.string("qp0_perc") ?? ""
            if raw.hasSuffix("%") {
                qp0 = try CombustionFormula.evaluate(field: "qp0_perc", pnKW: pnKW, table: row) / 100 * pn
            } else if raw.contains("Pn") {
                qp0 = try CombustionFormula.evaluate(field: "qp0_perc", pnKW: pnKW, table: row) * 1000
            } else {
                qp0 = try CombustionFormula.evaluate(field: "qp0_perc", pnKW: pnKW, table: row) / 100 * pn
            }
        }
        return (pn, rpn, qp0, g.pilotPowerW ?? 0)
    }

    /// §14.1.1 Instantaneous gas heater: Rg = 1 / (1/Rpn + 1790 Qp0 / (Becs·1000) + 6970 Pveil / (Becs·1000)).
    public static func instantaneousHeaterEfficiency(rpn: Double, qp0: Double, pveil: Double, needKWh b: Double) -> Double {
        1 / (1 / rpn + 1790 * qp0 / (b * 1000) + 6970 * pveil / (b * 1000))
    }

    /// §14.1.2 Boiler producing hot water (with or without a tank):
    /// Rg(s) = 1 / (1/Rpn + (1790 Qp0 + Qg,w) / (Becs·1000) + 6970 × 0.5 Pveil / (Becs·1000)).
    public static func boilerEfficiency(rpn: Double, qp0: Double, pveil: Double, storageLossesWh qgw: Double, needKWh b: Double) -> Double {
        1 / (1 / rpn + (1790 * qp0 + qgw) / (b * 1000) + 6970 * 0.5 * pveil / (b * 1000))
    }

    /// §14.1.3 Gas accumulator: Qp0 = 1.5 % Pn (Pn in W) and
    /// Rg = 1 / (1/Rpn + (8592 Qp0 + Qg,w) / (Becs·1000) + 6970 Pveil / (Becs·1000)).
    public static func accumulatorEfficiency(rpn: Double, pn: Double, pveil: Double, storageLossesWh qgw: Double, needKWh b: Double) -> Double {
        let qp0 = 1.5 * pn / 100
        return 1 / (1 / rpn + (8592 * qp0 + qgw) / (b * 1000) + 6970 * pveil / (b * 1000))
    }

    /// §14.4 District heating: generation + storage efficiency 0.75 for a non-insulated network (generator type 72),
    /// 0.9 otherwise (insulated network 73, unlisted or unknown network 119, multi-building installations modelled
    /// as a network). The insulation of the dwelling's own distribution (`reseau_distribution_isole`) is §11.2's.
    public static func districtHeatingEfficiency(_ g: HotWaterGenerator, installation: HotWaterInstallation) -> Double {
        g.typeId == 72 ? 0.75 : 0.9
    }

    /// §14.2 COP of a thermodynamic generator: entered, else the `scop` row (cited, else by generator type and
    /// climate zone).
    public static func coefficientOfPerformance(
        _ g: HotWaterGenerator, zone: ClimateZone, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        if let cop = g.enteredCOP, cop > 0 { return cop }
        if let id = g.scopTableId { return try tables.row("scop", id: id).number("scop") }
        let row = try tables.firstRow(
            "scop", matching: ["enum_type_generateur_ecs_id": g.typeId, "enum_zone_climatique_id": zone.rawValue])
        return try row.number("scop")
    }

    /// §11.3 Solar coverage factor Fecs: entered when justified, else the cited row, else the row of the solar
    /// installation type, climate zone and building type (house or collective).
    public static func solarCoverage(
        _ inst: HotWaterInstallation, dwelling: DwellingDescription, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        guard let solarType = inst.solarInstallationTypeId else { return 0 }
        if let f = inst.solarCoverageEntered { return f }
        if let id = inst.solarCoverageTableId {
            return try tables.row("facteur_couverture_solaire", id: id).number("facteur_couverture_solaire")
        }
        let building = dwelling.isHouse ? "maison" : "immeuble"
        let rows = try tables.rows("facteur_couverture_solaire")
        guard let r = rows.first(where: {
            $0.matches("enum_type_installation_solaire_id", solarType)
                && $0.matches("enum_zone_climatique_id", dwelling.climateZone.rawValue)
                && $0.string("type_batiment") == building
        }) else {
            throw .missingTableRow(
                table: "facteur_couverture_solaire", key: "solar \(solarType), zone \(dwelling.climateZone.key), \(building)")
        }
        return try r.number("facteur_couverture_solaire")
    }

    /// §15.1 Generation auxiliaries of a hot-water combustion generator, kWh: Paux,g = G + H × Pn (W, Pn in kW),
    /// Caux,g = Paux,g × Becs / Pn (Pn capped at 400 kW in Paux,g); G = 20 W and H = 1.6 W/kW for gas, LPG, oil and
    /// coal boilers, other combustion systems and the default collective boiler, none otherwise (wood boilers only
    /// with a fan, which the DPE does not describe).
    public static func generationAuxiliaryKWh(typeId: Int, pnW: Double?, needKWh becs: Double) -> Double {
        guard let pn = pnW, pn > 0 else { return 0 }
        let isGasOrOilBoiler: Bool
        switch typeId {
        case 35...57, 78...81, 84...104, 120...123, 132, 133: isGasOrOilBoiler = true
        default: isGasOrOilBoiler = false
        }
        guard isGasOrOilBoiler else { return 0 }
        let pe = min(pn, 400_000)
        let paux = 20 + 1.6 * pe / 1000
        return paux * becs / pn
    }
}

/// The small formulas of the `generateur_combustion` table ("84+2*log10(Pn)", "0.085*Pn*(Pn)^-0.4") with Pn in kW,
/// evaluated by the tables' one formula compiler (`TableFormula`, compiled with the row).
enum CombustionFormula {
    /// The formula of a row's field (compiled with the row; the trailing % of "4%" is not part of the formula).
    static func evaluate(field: String, pnKW: Double, table row: TableRow) throws(ThreeCLError) -> Double {
        guard let v = row.formula(field: field)?.evaluate(FormulaVariables(pn: pnKW)), v.isFinite else {
            throw .corruptTables(
                reason: "generateur_combustion row \(row.idDescription): formula \"\(row.string(field) ?? "")\" not understood")
        }
        return v
    }
}
