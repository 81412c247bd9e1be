/// §3.2.1 — vertical opaque walls: U of the bare wall (Umur0, from the structure's material and thickness, with
/// lining and insulating render), then U of the wall as it is (Umur, from the insulation's thickness or resistance,
/// or the default table by insulation period), and the loss S × U × b.
public struct WallInput: Sendable, Hashable, Codable {
    public var origin: ElementOrigin
    /// The element's identifier in its DPE (`reference`), which thermal bridges use to name the elements they join.
    public var reference: String?
    public var description: String
    public var adjacency: AdjacencyInput
    /// ADEME `enum_orientation_id` (1 south, 2 north, 3 east, 4 west, 5 horizontal).
    public var orientationId: Int?
    /// Gross area (with openings), m².
    public var grossAreaM2: Double?
    /// Opaque area (the area the loss applies to), m².
    public var opaqueAreaM2: Double
    /// ADEME `enum_methode_saisie_u0_id` (1 unknown, 2 table, 3–4 entered, 5 not needed: U entered).
    public var u0MethodId: Int
    /// ADEME `enum_methode_saisie_u_id` (1 not insulated, 2 unknown, 3–4 thickness, 5–6 resistance, 7–8 table by period,
    /// 9–10 entered).
    public var uMethodId: Int
    /// ADEME `enum_materiaux_structure_mur_id`.
    public var structureMaterialId: Int
    /// Thickness of the structure, cm.
    public var structureThicknessCm: Double?
    /// The `umur0` row the diagnostician took (`tv_umur0_id`), when cited.
    public var umur0RowId: Int?
    /// The `umur` row the diagnostician took (`tv_umur_id`), when cited.
    public var umurRowId: Int?
    /// ADEME `enum_type_doublage_id` (1 unknown, 2 none, 3 lining or air gap < 15 mm, 4 air gap ≥ 15 mm, 5 known lining).
    public var liningTypeId: Int
    /// ADEME `enum_type_isolation_id` (1 unknown, 2 none, 3 ITI, 4 ITE, 5 ITR, 6–8 combinations, 9 insulated, type unknown).
    public var insulationTypeId: Int
    /// ADEME `enum_periode_isolation_id` (same ids as the construction periods).
    public var insulationPeriodId: Int?
    /// Insulation thickness, cm.
    public var insulationThicknessCm: Double?
    /// Insulation thermal resistance, m²·K/W.
    public var insulationResistance: Double?
    /// An old wall with an insulating render (`enduit_isolant_paroi_ancienne`), adds 0.7 m²·K/W.
    public var insulatingRender: Bool
    /// U0 entered by the diagnostician, W/(m²·K).
    public var enteredU0: Double?
    /// U entered by the diagnostician, W/(m²·K).
    public var enteredU: Double?
    /// Whether the wall counts as heavy for the inertia (§7), when recorded.
    public var heavy: Bool?

    public init(
        origin: ElementOrigin = ElementOrigin(), reference: String? = nil, description: String = "",
        adjacency: AdjacencyInput,
        orientationId: Int? = nil, grossAreaM2: Double? = nil, opaqueAreaM2: Double, u0MethodId: Int, uMethodId: Int,
        structureMaterialId: Int, structureThicknessCm: Double? = nil, umur0RowId: Int? = nil, umurRowId: Int? = nil,
        liningTypeId: Int = 2, insulationTypeId: Int = 2, insulationPeriodId: Int? = nil,
        insulationThicknessCm: Double? = nil, insulationResistance: Double? = nil, insulatingRender: Bool = false,
        enteredU0: Double? = nil, enteredU: Double? = nil, heavy: Bool? = nil
    ) {
        self.origin = origin
        self.reference = reference
        self.description = description
        self.adjacency = adjacency
        self.orientationId = orientationId
        self.grossAreaM2 = grossAreaM2
        self.opaqueAreaM2 = opaqueAreaM2
        self.u0MethodId = u0MethodId
        self.uMethodId = uMethodId
        self.structureMaterialId = structureMaterialId
        self.structureThicknessCm = structureThicknessCm
        self.umur0RowId = umur0RowId
        self.umurRowId = umurRowId
        self.liningTypeId = liningTypeId
        self.insulationTypeId = insulationTypeId
        self.insulationPeriodId = insulationPeriodId
        self.insulationThicknessCm = insulationThicknessCm
        self.insulationResistance = insulationResistance
        self.insulatingRender = insulatingRender
        self.enteredU0 = enteredU0
        self.enteredU = enteredU
        self.heavy = heavy
    }
}

