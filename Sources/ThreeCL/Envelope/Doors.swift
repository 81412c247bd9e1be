/// §3.3.4 — doors: Uporte from the table by door type, or entered.
public struct DoorInput: Sendable, Hashable, Codable {
    public var origin: ElementOrigin
    /// The element's identifier in its DPE (`reference`), which thermal bridges use to name the elements they join.
    public var reference: String?
    public var description: String
    public var adjacency: AdjacencyInput
    /// Area, m².
    public var areaM2: Double
    /// ADEME `enum_type_porte_id`.
    public var doorTypeId: Int
    /// ADEME `enum_methode_saisie_uporte_id` (1 table, 2–3 entered).
    public var uMethodId: Int
    /// The `uporte` row cited (`tv_uporte_id`).
    public var uporteRowId: Int?
    public var enteredU: Double?
    /// Seals (`presence_joint`, §4).
    public var hasSeals: Bool
    /// Fitting (`enum_type_pose_id`), frame width (cm) and insulation return, for the door/wall bridge (§3.4).
    public var poseTypeId: Int?
    public var frameWidthCm: Double?
    public var insulationReturn: Bool?

    public init(
        origin: ElementOrigin = ElementOrigin(), reference: String? = nil, description: String = "",
        adjacency: AdjacencyInput, areaM2: Double,
        doorTypeId: Int, uMethodId: Int = 1, uporteRowId: Int? = nil, enteredU: Double? = nil, hasSeals: Bool = false,
        poseTypeId: Int? = nil, frameWidthCm: Double? = nil, insulationReturn: Bool? = nil
    ) {
        self.origin = origin
        self.reference = reference
        self.description = description
        self.adjacency = adjacency
        self.areaM2 = areaM2
        self.doorTypeId = doorTypeId
        self.uMethodId = uMethodId
        self.uporteRowId = uporteRowId
        self.enteredU = enteredU
        self.hasSeals = hasSeals
        self.poseTypeId = poseTypeId
        self.frameWidthCm = frameWidthCm
        self.insulationReturn = insulationReturn
    }
}

public enum Doors {
    /// §3.3.4: U of a door, W/(m²·K).
    public static func u(_ d: DoorInput, tables: MethodTables) throws(ThreeCLError) -> Double {
        if d.uMethodId != 1, let v = d.enteredU { return v }
        if let id = d.uporteRowId { return try tables.columns.doorU.value(id, in: tables) }
        return try tables.firstRow("uporte", matching: ["enum_type_porte_id": d.doorTypeId]).number("uporte")
    }
}
