/// §3.2.3 — high floors (ceilings under attics, roofs, terraces): U of the bare ceiling (Uph0, by type) and U as it is
/// (Uph: insulation thickness at 0.04 W/(m·K), resistance, or the default table `uph` by period and roof kind).
public struct HighFloorInput: Sendable, Hashable, Codable {
    public var origin: ElementOrigin
    /// The element's identifier in its DPE (`reference`), which thermal bridges use to name the elements they join.
    public var reference: String?
    public var description: String
    public var adjacency: AdjacencyInput
    /// Area, m².
    public var areaM2: Double
    /// ADEME `enum_type_plancher_haut_id`.
    public var ceilingTypeId: Int
    public var u0MethodId: Int
    public var uMethodId: Int
    /// Rows cited (`tv_uph0_id`, `tv_uph_id`).
    public var uph0RowId: Int?
    public var uphRowId: Int?
    public var insulationTypeId: Int
    public var insulationPeriodId: Int?
    public var insulationThicknessCm: Double?
    public var insulationResistance: Double?
    public var enteredU0: Double?
    public var enteredU: Double?
    /// Roof kind for the default table ("combles" or "terrasse"); nil = from the adjacency and ceiling type.
    public var roofKind: String?
    public var heavy: Bool?

    public init(
        origin: ElementOrigin = ElementOrigin(), reference: String? = nil, description: String = "",
        adjacency: AdjacencyInput, areaM2: Double,
        ceilingTypeId: Int, u0MethodId: Int, uMethodId: Int, uph0RowId: Int? = nil, uphRowId: Int? = nil,
        insulationTypeId: Int = 2, insulationPeriodId: Int? = nil, insulationThicknessCm: Double? = nil,
        insulationResistance: Double? = nil, enteredU0: Double? = nil, enteredU: Double? = nil,
        roofKind: String? = nil, heavy: Bool? = nil
    ) {
        self.origin = origin
        self.reference = reference
        self.description = description
        self.adjacency = adjacency
        self.areaM2 = areaM2
        self.ceilingTypeId = ceilingTypeId
        self.u0MethodId = u0MethodId
        self.uMethodId = uMethodId
        self.uph0RowId = uph0RowId
        self.uphRowId = uphRowId
        self.insulationTypeId = insulationTypeId
        self.insulationPeriodId = insulationPeriodId
        self.insulationThicknessCm = insulationThicknessCm
        self.insulationResistance = insulationResistance
        self.enteredU0 = enteredU0
        self.enteredU = enteredU
        self.roofKind = roofKind
        self.heavy = heavy
    }

    /// The roof kind of the default table `uph`: under an attic (adjacency 11–13) or a ceiling of a roof-space kind,
    /// "combles"; a concrete slab or steel deck to the outside, "terrasse".
    public var effectiveRoofKind: String {
        if let roofKind { return roofKind }
        if [11, 12, 13].contains(adjacency.typeAdjacenceId) { return "combles" }
        return [8, 16].contains(ceilingTypeId) ? "terrasse" : "combles"
    }
}

public enum HighFloors {
    /// §3.2.3: conductivity of a ceiling insulation of known thickness, W/(m·K).
    static let insulationConductivity = 0.04

    /// §3.2.3: Uph0 and Uph of a high floor.
    public static func u(
        _ f: HighFloorInput, dwelling: DwellingDescription, jouleHeating: Bool, tables: MethodTables
    ) throws(ThreeCLError) -> OpaqueU {
        var u0: Double?
        switch f.u0MethodId {
        case 1, 2:
            let row: TableRow
            if let id = f.uph0RowId {
                row = try tables.row("uph0", id: id)
            } else {
                row = try tables.firstRow("uph0", matching: ["enum_type_plancher_haut_id": f.ceilingTypeId])
            }
            u0 = try row.number("uph0")
        case 3, 4:
            guard let v = f.enteredU0 else { throw f.origin.missing("uph0_saisi") }
            u0 = v
        case 5: u0 = nil
        default: throw f.origin.unknown("enum_methode_saisie_u0_id", f.u0MethodId, "methode_saisie_u0 (1–5)")
        }
        func needU0() throws(ThreeCLError) -> Double {
            guard let u0 else { throw f.origin.unsupported("Uph0 is needed but enum_methode_saisie_u0_id is 5") }
            return u0
        }
        switch f.uMethodId {
        case 1: return OpaqueU(u0: u0, u: try needU0())
        case 3, 4:
            let base = try needU0()
            guard let e = f.insulationThicknessCm, e > 0 else { return OpaqueU(u0: u0, u: base) }
            return OpaqueU(u0: u0, u: 1 / (1 / base + e / 100 / insulationConductivity))
        case 5, 6:
            let base = try needU0()
            guard let r = f.insulationResistance, r > 0 else { return OpaqueU(u0: u0, u: base) }
            return OpaqueU(u0: u0, u: 1 / (1 / base + r))
        case 2, 7, 8:
            let base = try needU0()
            let row: TableRow
            if let id = f.uphRowId {
                row = try tables.row("uph", id: id)
            } else {
                let period = try Walls.defaultTablePeriod(
                    methodId: f.uMethodId == 2 ? 7 : f.uMethodId, insulationPeriodId: f.insulationPeriodId,
                    dwelling: dwelling)
                let kind = f.effectiveRoofKind
                row = try Walls.periodRow(
                    "uph", period: period, zone: dwelling.climateZone, jouleHeating: jouleHeating, tables: tables,
                    extra: { $0.string("type_toiture") == kind })
            }
            return OpaqueU(u0: u0, u: min(try row.number("uph"), base))
        case 9, 10:
            guard let v = f.enteredU else { throw f.origin.missing("uph_saisi") }
            return OpaqueU(u0: u0, u: v)
        default:
            throw f.origin.unknown("enum_methode_saisie_u_id", f.uMethodId, "methode_saisie_u (1–10)")
        }
    }
}
