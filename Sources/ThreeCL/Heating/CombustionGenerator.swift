import Foundation

/// The resolved characteristics of a combustion generator (§13.2.1), as the DPE records them per generator.
public struct CombustionCharacteristics: Sendable, Hashable, Codable {
    /// The `generateur_combustion` row used.
    public var tableRowId: Int
    /// The generator type the row was selected for (the cited row's first type for "default collective system").
    public var effectiveTypeId: Int
    public var nominalPowerW: Double
    /// Efficiencies at full and intermediate load, fractions on the lower heating value (PCI).
    public var rpn: Double
    public var rpint: Double?
    public var qp0W: Double
    public var pilotPowerW: Double
    public var operatingTemperature30C: Double?
    public var operatingTemperature100C: Double?
}

/// §13.2 — Combustion generators (boilers, air heaters, gas radiators): characteristics from `generateur_combustion`
/// and the generation efficiency by the load-ratio method (§13.2.1).
public enum CombustionGenerator {
    /// §13.2.1.2 base temperature Tbase (°C) by altitude class and climate zone group (H1, H2, H3).
    public static func baseTemperature(_ dwelling: DwellingDescription) -> Double {
        let group: Int
        switch dwelling.climateZone {
        case .h1a, .h1b, .h1c: group = 0
        case .h2a, .h2b, .h2c, .h2d: group = 1
        case .h3: group = 2
        }
        let byAltitude: [Double]
        switch dwelling.altitude {
        case .below400m: byAltitude = [-9.5, -6.5, -3.5]
        case .from400To800m: byAltitude = [-11.5, -8.5, -5.5]
        case .above800m: byAltitude = [-13.5, -10.5, -7.5]
        }
        return byAltitude[group]
    }

    /// §13.2.1.2 ratio of higher to lower heating value (PCS/PCI) of the generator's energy (ADEME `type_energie`).
    public static func pcsOverPci(energyTypeId: Int) throws(ThreeCLError) -> Double {
        switch energyTypeId {
        case 1, 8, 12: return 1
        case 2: return 1.11
        case 3: return 1.07
        case 4, 5, 6, 7: return 1.08
        case 9, 10, 13: return 1.09
        case 11: return 1.04
        default:
            throw .unknownEnumValue(
                file: "", path: "generateur_chauffage/donnee_entree/enum_type_energie_id", value: "\(energyTypeId)",
                enumeration: "type_energie of a combustion generator")
        }
    }

    /// Whether the generator type is described by the `generateur_combustion` table.
    public static func isCombustion(typeId: Int, tables: MethodTables) throws(ThreeCLError) -> Bool {
        let boiler = equivalentBoilerTypeId(typeId: typeId, installationYear: nil)
        return tables.lists(generatorTypeId: boiler, in: .combustion)
    }

    /// §13.2.1 default nominal power when unknown: Pn = 1.2 × GV × (19 − Tbase) / 0.95³, W.
    public static func defaultNominalPowerW(envelopeWPerK: Double, dwelling: DwellingDescription) -> Double {
        1.2 * envelopeWPerK * (19 - baseTemperature(dwelling)) / pow(0.95, 3)
    }

    /// §13.2.1 "Autre système à combustion" (ADEME types 113 gas, 114 oil, 115 wood, 116 other fossil fuels) is
    /// computed as the standard boiler of its energy installed in the same period (gas: classic/standard boilers
    /// 85–90; oil and other fossil fuels: 75–80; wood logs: 55–61); without an installation year, the oldest period.
    /// Evidence: the four such generators of the corpus (2227E0002821P, 2306E3107386E, 2365E3165160N,
    /// 2312E3163154I) record Rpn = 84 + 2 log Pn, Rpint = 80 + 3 log Pn and Qp0 = 4 % Pn (1 % for the one installed
    /// in 1981), i.e. those boilers; they cite a `tv_generateur_combustion_id` (79) that in the tables is a gas
    /// accumulator, which lists none of these types.
    public static func equivalentBoilerTypeId(typeId: Int, installationYear: Int?) -> Int {
        let periods: [(from: Int, type: Int)]
        switch typeId {
        case 113: periods = [(0, 85), (1981, 86), (1986, 87), (1991, 88), (2001, 89), (2015, 90)]
        case 114, 116: periods = [(0, 75), (1970, 76), (1976, 77), (1981, 78), (1991, 79), (2015, 80)]
        case 115: periods = [(0, 55), (1978, 56), (1995, 57), (2004, 58), (2013, 59), (2018, 60), (2019, 61)]
        default: return typeId
        }
        guard let year = installationYear else { return periods[0].type }
        return periods.last { year >= $0.from }?.type ?? periods[0].type
    }

