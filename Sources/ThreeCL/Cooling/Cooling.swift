import Foundation

/// One `climatisation` system (§10).
public struct CoolingSystem: Sendable, Hashable, Codable {
    /// `surface_clim`: the cooled area, m².
    public var cooledAreaM2: Double
    /// `tv_seer_id` when the DPE cites the row.
    public var seerTableId: Int?
    /// `enum_periode_installation_fr_id` (1 before 2008, 2 2008–2014, 3 from 2015).
    public var installationPeriodId: Int?
    /// `enum_type_generateur_fr_id`.
    public var generatorTypeId: Int?
    /// `enum_type_energie_id` (electricity when absent).
    public var energyId: Int
    /// `enum_methode_saisie_carac_sys_id`.
    public var inputMethodId: Int?
    /// An EER entered from a justified document (`eer` with a direct input method).
    public var enteredEER: Double?
    /// `cle_repartition_clim`.
    public var repartitionKey: Double?

    public init(
        cooledAreaM2: Double, seerTableId: Int? = nil, installationPeriodId: Int? = nil, generatorTypeId: Int? = nil,
        energyId: Int = 1, inputMethodId: Int? = nil, enteredEER: Double? = nil, repartitionKey: Double? = nil
    ) {
        self.cooledAreaM2 = cooledAreaM2
        self.seerTableId = seerTableId
        self.installationPeriodId = installationPeriodId
        self.generatorTypeId = generatorTypeId
        self.energyId = energyId
        self.inputMethodId = inputMethodId
        self.enteredEER = enteredEER
        self.repartitionKey = repartitionKey
    }
}

/// The cooling systems of a dwelling (`logement/climatisation_collection`).
public struct CoolingInput: Sendable, Hashable, Codable {
    public var systems: [CoolingSystem]

    public init(systems: [CoolingSystem]) { self.systems = systems }
}

extension CoolingInput {
    /// Maps `logement/climatisation_collection/climatisation/donnee_entree`.
    public init(ademe logement: XMLElementNode) throws(ThreeCLError) {
        var systems: [CoolingSystem] = []
        for node in logement.child("climatisation_collection")?.children("climatisation") ?? [] {
            systems.append(try CoolingSystem(ademe: node))
        }
        self.init(systems: systems)
    }
}

extension CoolingSystem {
    /// Maps one `climatisation` element. The EER is read as entered only when the input method is not the
    /// tabulated one (`enum_methode_saisie_carac_sys_id` > 1).
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        let method = try de.optionalInt("enum_methode_saisie_carac_sys_id")
        var eer: Double? = nil
        if let m = method, m > 1 { eer = try node.child("donnee_intermediaire")?.optionalDouble("eer") }
        if try de.optionalInt("tv_seer_id") == nil, try de.optionalInt("enum_periode_installation_fr_id") == nil, eer == nil {
            throw .missingElement(file: de.file, path: de.path + "/enum_periode_installation_fr_id")
        }
        let area = try de.double("surface_clim")
        guard area >= 0 else { throw de.invalid("surface_clim", expected: "a non-negative area in m²") }
        self.init(
            cooledAreaM2: area, seerTableId: try de.optionalInt("tv_seer_id"),
            installationPeriodId: try de.optionalInt("enum_periode_installation_fr_id"),
            generatorTypeId: try de.optionalInt("enum_type_generateur_fr_id"),
            energyId: try de.optionalInt("enum_type_energie_id") ?? 1, inputMethodId: method, enteredEER: eer,
            repartitionKey: try de.optionalDouble("cle_repartition_clim"))
    }
}

/// One cooling system's results (`climatisation/donnee_intermediaire`).
public struct CoolingSystemResult: Sendable, Hashable, Codable {
    public var eer: Double
    /// `besoin_fr` of the system (the dwelling's need × cooled area / habitable area), kWh.
    public var needKWh: Double
    /// `conso_fr`, `conso_fr_depensier`, kWh.
    public var consumptionKWh: Double
    public var consumptionSpendthriftKWh: Double
    public var energyId: Int
}

/// §10 results of a dwelling.
public struct CoolingResult: Sendable, Hashable, Codable {
    /// `besoin_fr`, `besoin_fr_depensier` of the dwelling (zero without a cooling system), kWh.
    public var needKWh: Double
    public var needSpendthriftKWh: Double
    /// `conso_fr`, `conso_fr_depensier`, kWh.
    public var consumptionKWh: Double
    public var consumptionSpendthriftKWh: Double
    public var systems: [CoolingSystemResult]
}

/// §10 Cooling: the need (conventional set point 28 °C, "dépensier" 26 °C) and the consumption with the EER.
public enum CoolingCalculation {
    /// §10.2 Internal heat capacity Cin per m² by inertia class (J/(K·m²)): very heavy and heavy 260 000,
    /// medium 165 000, light 110 000.
    static func internalCapacity(inertiaClassId: Int) throws(ThreeCLError) -> Double {
        switch inertiaClassId {
        case 1, 2: return 260_000
        case 3: return 165_000
        case 4: return 110_000
        default:
            throw .unknownEnumValue(
                file: "", path: "enveloppe/inertie/enum_classe_inertie_id", value: "\(inertiaClassId)",
                enumeration: "classe_inertie (1–4)")
        }
    }

