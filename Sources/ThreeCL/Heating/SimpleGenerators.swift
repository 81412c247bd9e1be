/// §12 — Generators with a fixed generation efficiency (table `rendement_generation`): direct electric heating,
/// wood and fuel stoves and inserts, electric boilers, district heating.
public enum SimpleGenerators {
    /// Whether the `rendement_generation` table describes the generator type.
    public static func isSimple(typeId: Int, tables: MethodTables) throws(ThreeCLError) -> Bool {
        tables.lists(generatorTypeId: typeId, in: .fixedEfficiency)
    }

    /// §12 the generation efficiency Rg: the row cited, else the row of the generator type.
    public static func generationEfficiency(_ g: HeatGenerator, tables: MethodTables) throws(ThreeCLError) -> Double {
        if let id = g.tvGenerationEfficiencyId {
            return try tables.row("rendement_generation", id: id).number("rg")
        }
        return try tables.firstRow("rendement_generation", matching: ["enum_type_generateur_ch_id": g.generatorTypeId])
            .number("rg")
    }
}
