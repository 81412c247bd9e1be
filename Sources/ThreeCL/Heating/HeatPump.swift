/// §12.4 — Heat pumps: seasonal performance (SCOP, or COP for the oldest) from the `scop` table by climate zone,
/// generator type and, for hydronic heat pumps, the emitter (floor or ceiling heating versus others).
public enum HeatPump {
    /// Whether the generator type is a heat pump of the `scop` table.
    public static func isHeatPump(typeId: Int, tables: MethodTables) throws(ThreeCLError) -> Bool {
        tables.lists(generatorTypeId: typeId, in: .heatPump)
    }

    /// §12.4 the `scop` row: the one cited, else by zone, type and emitter type.
    public static func row(
        _ g: HeatGenerator, emissionTypeId: Int?, dwelling: DwellingDescription, tables: MethodTables
    ) throws(ThreeCLError) -> TableRow {
        if let id = g.tvSCOPId { return try tables.row("scop", id: id) }
        // The generator type's rows in table order (through the index built at load), then the zone's.
        let rows = try tables.rows("scop", where: "enum_type_generateur_ch_id", contains: g.generatorTypeId).filter {
            $0.matches("enum_zone_climatique_id", dwelling.climateZone.rawValue)
        }
        if let e = emissionTypeId, let r = rows.first(where: { $0.matches("enum_type_emission_distribution_id", e) }) {
            return r
        }
        if let r = rows.first(where: { $0.string("enum_type_emission_distribution_id") == nil }) { return r }
        throw .missingTableRow(table: "scop", key: "type \(g.generatorTypeId), zone \(dwelling.climateZone.key)")
    }

    /// §12.4 the generation efficiency of a heat pump: the SCOP (or COP) entered from the data plate (input
    /// method 6), else the table's.
    public static func seasonalPerformance(
        _ g: HeatGenerator, emissionTypeId: Int?, dwelling: DwellingDescription, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        if g.inputMethodId == 6, let s = g.enteredSCOP, s > 0 { return s }
        return try row(g, emissionTypeId: emissionTypeId, dwelling: dwelling, tables: tables).number("scop")
    }
}
