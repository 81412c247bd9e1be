extension DPEComparison {
    /// A document recomputed by the engine beside its recorded outputs; an engine failure is kept as `failure`.
    public init(recomputing d: ADEMEDocument, tables: MethodTables, enums: ADEMEEnumerations) {
        var computed: DPEOutputs?
        var failure: String?
        do { computed = try ThreeCLEngine.outputs(for: d, tables: tables) } catch { failure = error.description }
        let recorded = (try? DPEOutputs(recordedIn: d)) ?? DPEOutputs()
        let housing = d.dwelling.isHouse ? "maison" : (d.dwelling.isWholeBuilding ? "immeuble" : "appartement")
        let period = enums.label("periode_construction", d.dwelling.constructionPeriodId) ?? "?"
        let energyId = d.logement.descendant(
            "installation_chauffage_collection/installation_chauffage/generateur_chauffage_collection/"
                + "generateur_chauffage/donnee_entree/enum_type_energie_id")?.text
        let energy = energyId.flatMap(Int.init).flatMap { enums.label("type_energie", $0) } ?? "?"
        self.init(
            file: d.file, numeroDPE: d.numero, schemaVersion: d.schemaVersion, housingType: housing, period: period,
            heatingEnergy: energy, habitableAreaM2: d.dwelling.habitableAreaM2, computed: computed,
            recorded: recorded, failure: failure)
    }
}
