/// §3.2.2 — low floors: U of the bare floor (Upb0, by floor type), U of the floor as it is (Upb), and for floors on
/// the ground, over a crawl space or an unheated basement the equivalent Ue (table `ue` by 2S/P and Upb).
public struct LowFloorInput: Sendable, Hashable, Codable {
    public var origin: ElementOrigin
    /// The element's identifier in its DPE (`reference`), which thermal bridges use to name the elements they join.
    public var reference: String?
    public var description: String
    public var adjacency: AdjacencyInput
    /// Area, m².
    public var areaM2: Double
    /// ADEME `enum_type_plancher_bas_id`.
    public var floorTypeId: Int
    /// ADEME `enum_methode_saisie_u0_id` and `enum_methode_saisie_u_id` (as for walls, §3.2.1).
    public var u0MethodId: Int
    public var uMethodId: Int
    /// The rows the diagnostician took (`tv_upb0_id`, `tv_upb_id`), when cited.
    public var upb0RowId: Int?
    public var upbRowId: Int?
    public var insulationTypeId: Int
    public var insulationPeriodId: Int?
    /// Insulation thickness, cm; resistance, m²·K/W.
    public var insulationThicknessCm: Double?
    public var insulationResistance: Double?
    public var enteredU0: Double?
    public var enteredU: Double?
    /// Area and exposed perimeter used for 2S/P (§3.2.2), m² and m; the area defaults to `areaM2`.
    public var ueAreaM2: Double?
    public var uePerimeterM: Double?
    /// Ue as recorded in the input (`ue`), used only when the perimeter needed for 2S/P is not given.
    public var recordedUe: Double?
    public var heavy: Bool?

    public init(
        origin: ElementOrigin = ElementOrigin(), reference: String? = nil, description: String = "",
        adjacency: AdjacencyInput, areaM2: Double,
        floorTypeId: Int, u0MethodId: Int, uMethodId: Int, upb0RowId: Int? = nil, upbRowId: Int? = nil,
        insulationTypeId: Int = 2, insulationPeriodId: Int? = nil, insulationThicknessCm: Double? = nil,
        insulationResistance: Double? = nil, enteredU0: Double? = nil, enteredU: Double? = nil,
        ueAreaM2: Double? = nil, uePerimeterM: Double? = nil, recordedUe: Double? = nil, heavy: Bool? = nil
    ) {
        self.origin = origin
        self.reference = reference
        self.description = description
        self.adjacency = adjacency
        self.areaM2 = areaM2
        self.floorTypeId = floorTypeId
        self.u0MethodId = u0MethodId
        self.uMethodId = uMethodId
        self.upb0RowId = upb0RowId
        self.upbRowId = upbRowId
        self.insulationTypeId = insulationTypeId
        self.insulationPeriodId = insulationPeriodId
        self.insulationThicknessCm = insulationThicknessCm
        self.insulationResistance = insulationResistance
        self.enteredU0 = enteredU0
        self.enteredU = enteredU
        self.ueAreaM2 = ueAreaM2
        self.uePerimeterM = uePerimeterM
        self.recordedUe = recordedUe
        self.heavy = heavy
    }
}

public enum LowFloors {
    /// §3.2.2: conductivity of a floor insulation of known thickness, W/(m·K).
    static let insulationConductivity = 0.042
    /// Adjacencies whose loss goes through the ground (§3.2.2): crawl space, ground (terre-plein), unheated basement.
    static let groundAdjacencies: Set<Int> = [3, 5, 6]

    /// §3.2.2: Upb0 (table `upb0` by floor type, or entered) and Upb (insulation thickness e: 1/(1/Upb0 + e/0.042);
    /// resistance R: 1/(1/Upb0 + R); default table `upb` by period, never above Upb0; or entered).
    public static func u(
        _ f: LowFloorInput, dwelling: DwellingDescription, jouleHeating: Bool, tables: MethodTables
    ) throws(ThreeCLError) -> OpaqueU {
        let element = HorizontalElementU(
            u0Table: "upb0", uTable: "upb", insulationConductivity: insulationConductivity, origin: f.origin)
        let u0 = try element.u0(methodId: f.u0MethodId, entered: f.enteredU0) { () throws(ThreeCLError) -> TableRow in
            if let id = f.upb0RowId { return try tables.row("upb0", id: id) }
            return try tables.firstRow("upb0", matching: ["enum_type_plancher_bas_id": f.floorTypeId])
        }
        return try element.u(
            methodId: f.uMethodId, u0: u0, thicknessCm: f.insulationThicknessCm, resistance: f.insulationResistance,
            entered: f.enteredU
        ) { () throws(ThreeCLError) -> TableRow in
            if let id = f.upbRowId { return try tables.row("upb", id: id) }
            let period = try Walls.defaultTablePeriod(
                methodId: f.uMethodId == 2 ? 7 : f.uMethodId, insulationPeriodId: f.insulationPeriodId,
                dwelling: dwelling)
            return try Walls.periodRow(
                "upb", period: period, zone: dwelling.climateZone, jouleHeating: jouleHeating, tables: tables)
        }
    }

    /// §3.2.2: Ue of a floor on the ground, over a crawl space or an unheated basement, from the table `ue` for the
    /// floor's 2S/P (rounded to the nearest tabulated value) and Upb (linear interpolation between tabulated Upb,
    /// extrapolation beyond them).
    /// nil for other adjacencies (then the floor's final U is Upb). Without a perimeter, the Ue the input records.
    public static func ue(
        _ f: LowFloorInput, upb: Double, dwelling: DwellingDescription, tables: MethodTables
    ) throws(ThreeCLError) -> Double? {
        let type = f.adjacency.typeAdjacenceId
        guard groundAdjacencies.contains(type) else { return nil }
        let area = f.ueAreaM2 ?? f.areaM2
        guard let perimeter = f.uePerimeterM, perimeter > 0 else {
            if let ue = f.recordedUe { return ue }
            throw f.origin.missing("perimetre_ue")
        }
        guard let grid = tables.ueGrid(adjacencyId: type, periodId: dwelling.constructionPeriodId), !grid.columns.isEmpty
        else {
            throw .missingTableRow(table: "ue", key: "type \(type), period \(dwelling.constructionPeriodId)")
        }
        // The 2S/P column nearest the floor's (the first of two as near).
        let ratio = (2 * area / perimeter).rounded()
        var k = 0
        for (i, c) in grid.columns.enumerated() where abs(c - ratio) < abs(grid.columns[k] - ratio) { k = i }
        let points = grid.points[k]
        return TableLookup.interpolate(points, at: upb, extrapolate: true)
    }
}
