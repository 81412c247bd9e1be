/// §3.1 — the reduction coefficient b of a wall, floor, ceiling, window or door: the share of the temperature
/// difference between inside and outside that applies across the element (1 outside, 0 towards a heated space,
/// between them towards an unheated space, from the Aiu/Aue ratio and the insulation of both sides).
public struct AdjacencyInput: Sendable, Hashable, Codable {
    /// ADEME `enum_type_adjacence_id` (1 outside, 8 garage, 10 sunspace, 11–13 attics, 14–18 circulations…).
    public var typeAdjacenceId: Int
    /// ADEME `enum_cfg_isolation_lnc_id`: insulation of the heated side and of the unheated space (or sunspace
    /// orientation).
    public var cfgIsolationLncId: Int?
    /// Aiu: area of the walls between the heated space and the unheated space, m².
    public var surfaceAiuM2: Double?
    /// Aue: area of the walls between the unheated space and outside or the ground, m².
    public var surfaceAueM2: Double?
    /// The row the diagnostician took (`tv_coef_reduction_deperdition_id`), when cited.
    public var reductionRowId: Int?

    public init(
        typeAdjacenceId: Int, cfgIsolationLncId: Int? = nil, surfaceAiuM2: Double? = nil, surfaceAueM2: Double? = nil,
        reductionRowId: Int? = nil
    ) {
        self.typeAdjacenceId = typeAdjacenceId
        self.cfgIsolationLncId = cfgIsolationLncId
        self.surfaceAiuM2 = surfaceAiuM2
        self.surfaceAueM2 = surfaceAueM2
        self.reductionRowId = reductionRowId
    }

    /// Unheated spaces whose b depends on Aiu/Aue (§3.1 table): garage, cellar, attics, circulations, halls…
    static let unheatedSpaceTypes: Set<Int> = [8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21]
    /// A sunspace (espace tampon solarisé, §3.1 and §6.3).
    static let sunspaceType = 10
    /// "local non déperditif": a heated dwelling or room next door (b = 0).
    static let nonLosingType = 22
}

public enum ReductionCoefficient {
    /// §3.1: b for an element's adjacency. Uses the cited table row when there is one, else selects the row of
    /// `coef_reduction_deperdition` from the adjacency type, the insulation configuration, the climate zone (sunspaces)
    /// and the ratio Aiu/Aue (interval `min < ratio ≤ max`).
    public static func b(
        _ adjacency: AdjacencyInput, zone: ClimateZone, tables: MethodTables, origin: ElementOrigin
    ) throws(ThreeCLError) -> Double {
        if let id = adjacency.reductionRowId {
            return try tables.columns.reductionB.value(id, in: tables)
        }
        return try selectRow(adjacency, zone: zone, tables: tables, origin: origin)?.number("b") ?? 0
    }

    /// §3.1: the row of `coef_reduction_deperdition` for the adjacency attributes; nil when b is 0 by definition
    /// (an unheated space with no wall to the outside, Aue = 0).
    public static func selectRow(
        _ a: AdjacencyInput, zone: ClimateZone, tables: MethodTables, origin: ElementOrigin
    ) throws(ThreeCLError) -> TableRow? {
        let type = a.typeAdjacenceId
        guard (1...22).contains(type) else { throw origin.unknown("enum_type_adjacence_id", type, "type_adjacence (1–22)") }
        // The rows of this adjacency type, in table order (through the index built at load).
        let rows = try tables.rows("coef_reduction_deperdition", where: "enum_type_adjacence_id", contains: type)
        if type == AdjacencyInput.sunspaceType {
            guard let cfg = a.cfgIsolationLncId else { throw origin.missing("enum_cfg_isolation_lnc_id") }
            let zoneKey = String(zone.key.prefix(2)).uppercased()
            guard let row = rows.first(where: {
                $0.matches("enum_cfg_isolation_lnc_id", cfg) && $0.string("zone_climatique") == zoneKey
            }) else { throw .missingTableRow(table: "coef_reduction_deperdition", key: "sunspace cfg \(cfg) \(zoneKey)") }
            return row
        }
        if AdjacencyInput.unheatedSpaceTypes.contains(type) {
            guard let cfg = a.cfgIsolationLncId else { throw origin.missing("enum_cfg_isolation_lnc_id") }
            // An unheated space with no wall to the outside (Aue = 0) loses nothing: b = 0.
            if a.surfaceAueM2 == 0 { return nil }
            if cfg == 1 {
                // "local chauffé non accessible": one value whatever Aiu/Aue.
                return try tables.firstRow("coef_reduction_deperdition", matching: ["enum_cfg_isolation_lnc_id": 1])
            }
            guard let aiu = a.surfaceAiuM2, let aue = a.surfaceAueM2 else { throw origin.missing("surface_aiu/surface_aue") }
            if aue == 0 { return nil }
            let ratio = aiu / aue
            guard let row = rows.first(where: {
                $0.matches("enum_cfg_isolation_lnc_id", cfg)
                    && TableLookup.inInterval(ratio, row: $0, min: "aiu_aue_min", max: "aiu_aue_max")
            }) else {
                throw .missingTableRow(table: "coef_reduction_deperdition", key: "type \(type), cfg \(cfg), Aiu/Aue \(ratio)")
            }
            return row
        }
        guard let row = rows.first(where: { $0.string("enum_cfg_isolation_lnc_id") == nil }) ?? rows.first else {
            throw .missingTableRow(table: "coef_reduction_deperdition", key: "enum_type_adjacence_id \(type)")
        }
        return row
    }
}