    /// §13.2.1 the table row: the one cited when it describes the generator's type, else the one of the type (for
    /// an "autre système à combustion", of its equivalent boiler) whose power criterion (kW) holds.
    static func row(
        _ g: HeatGenerator, nominalPowerW: Double, tables: MethodTables
    ) throws(ThreeCLError) -> TableRow {
        let typeId = equivalentBoilerTypeId(typeId: g.generatorTypeId, installationYear: g.installationYear)
        if let id = g.tvGeneratorCombustionId, typeId == g.generatorTypeId {
            return try tables.row("generateur_combustion", id: id)
        }
        let rows = try tables.rows("generateur_combustion", where: "enum_type_generateur_ch_id", contains: typeId)
        let kw = nominalPowerW / 1000
        // The criteria are parsed with the rows, at load.
        if let r = rows.first(where: { $0.powerCriterion?.holds(for: kw) ?? true }) {
            return r
        }
        throw .missingTableRow(table: "generateur_combustion", key: "type \(typeId), Pn \(kw) kW")
    }


    /// §13.2.1 characteristics of the generator: entered values where the input method allows, else the table's
    /// formulas (Pn in kW; E and F depend on the balanced flue; Qp0 as a % of Pn, a formula in kW, or a constant in kW).
    public static func characteristics(
        _ g: HeatGenerator, installation: HeatingInstallation, envelopeWPerK: Double, dwelling: DwellingDescription,
        tables: MethodTables
    ) throws(ThreeCLError) -> CombustionCharacteristics {
        let pnW = g.nominalPowerW ?? defaultNominalPowerW(envelopeWPerK: envelopeWPerK, dwelling: dwelling)
        // §17.2.1 a virtualised collective generator: the formulas apply to the collective power Pn / ratio.
        let ratio = installation.virtualisationRatio.flatMap { $0 > 0 && $0 <= 1 ? $0 : nil } ?? 1
        let r = try row(g, nominalPowerW: pnW / ratio, tables: tables)
        let typeId = r.matches("enum_type_generateur_ch_id", g.generatorTypeId)
            ? g.generatorTypeId : (r.ids("enum_type_generateur_ch_id").first ?? g.generatorTypeId)
        let pn = pnW / ratio / 1000
        let kind = tables.combustionKind(of: r)
        let e = g.balancedFlue ? 1.75 : 2.5
        let f = g.balancedFlue ? -0.55 : -0.8
        func eval(_ field: String) throws(ThreeCLError) -> Double? {
            guard let text = r.string(field) else { return nil }
            guard let v = r.formula(field: field)?.evaluate(FormulaVariables(pn: pn, e: e, f: f)) else {
                throw .corruptTables(reason: "generateur_combustion \(r.idDescription): \(field) \"\(text)\" is not a formula")
            }
            return v
        }
        guard let rpnTable = try eval("rpn") else {
            throw .corruptTables(reason: "generateur_combustion \(r.idDescription) has no rpn")
        }
        let rpint = try eval("rpint")
        var qp0W = 0.0
        if let text = r.string("qp0_perc"), let v = try eval("qp0_perc") {
            if text.contains(Character("%")) { qp0W = v / 100 * pnW }
            // Hot-air generators: the formula gives a percentage of Pn (kW), i.e. v / 100 kW.
            else if kind.isHotAir { qp0W = v * 1000 / 100 * ratio }
            else { qp0W = v * 1000 * ratio }
        }
        var t30 = g.operatingTemperature30C
        var t100 = g.operatingTemperature100C
        if t30 == nil || t100 == nil {
            let temps = try operatingTemperatures(
                typeId: typeId, emitters: installation.emitters, dwelling: dwelling, boilerWithoutRows: kind.isPlainBoiler,
                tables: tables)
            t30 = t30 ?? temps.t30
            t100 = t100 ?? temps.t100
        }
        return CombustionCharacteristics(
            tableRowId: Int(r.fields["tv_generateur_combustion_id"] ?? "") ?? 0, effectiveTypeId: typeId,
            nominalPowerW: pnW, rpn: g.rpn ?? rpnTable / 100, rpint: g.rpint ?? rpint.map { $0 / 100 },
            qp0W: g.qp0W ?? qp0W,
            pilotPowerW: g.pilotLight ? (g.pilotPowerW ?? r.optionalNumber("pveil") ?? 0) : 0,
            operatingTemperature30C: t30, operatingTemperature100C: t100)
    }

