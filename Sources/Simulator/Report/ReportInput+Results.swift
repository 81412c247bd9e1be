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
    /// - Top storeys: with a `storeys` table, each pair's highest storey's overheating hours and degree-hours.
    /// - Throws: `BatchError` when the store cannot be read.
    public init(store: ResultsStore, buildings: [Building], scenarios: [ReportScenario], title: String,
                generatedNote: String) throws(BatchError) {
        let columns = Set(store.schema.allColumns.map(\.name))
        let areas = columns.contains("reference_area_m2") ? try store.values(of: "reference_area_m2") : [:]
        let reasons = columns.contains("blocked_by_heritage") ? try store.values(of: "blocked_by_heritage") : [:]
        let topStoreys = try Self.topStoreyOverheating(store)
        self.init(outcomes: try store.outcomes(), buildings: buildings, scenarios: scenarios, title: title,
                  generatedNote: generatedNote,
                  referenceAreaM2: { b in areas[b]?.values.lazy.compactMap(\.doubleValue).first },
                  blockedReason: { b, s in
                      if case .string(let why)? = reasons[b]?[s] { return why }
                      return nil
                  },
                  topStoreyOverheating: { b, s in topStoreys[b]?[s] })
    }

    /// Per building and scenario, the overheating (hours, K·h) of the highest storey; empty without a `storeys`
    /// table. (SQLite takes the bare columns of a `MAX()` aggregate from the row holding the maximum.)
    static func topStoreyOverheating(_ store: ResultsStore) throws(BatchError) -> [String: [String: (Int, Double)]] {
        let columns = Set(try store.storeyColumnsInFile().map(\.name))
        guard columns.isSuperset(of: ["storey_index", "overheating_hours", "overheating_degree_hours_kh"]) else { return [:] }
        return try store.withPropertyRows(
            sql: "SELECT building_id, scenario_id, MAX(storey_index), overheating_hours, overheating_degree_hours_kh "
                + "FROM storeys GROUP BY building_id, scenario_id") { rows in
            var out: [String: [String: (Int, Double)]] = [:]
            for r in rows {
                guard let b = r[0].stringValue, let s = r[1].stringValue, case .int(let h) = r[3],
                      let dh = r[4].doubleValue else { continue }
                out[b, default: [:]][s] = (h, dh)
            }
            return out
        }
    }

    /// As above, from outcomes already read (any order) and optional per-pair details.
    public init(outcomes: [RankableOutcome], buildings: [Building], scenarios: [ReportScenario], title: String,
                generatedNote: String, referenceAreaM2: (String) -> Double? = { _ in nil },
                blockedReason: (String, String) -> String? = { _, _ in nil },
                topStoreyOverheating: (String, String) -> (hours: Int, degreeHoursKh: Double)? = { _, _ in nil }) {
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
                let top = topStoreyOverheating(o.buildingId, o.scenarioId)
                reportOutcomes.append(ReportOutcome(
                    buildingID: o.buildingId, scenarioID: o.scenarioId, classAfter: o.classAfter, capexEUR: o.capexEUR,
                    primaryEnergyKWhPerM2Year: o.primaryEnergyAfterKWhPerM2, blockedByHeritage: blocked,
                    blockedReasons: blocked ? [blockedReason(o.buildingId, o.scenarioId) ?? "blocked by heritage rules"]
                        : [],
                    needsABFApproval: o.heritage == .needsApproval, application: o.application,
                    plannedMeasures: o.plannedMeasures,
                    topStoreyOverheatingHours: top?.hours, topStoreyOverheatingDegreeHoursKh: top?.degreeHoursKh))
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
