import BuildingModel

extension ReportInput {
    /// The report of a finished batch: the store's ranking fields, the buildings' footprints, the scenarios'
    /// names.
    ///
    /// - Buildings are listed in `buildings` order; a building without any stored result is left out (its class
    ///   before works is unknown). Its class and primary energy before works come from its results.
    /// - Floor area: the evaluation's `reference_area_m2` when the store has that column (runs of
    ///   `ScenarioPairEvaluator`), else the building's gross floor area.
    /// - Heritage: `blocked` results are shown as blocked, with the store's `blocked_by_heritage` reason when it
    ///   has that column; `needs_approval` as needing the ABF's approval.
    /// - Throws: `BatchError` when the store cannot be read.
    public init(store: ResultsStore, buildings: [Building], scenarios: [ReportScenario], title: String,
                generatedNote: String) throws(BatchError) {
        let columns = Set(store.schema.allColumns.map(\.name))
        let areas = columns.contains("reference_area_m2") ? try store.values(of: "reference_area_m2") : [:]
        let reasons = columns.contains("blocked_by_heritage") ? try store.values(of: "blocked_by_heritage") : [:]
        self.init(outcomes: try store.outcomes(), buildings: buildings, scenarios: scenarios, title: title,
                  generatedNote: generatedNote,
                  referenceAreaM2: { b in areas[b]?.values.lazy.compactMap(\.doubleValue).first },
                  blockedReason: { b, s in
                      if case .string(let why)? = reasons[b]?[s] { return why }
                      return nil
                  })
    }

    /// As above, from outcomes already read (any order) and optional per-pair details.
    public init(outcomes: [RankableOutcome], buildings: [Building], scenarios: [ReportScenario], title: String,
                generatedNote: String, referenceAreaM2: (String) -> Double? = { _ in nil },
                blockedReason: (String, String) -> String? = { _, _ in nil }) {
        let byBuilding = Dictionary(grouping: outcomes, by: \.buildingId)
        let scenarioIDs = Set(scenarios.map(\.id))
        var reportBuildings: [ReportBuilding] = []
        var reportOutcomes: [ReportOutcome] = []
        for b in buildings {
            guard let results = byBuilding[b.id], let first = results.first else { continue }
            reportBuildings.append(ReportBuilding(
                id: b.id, footprint: b.footprint, dwellings: b.dwellings,
                floorAreaM2: referenceAreaM2(b.id) ?? b.grossFloorAreaM2, classBefore: first.classBefore,
                primaryEnergyBeforeKWhPerM2Year: first.primaryEnergyBeforeKWhPerM2))
            for o in results.sorted(by: { $0.scenarioId < $1.scenarioId }) where scenarioIDs.contains(o.scenarioId) {
                let blocked = o.heritage == .blocked
                reportOutcomes.append(ReportOutcome(
                    buildingID: o.buildingId, scenarioID: o.scenarioId, classAfter: o.classAfter, capexEUR: o.capexEUR,
                    primaryEnergyKWhPerM2Year: o.primaryEnergyAfterKWhPerM2, blockedByHeritage: blocked,
                    blockedReasons: blocked ? [blockedReason(o.buildingId, o.scenarioId) ?? "blocked by heritage rules"]
                        : [],
                    needsABFApproval: o.heritage == .needsApproval, application: o.application,
                    plannedMeasures: o.plannedMeasures))
            }
        }
        self.init(title: title, generatedNote: generatedNote, buildings: reportBuildings, scenarios: scenarios,
                  outcomes: reportOutcomes)
    }
}

extension ReportScenario {
    /// The scenarios of a set, in its order, with their names.
    public static func all(of set: ScenarioSet) -> [ReportScenario] {
        set.scenarios.map { ReportScenario(id: $0.id, name: $0.name) }
    }
}
