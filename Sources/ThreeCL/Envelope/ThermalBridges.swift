/// §3.4 — linear thermal bridges: loss k × l (× the share of the bridge's value that applies, e.g. ½ for a bridge
/// shared with another dwelling). k comes from the table `pont_thermique` by the kind of junction and the insulation
/// of the joined wall and floor (or the fitting of the joined window or door), so a bridge follows its elements when
/// a scenario insulates them.
public struct ThermalBridgeInput: Sendable, Hashable, Codable {
    public var origin: ElementOrigin
    public var description: String
    /// ADEME `enum_type_liaison_id` (1 low floor/wall, 2 intermediate floor/wall, 3 high floor/wall, 4 partition/wall,
    /// 5 window or door/wall).
    public var junctionTypeId: Int
    /// Length, m.
    public var lengthM: Double
    /// Share of the value that applies (`pourcentage_valeur_pont_thermique`, 1 when absent).
    public var share: Double
    /// ADEME `enum_methode_saisie_pont_thermique_id` (1 table, 2–3 entered).
    public var kMethodId: Int
    /// The `pont_thermique` row cited (`tv_pont_thermique_id`). Clear it when a joined element changes.
    public var kRowId: Int?
    /// k entered, W/(m·K).
    public var enteredK: Double?
    /// The joined wall (`reference_1`) and the joined floor, window or door (`reference_2`): the `reference` of an
    /// element of the same `EnvelopeInput`.
    public var wallReference: String?
    public var otherReference: String?

    public init(
        origin: ElementOrigin = ElementOrigin(), description: String = "", junctionTypeId: Int, lengthM: Double,
        share: Double = 1, kMethodId: Int = 1, kRowId: Int? = nil, enteredK: Double? = nil,
        wallReference: String? = nil, otherReference: String? = nil
    ) {
        self.origin = origin
        self.description = description
        self.junctionTypeId = junctionTypeId
        self.lengthM = lengthM
        self.share = share
        self.kMethodId = kMethodId
        self.kRowId = kRowId
        self.enteredK = enteredK
        self.wallReference = wallReference
        self.otherReference = otherReference
    }
}

/// What the table `pont_thermique` needs to know about the elements a bridge joins.
public struct ThermalBridgeContext: Sendable, Hashable {
    /// ADEME `enum_type_isolation_id` of the joined wall and floor.
    public var wallInsulationTypeId: Int?
    public var floorInsulationTypeId: Int?
    /// Fitting of the joined window or door: `enum_type_pose_id`, frame width (cm), insulation return in the reveal.
    public var poseTypeId: Int?
    public var frameWidthCm: Double?
    public var insulationReturn: Bool?
    /// The joined wall's `enum_type_adjacence_id` and `enum_materiaux_structure_mur_id`, and the joined floor's
    /// type (`enum_type_plancher_bas_id` or `enum_type_plancher_haut_id`, with which of the two it is), for the
    /// bridges the method neglects (`ThermalBridges.isNeglected`).
    public var wallAdjacencyTypeId: Int?
    public var wallStructureMaterialId: Int?
    public var lowFloorTypeId: Int?
    public var highFloorTypeId: Int?

    public init(
        wallInsulationTypeId: Int? = nil, floorInsulationTypeId: Int? = nil, poseTypeId: Int? = nil,
        frameWidthCm: Double? = nil, insulationReturn: Bool? = nil
    ) {
        self.wallInsulationTypeId = wallInsulationTypeId
        self.floorInsulationTypeId = floorInsulationTypeId
        self.poseTypeId = poseTypeId
        self.frameWidthCm = frameWidthCm
        self.insulationReturn = insulationReturn
    }
}

public enum ThermalBridges {
    /// §3.4: the table's insulation label for an ADEME `enum_type_isolation_id` (unknown or none → "Non isolé").
    static func insulationLabel(_ typeId: Int, origin: ElementOrigin) throws(ThreeCLError) -> String {
        switch typeId {
        case 1, 2: return "Non isolé"
        case 3: return "ITI"
        case 4: return "ITE"
        case 5: return "ITR"
        case 6: return "ITI+ITE"
        case 7: return "ITI+ITR"
        case 8: return "ITE+ITR"
        default:
            throw origin.unsupported("thermal bridge next to an element with enum_type_isolation_id \(typeId) (type unknown)")
        }
    }