/// U0 and U of an opaque element, W/(m²·K).
public struct OpaqueU: Sendable, Hashable, Codable {
    /// U of the element without insulation (nil when U was entered directly).
    public var u0: Double?
    /// U of the element as it is.
    public var u: Double
}

public enum Walls {
    /// §3.2.1 constants: the maximum U of a bare wall, the conductivity taken for an insulation of known thickness
    /// (W/(m·K)), the resistances of linings and insulating renders (m²·K/W).
    static let maxU0 = 2.5
    static let insulationConductivity = 0.04
    static let thinLiningResistance = 0.1
    static let liningResistance = 0.21
    static let insulatingRenderResistance = 0.7

    /// §3.2.1.2: Umur0 from the method of entry: 2.5 when the wall type is unknown, the `umur0` table by material and
    /// thickness, or the entered value, capped at 2.5; then the lining (doublage) and insulating render resistances
    /// are added.
    public static func u0(_ w: WallInput, tables: MethodTables) throws(ThreeCLError) -> Double? {
        var u0: Double
        switch w.u0MethodId {
        case 1: u0 = maxU0
        case 2:
            let row: TableRow
            if let id = w.umur0RowId { row = try tables.row("umur0", id: id) } else { row = try umur0Row(w, tables: tables) }
            u0 = try row.number("umur0")
        case 3, 4:
            guard let v = w.enteredU0 else { throw w.origin.missing("umur0_saisi") }
            u0 = v
        case 5: return nil
        default: throw w.origin.unknown("enum_methode_saisie_u0_id", w.u0MethodId, "methode_saisie_u0 (1–5)")
        }
        u0 = min(maxU0, u0)
        switch w.liningTypeId {
        case 3: u0 = 1 / (1 / u0 + thinLiningResistance)
        case 4, 5: u0 = 1 / (1 / u0 + liningResistance)
        case 1, 2: break
        default: throw w.origin.unknown("enum_type_doublage_id", w.liningTypeId, "type_doublage (1–5)")
        }
        if w.insulatingRender { u0 = 1 / (1 / u0 + insulatingRenderResistance) }
        return min(maxU0, u0)
    }

    /// §3.2.1.2: the `umur0` row for the wall's material and thickness (nearest tabulated thickness, the lower one on
    /// a tie; open bounds "≤ x"/"≥ x" cover what lies beyond).
    public static func umur0Row(_ w: WallInput, tables: MethodTables) throws(ThreeCLError) -> TableRow {
        let rows = try tables.rows("umur0", where: "enum_materiaux_structure_mur_id", contains: w.structureMaterialId)
        guard !rows.isEmpty else {
            throw w.origin.unknown("enum_materiaux_structure_mur_id", w.structureMaterialId, "materiaux_structure_mur")
        }
        // The thickness bounds are parsed at load (`TableRow.bound`).
        let withThickness = rows.filter { $0.bound("epaisseur_structure") != nil }
        guard !withThickness.isEmpty else { return rows[0] }
        guard let e = w.structureThicknessCm, e > 0 else { throw w.origin.missing("epaisseur_structure") }
        var best = withThickness[0]
        var bestDistance = Double.infinity
        for r in withThickness {
            let raw = r.string("epaisseur_structure") ?? ""
            guard let v = r.bound("epaisseur_structure") else { continue }
            if (raw.contains("≤" as Character) && e <= v) || (raw.contains("≥" as Character) && e >= v) { return r }
            let d = abs(v - e)
            let bestValue = best.bound("epaisseur_structure") ?? .infinity
            if d < bestDistance || (d == bestDistance && v < bestValue) {
                best = r
                bestDistance = d
            }
        }
        return best
    }