    /// §13.2.1.5 operating temperatures at 30 % and 100 % load (tables `temp_fonc_30`, `temp_fonc_100`), the
    /// highest over the installation's emitters, by distribution temperature and emitters' installation period
    /// (by default that of the building). Water floor or ceiling heating below 65 °C counts as low temperature,
    /// other emitters on a low-temperature network as medium temperature.
    public static func operatingTemperatures(
        typeId: Int, emitters: [HeatEmitter], dwelling: DwellingDescription, boilerWithoutRows: Bool = false,
        tables: MethodTables
    ) throws(ThreeCLError) -> (t30: Double?, t100: Double?) {
        var rows30 = try tables.rows("temp_fonc_30", where: "enum_type_generateur_ch_id", contains: typeId)
        if rows30.isEmpty {
            // Boilers the table does not list ("autre système à combustion", default collective system): taken as
            // classic boilers.
            guard boilerWithoutRows else { return (nil, nil) }
            rows30 = try tables.rows("temp_fonc_30").filter { ($0.string("type_chaudiere") ?? "").contains("classique") }
        }
        let rows100 = try tables.rows("temp_fonc_100")
        var t30: Double?
        var t100: Double?
        // Emitters on a hydronic network; when the DPE gives none (incoherent "no network" with a boiler), the
        // medium temperature is taken.
        var networked = emitters.filter { $0.distributionTemperatureId != 1 }
        if networked.isEmpty, var first = emitters.first {
            first.distributionTemperatureId = 3
            networked = [first]
        }
        for em in networked {
            var temp = em.distributionTemperatureId
            let floorOrCeiling = [12, 14, 16, 18].contains(em.emissionDistributionTypeId)
            if temp == 3, floorOrCeiling { temp = 2 }
            // Radiators and convectors on a "low temperature" network are read at medium temperature, as the
            // certified software do (their recorded operating temperatures show it).
            if temp == 2, !floorOrCeiling { temp = 3 }
            let period = emitterPeriodLabel(em.installationPeriodId, dwelling: dwelling)
            if let r = rows30.first(where: { $0.matches("enum_temp_distribution_ch_id", temp) && $0.string("periode_emetteurs") == period }),
                let v = r.optionalNumber("temp_fonc_30")
            {
                t30 = max(t30 ?? v, v)
            }
            if let r = rows100.first(where: { $0.matches("enum_temp_distribution_ch_id", temp) && $0.string("periode_emetteurs") == period }),
                let v = r.optionalNumber("temp_fonc_100")
            {
                t100 = max(t100 ?? v, v)
            }
        }
        return (t30, t100)
    }

    /// The tables' emitter period label for an ADEME `periode_installation_emetteur` id, else from the building's
    /// year (or period) of construction (§13.2.1.5).
    static func emitterPeriodLabel(_ id: Int?, dwelling: DwellingDescription) -> String {
        let labels = ["Avant 1981", "Entre 1981 et 2000", "Après 2000"]
        if let id, (1...3).contains(id) { return labels[id - 1] }
        if let year = dwelling.constructionYear {
            return year < 1981 ? labels[0] : (year < 2000 ? labels[1] : labels[2])
        }
        switch dwelling.constructionPeriodId {
        case 1...4: return labels[0]
        case 5, 6: return labels[1]
        default: return labels[2]
        }
    }

    /// §13.2.1 load-ratio weights: the share of the heating season spent at each load ratio x.
    static let loadRatios: [(x: Double, weight: Double)] = [
        (0.05, 0.1), (0.15, 0.25), (0.25, 0.2), (0.35, 0.15), (0.45, 0.1), (0.55, 0.1), (0.65, 0.05), (0.75, 0.025),
        (0.85, 0.025), (0.95, 0),
    ]

    /// §13.2.1 losses QPx (kW) at load ratio x, on the higher heating value, by kind of generator.
    /// The loss curve a generator follows (§13.2.1), read once from its table row's label.
    enum LossCurve {
        case gasRadiator, woodCoalOrHotAir, lowTemperature, condensing, standard