    /// §3.4 the common-circulation adjacencies (`enum_type_adjacence_id` 14–18: corridors, halls): bridges of the
    /// walls onto them are not counted.
    static let circulationAdjacencies: Set<Int> = [14, 15, 16, 17, 18]
    /// §3.4.1, §3.4.3, §3.4.5 wooden and light wall structures (`enum_materiaux_structure_mur_id`: half-timbered,
    /// log, timber-frame walls; cellular concrete before 2013 for the floor junctions only), and light floors
    /// (low: `enum_type_plancher_bas_id` 4, 10; high: `enum_type_plancher_haut_id` 9, 10), whose bridges are neglected.
    static let woodWalls: Set<Int> = [5, 6, 7, 18, 24, 25, 26, 27]
    static let cellularConcreteWall = 16
    static let lightLowFloors: Set<Int> = [4, 10]
    static let lightHighFloors: Set<Int> = [9, 10]

    /// §3.4: whether the method leaves the bridge out (k = 0), whatever its table row: bridges of walls onto common
    /// circulations ("les ponts thermiques des parois au niveau des circulations communes ne sont pas pris en
    /// compte"); floor / wall junctions with a light floor or a wooden (or cellular concrete) wall (§3.4.1,
    /// §3.4.3); window or door / wall junctions in a wooden wall (§3.4.5).
    /// Evidence for the circulations: of the 40 bridges of the corpus on such walls, 36 are recorded with k = 0
    /// (e.g. 2473E3142873R, 2342E2213002E, 2264E0573852T's door to the corridor), though most cite a table row.
    public static func isNeglected(_ t: ThermalBridgeInput, context c: ThermalBridgeContext?) -> Bool {
        guard let c else { return false }
        if let a = c.wallAdjacencyTypeId, circulationAdjacencies.contains(a) { return true }
        let material = c.wallStructureMaterialId ?? 0
        switch t.junctionTypeId {
        case 1:
            return woodWalls.contains(material) || material == cellularConcreteWall
                || c.lowFloorTypeId.map(lightLowFloors.contains) == true
        case 3:
            return woodWalls.contains(material) || material == cellularConcreteWall
                || c.highFloorTypeId.map(lightHighFloors.contains) == true
        case 5:
            return woodWalls.contains(material)
        default:
            return false
        }
    }

    /// §3.4: k of a thermal bridge, W/(m·K): 0 when the method neglects it (`isNeglected`); else entered, the
    /// table row cited, or the row selected from the joined elements (`context`).
    public static func k(
        _ t: ThermalBridgeInput, context: ThermalBridgeContext?, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        if isNeglected(t, context: context) { return 0 }
        if t.kMethodId != 1, let v = t.enteredK { return v }
        if let id = t.kRowId { return try tables.columns.bridgeK.value(id, in: tables) }
        if let v = t.enteredK { return v }
        guard let context, let wallType = context.wallInsulationTypeId else {
            throw t.origin.unsupported("thermal bridge without tv_pont_thermique_id, k_saisi or a joined wall")
        }
        return try selectRow(t, context: context, wallInsulationTypeId: wallType, tables: tables).number("k")
    }

    /// §3.4: the `pont_thermique` row for the junction type, the wall's insulation, and the floor's insulation
    /// (junctions 1 and 3) or the window's fitting, frame width (nearest of 5 and 10 cm) and insulation return
    /// (junction 5).
    static func selectRow(
        _ t: ThermalBridgeInput, context c: ThermalBridgeContext, wallInsulationTypeId: Int, tables: MethodTables
    ) throws(ThreeCLError) -> TableRow {
        guard (1...5).contains(t.junctionTypeId) else {
            throw t.origin.unknown("enum_type_liaison_id", t.junctionTypeId, "type_liaison (1–5)")
        }
        let wall = try insulationLabel(wallInsulationTypeId, origin: t.origin)
        // The junction type's rows in table order (through the index built at load), then the wall's insulation.
        var candidates = try tables.rows("pont_thermique", where: "enum_type_liaison_id", contains: t.junctionTypeId)
            .filter { $0.string("isolation_mur") == wall }
        if t.junctionTypeId == 1 || t.junctionTypeId == 3 {
            guard let f = c.floorInsulationTypeId else { throw t.origin.missing("reference_2 (joined floor)") }
            let floor = try insulationLabel(f, origin: t.origin)
            candidates = candidates.filter { $0.string("isolation_plancher") == floor }
        }
        if t.junctionTypeId == 5, candidates.count > 1 {
            let pose = c.poseTypeId ?? 0
            let width = c.frameWidthCm ?? 5
            let column = width >= 7.5 ? "10" : "5"
            let ret = (c.insulationReturn ?? false) ? "1" : "0"
            candidates = candidates.filter {
                $0.matches("enum_type_pose_id", pose) && $0.string("largeur_dormant") == column
                    && ($0.string("presence_retour_isolation") == nil || $0.string("presence_retour_isolation") == ret)
            }
        }
        guard let row = candidates.first else {
            throw .missingTableRow(table: "pont_thermique", key: "liaison \(t.junctionTypeId), mur \(wall)")
        }
        return row
    }
}