    /// §6.1 Internal gains over the hours Nref of a month, kWh: ((3.18 + 0.34) × Sh + 90 × 132/168 × Nadeq) × Nref / 1000.
    public static func internalGainsKWh(habitableAreaM2 sh: Double, adultEquivalents nadeq: Double, hours nref: Double) -> Double {
        ((3.18 + 0.34) * sh + 90 * (132.0 / 168.0) * nadeq) * nref / 1000
    }

    /// §10.2 Monthly cooling need, kWh: with the gains/losses ratio Rbth = (Ai + As) / (GV × (Text − Tint) × Nref / 1000),
    /// zero when Rbth < 0.5; else Bfr = Ai + As − fut × GV / 1000 × (Tint − Text) × Nref, the utilisation factor
    /// fut = (1 − Rbth^−a) / (1 − Rbth^(−a−1)) (a / (a + 1) when Rbth = 1), a = 1 + τ/15, τ = Cin × Sh / (3600 × GV).
    public static func monthlyNeedKWh(
        internalGainsKWh ai: Double, solarGainsKWh asol: Double, envelopeWPerK gv: Double, hours nref: Double,
        outdoorC text: Double, setPointC tint: Double, capacityJPerKM2 cin: Double, habitableAreaM2 sh: Double
    ) -> Double {
        guard nref > 0, gv > 0 else { return 0 }
        let rbth = 1000 * (ai + asol) / (gv * (text - tint) * nref)
        guard rbth >= 0.5 else { return 0 }
        let tau = cin * sh / (3600 * gv)
        let a = 1 + tau / 15
        let fut = rbth == 1 ? a / (a + 1) : (1 - pow(rbth, -a)) / (1 - pow(rbth, -a - 1))
        return ai + asol - fut * gv / 1000 * (tint - text) * nref
    }

    /// §10.3 EER of a system: entered, else the `seer` row (cited, else by climate zone and installation period);
    /// the table's `eer` column (the SEER already converted for the method).
    public static func eer(_ s: CoolingSystem, zone: ClimateZone, tables: MethodTables) throws(ThreeCLError) -> Double {
        if let e = s.enteredEER, e > 0 { return e }
        if let id = s.seerTableId { return try tables.row("seer", id: id).number("eer") }
        guard let period = s.installationPeriodId else {
            throw .missingElement(file: "", path: "climatisation/donnee_entree/enum_periode_installation_fr_id")
        }
        let row = try tables.firstRow(
            "seer", matching: ["enum_zone_climatique_id": zone.rawValue, "enum_periode_installation_fr_id": period])
        return try row.number("eer")
    }

    /// §10.1–§10.3 for a dwelling. `southEquivalentAreaM2ByMonth` is §6.2's Sse; `envelopeWPerK` the GV of §3–§4.
    public static func compute(
        _ input: CoolingInput, dwelling: DwellingDescription, envelopeWPerK gv: Double,
        southEquivalentAreaM2ByMonth sse: [Double], inertiaClassId: Int, tables: MethodTables
    ) throws(ThreeCLError) -> CoolingResult {
        guard !input.systems.isEmpty else {
            return CoolingResult(needKWh: 0, needSpendthriftKWh: 0, consumptionKWh: 0, consumptionSpendthriftKWh: 0, systems: [])
        }
        guard sse.count == 12 else {
            throw .invalidValue(file: "", path: "southEquivalentAreaM2ByMonth", value: "\(sse.count) values", expected: "12 monthly values")
        }
        let zone = dwelling.climateZone, altitude = dwelling.altitude
        let sh = dwelling.habitableAreaM2
        let nadeq = HotWaterNeed.adultEquivalents(dwelling: dwelling)
        let cin = try internalCapacity(inertiaClassId: inertiaClassId)
        var need = 0.0, needDep = 0.0
        for (setPoint, spendthrift) in [(28.0, false), (26.0, true)] {
            let suffix = spendthrift ? "26" : "28"
            let nref = try tables.monthly("nref" + suffix, zone: zone, altitude: altitude)
            let e = try tables.monthly("e_fr_" + suffix, zone: zone, altitude: altitude)
            let text = try tables.monthly("textmoy_clim_" + suffix, zone: zone, altitude: altitude)
            var total = 0.0
            for m in 0..<12 {
                let ai = internalGainsKWh(habitableAreaM2: sh, adultEquivalents: nadeq, hours: nref[m])
                total += monthlyNeedKWh(
                    internalGainsKWh: ai, solarGainsKWh: sse[m] * e[m], envelopeWPerK: gv, hours: nref[m], outdoorC: text[m],
                    setPointC: setPoint, capacityJPerKM2: cin, habitableAreaM2: sh)
            }
            if spendthrift { needDep = total } else { need = total }
        }
        var systems: [CoolingSystemResult] = []
        for s in input.systems {
            let share = s.cooledAreaM2 / sh
            let eer = try eer(s, zone: zone, tables: tables)
            // §10.3 Cfr = 0.9 × Bfr / EER.
            systems.append(CoolingSystemResult(
                eer: eer, needKWh: need * share, consumptionKWh: 0.9 * need * share / eer,
                consumptionSpendthriftKWh: 0.9 * needDep * share / eer, energyId: s.energyId))
        }
        return CoolingResult(
            needKWh: need, needSpendthriftKWh: needDep, consumptionKWh: systems.reduce(0) { $0 + $1.consumptionKWh },
            consumptionSpendthriftKWh: systems.reduce(0) { $0 + $1.consumptionSpendthriftKWh }, systems: systems)
    }
}