        init(kind: String) {
            if kind.contains("radiateur à gaz") || kind.contains("radiateur gaz") {
                self = .gasRadiator
            } else if kind.contains("bois") || kind.contains("charbon") || kind.contains("air chaud") {
                self = .woodCoalOrHotAir
            } else if kind.contains("basse température") {
                self = .lowTemperature
            } else if kind.contains("condensation") {
                self = .condensing
            } else {
                self = .standard
            }
        }
    }

    static func losses(
        at x: Double, curve: LossCurve, c: CombustionCharacteristics, k: Double, regulation: Bool
    ) throws(ThreeCLError) -> Double {
        let pn = c.nominalPowerW / 1000
        let rpn = 100 * c.rpn / k
        let rpint = 100 * (c.rpint ?? c.rpn) / k
        let qp0 = c.qp0W * k / 1000
        if curve == .gasRadiator {
            return 1.04 * (100 - rpn) / rpn * pn * x
        }
        if curve == .woodCoalOrHotAir {
            let qp50 = 0.5 * pn * (100 - rpint) / rpint
            let qp100 = pn * (100 - rpn) / rpn
            return x < 0.5 ? 0.15 * qp0 + (qp50 - 0.15 * qp0) * x / 0.5 : 2 * qp50 - qp100 + (qp100 - qp50) * x / 0.5
        }
        guard let tf30 = c.operatingTemperature30C, let tf100 = c.operatingTemperature100C else {
            throw .unsupportedCase(
                file: "", path: "generateur_chauffage", what: "no operating temperatures for boiler type \(c.effectiveTypeId)")
        }
        let tf = regulation ? tf30 : tf100
        let lowTemp = curve == .lowTemperature
        let condensing = curve == .condensing
        let (a, b): (Double, Double) = lowTemp ? (0.1, 40) : (condensing ? (0.2, 33) : (0.1, 50))
        let r30 = rpint + a * (b - tf)
        let qp30 = 0.3 * pn * (100 - r30) / r30
        let r100 = rpn + 0.1 * (70 - tf100)
        let qp100 = pn * (100 - r100) / r100
        if lowTemp || condensing {
            let qp15 = qp30 / 2
            if x < 0.15 { return 0.15 * qp0 + (qp15 - 0.15 * qp0) * x / 0.15 }
            if x < 0.3 { return qp15 + (qp30 - qp15) * (x - 0.15) / 0.15 }
            return qp30 + (qp100 - qp30) * (x - 0.3) / 0.7
        }
        if x < 0.3 { return 0.15 * qp0 + (qp30 - 0.15 * qp0) * x / 0.3 }
        return qp30 + (qp100 - qp30) * (x - 0.3) / 0.7
    }

    /// §13.2.1 generation efficiency (PCI) by the load-ratio method:
    /// Rg = k × Σ Pfou(x) / (Σ Pcons(x) + 0.45 × QP0 + Pveil), with Pfou = Pn × min(1, x / Cdimref) × weight and
    /// Pcons = Pfou × (1 + QP(x') / Px).
    /// - Parameter sizingRatio: Cdimref = ΣPn / (GV × (Tint − Tbase)) (19 °C, or 21 °C for the spendthrift case).
    public static func generationEfficiency(
        _ g: HeatGenerator, characteristics c: CombustionCharacteristics, sizingRatio: Double, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        let k = try pcsOverPci(energyTypeId: g.energyTypeId)
        let curve: LossCurve
        if let known = tables.combustionKind(rowId: c.tableRowId) { curve = known.lossCurve } else {
            curve = tables.combustionKind(of: try tables.row("generateur_combustion", id: c.tableRowId)).lossCurve
        }
        let pn = c.nominalPowerW / 1000
        guard pn > 0 else { throw .invalidValue(file: "", path: "generateur_chauffage/pn", value: "\(pn)", expected: "a positive power") }
        var pfou = 0.0, pcons = 0.0
        for (x, w) in loadRatios {
            let xf = sizingRatio > 0 ? min(1, x / sizingRatio) : 1
            let px = pn * xf
            let fou = px * w
            pfou += fou
            pcons += fou * (1 + (try losses(at: xf, curve: curve, c: c, k: k, regulation: g.combustionRegulation)) / px)
        }
        let qp0 = c.qp0W * k / 1000
        let pveil = c.pilotPowerW * k / 1000
        return pfou / (pcons + 0.45 * qp0 + pveil) * k
    }
}
