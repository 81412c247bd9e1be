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
        let element = HorizontalElementU(
            u0Table: "uph0", uTable: "uph", insulationConductivity: insulationConductivity, origin: f.origin)
        let u0 = try element.u0(methodId: f.u0MethodId, entered: f.enteredU0) { () throws(ThreeCLError) -> TableRow in
            if let id = f.uph0RowId { return try tables.row("uph0", id: id) }
            return try tables.firstRow("uph0", matching: ["enum_type_plancher_haut_id": f.ceilingTypeId])
        }
        return try element.u(
            methodId: f.uMethodId, u0: u0, thicknessCm: f.insulationThicknessCm, resistance: f.insulationResistance,
            entered: f.enteredU
        ) { () throws(ThreeCLError) -> TableRow in
            if let id = f.uphRowId { return try tables.row("uph", id: id) }
            let period = try Walls.defaultTablePeriod(
                methodId: f.uMethodId == 2 ? 7 : f.uMethodId, insulationPeriodId: f.insulationPeriodId,
                dwelling: dwelling)
            let kind = f.effectiveRoofKind
            return try Walls.periodRow(
                "uph", period: period, zone: dwelling.climateZone, jouleHeating: jouleHeating, tables: tables,
                extra: { $0.string("type_toiture") == kind })
        }
    }
}