    /// §3.2.1.3 and §3.2.1.4: U of the wall. Insulation of known thickness e: 1/(1/U0 + e/0.04); of known resistance
    /// R: 1/(1/U0 + R); otherwise the default `umur` table by insulation period (or construction period; a wall built
    /// before 1975 with an insulation of unknown date is taken as insulated in 1975–1977), never above U0.
    public static func u(
        _ w: WallInput, dwelling: DwellingDescription, jouleHeating: Bool, tables: MethodTables
    ) throws(ThreeCLError) -> OpaqueU {
        let u0 = try u0(w, tables: tables)
        func needU0() throws(ThreeCLError) -> Double {
            guard let u0 else { throw w.origin.unsupported("U0 is needed but enum_methode_saisie_u0_id is 5") }
            return u0
        }
        switch w.uMethodId {
        case 1:
            return OpaqueU(u0: u0, u: min(try needU0(), maxU0))
        case 3, 4:
            let base = try needU0()
            guard let e = w.insulationThicknessCm, e > 0 else { return OpaqueU(u0: u0, u: min(base, maxU0)) }
            return OpaqueU(u0: u0, u: 1 / (1 / base + e / 100 / insulationConductivity))
        case 5, 6:
            let base = try needU0()
            guard let r = w.insulationResistance, r > 0 else { return OpaqueU(u0: u0, u: min(base, maxU0)) }
            return OpaqueU(u0: u0, u: 1 / (1 / base + r))
        case 2, 7, 8:
            let base = try needU0()
            let period = try defaultTablePeriod(
                methodId: w.uMethodId, insulationPeriodId: w.insulationPeriodId, dwelling: dwelling)
            let row: TableRow
            if let id = w.umurRowId {
                row = try tables.row("umur", id: id)
            } else {
                row = try periodRow(
                    "umur", period: period, zone: dwelling.climateZone, jouleHeating: jouleHeating, tables: tables)
            }
            return OpaqueU(u0: u0, u: min(try row.number("umur"), base))
        case 9, 10:
            guard let v = w.enteredU else { throw w.origin.missing("umur_saisi") }
            return OpaqueU(u0: u0, u: v)
        default:
            throw w.origin.unknown("enum_methode_saisie_u_id", w.uMethodId, "methode_saisie_u (1–10)")
        }
    }

    /// §3.2.1.4: the period whose default U applies: the insulation period when known (method 7, or 8 with a
    /// period given), else the construction period, with "1975–1977" for a building from before 1975 (method 8).
    static func defaultTablePeriod(
        methodId: Int, insulationPeriodId: Int?, dwelling: DwellingDescription
    ) throws(ThreeCLError) -> Int {
        if let p = insulationPeriodId, methodId != 2 { return p }
        if methodId == 8 && dwelling.constructionPeriodId <= 2 { return 3 }
        return dwelling.constructionPeriodId
    }

    /// The row of a default-U table (`umur`, `upb`, `uph`) for a period, a climate zone and the heating's Joule effect.
    static func periodRow(
        _ table: String, period: Int, zone: ClimateZone, jouleHeating: Bool, tables: MethodTables,
        extra: ((TableRow) -> Bool)? = nil
    ) throws(ThreeCLError) -> TableRow {
        let joule = jouleHeating ? "1" : "0"
        // The period's rows in table order (through the index built at load).
        let rows = try tables.rows(table, where: "enum_periode_construction_id", contains: period)
        guard let row = rows.first(where: {
            $0.matches("enum_zone_climatique_id", zone.rawValue)
                && $0.string("effet_joule") == joule && (extra?($0) ?? true)
        }) else { throw .missingTableRow(table: table, key: "period \(period), zone \(zone.key), joule \(joule)") }
        return row
    }
}
