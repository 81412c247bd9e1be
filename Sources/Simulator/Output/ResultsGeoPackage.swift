import BuildingModel
import Foundation

/// The results GeoPackage a batch run ends with (`renovate simulate … --out results.gpkg`), for QGIS, pandas
/// (`export`) and the other commands (`rank`, `report`, `merge`).
///
/// Contents (OGC GeoPackage 1.3, EPSG:2154):
/// - feature layer `buildings` (POLYGON): `id`, `dwellings`, `class_before`, and the building's best scenario
///   under `defaultRule` (`best_scenario`, `class_after`, `capex_eur`, `primary_energy_after_kwh_per_m2`,
///   `rental_ban_year_after`; null when no scenario is ranked), `blocked_scenarios` (how many scenarios the
///   heritage rules block on it) and `blocked` (at least one), then what the stock said: `group_id`,
///   `observed_class`, `observed_scale` ("2012"/"2021"), `observed_primary_energy_kwh_per_m2` (its real label) and
///   `defaulted` (attributes filled with defaults), and `p_a`…`p_g` (class probabilities before works, with
///   `simulate --samples`; null otherwise); sorted by id.
/// - with `simulate --samples`: `district_samples` (per scenario and Monte Carlo sample, the dwellings in F/G
///   before and after; shards merge by adding them) and `district_intervals` (their median and 90 % interval).
/// - attribute tables `results` (every `ResultSchema` column, sorted by building then scenario), `failures`
///   (sorted likewise), `rejected_buildings` (stock features or footprints that were not simulated),
///   `district_summary` (one `DistrictSummary` per scenario, in scenario order),
///   `scenarios` (id, name, in the scenario file's order) and `run` (the store's `run` row: tool version,
///   input hashes, options, schema, shard, timestamps).
/// - for QGIS (`ResultsQGIS`): a features view `scenario_<id>` per scenario (footprints joined to that scenario's
///   results), titles and descriptions of every field (`gpkg_data_columns`), and a default style per layer
///   (`layer_styles`: DPE class colours, heritage-blocked buildings hatched).
/// - with heritage layers: `heritage_perimeters` and `heritage_monuments` (`HeritageMapLayers`), the map of the
///   protections the rules were assessed against.
///
/// `results`, `failures` and `run` keep the `ResultsStore` column names, so the file opens as a finished store
/// (`ResultsStore.open`) and shard outputs merge with `ResultsStore.merge`. Wall-clock times appear only in
/// `run`; `gpkg_contents.last_change` is fixed (`lastChange`), so the other tables are byte-reproducible.
public enum ResultsGeoPackage {
    /// The `gpkg_contents.last_change` of every results file.
    public static let lastChange = "2026-01-01T00:00:00.000Z"
    /// The rule that picks the best scenario of the `buildings` layer (cost per kWh of primary energy saved).
    public static let defaultRule = try! RankingRule(.costPerKWh)

    /// Writes the GeoPackage of a store (temporary file, renamed at the end) and returns the digest of its
    /// results (district totals, best scenarios) for the caller's summary.
    ///
    /// The store is read twice through cursors (once for the digest, once to copy the `results` rows): memory
    /// holds the buildings and one building's outcomes, not the pairs.
    /// - Parameters:
    ///   - buildings: the buildings of the run (any order; written sorted by id).
    ///   - scenarios: the scenarios in the run's order.
    /// - Throws: `BatchError` reading the store, `VectorFileError` writing the file.
    @discardableResult
    public static func write(store: ResultsStore, buildings: [ResultsBuilding], scenarios: [ReportScenario],
                             rejected: [RejectedBuilding] = [], labelSamples: DistrictLabelSamples? = nil,
                             heritage: HeritageMap = HeritageMap(), to url: URL, overwrite: Bool) throws -> ResultsDigest {
        let digest = try ResultsDigest.read(store, rule: defaultRule)
        let writer = try GeoPackageWriter(url: url, overwrite: overwrite)
        writer.lastChange = lastChange
        let sorted = buildings.sorted { $0.id < $1.id }
        try writer.addFeatureLayer(
            name: "buildings", geometryType: .polygon, columns: buildingColumns,
            rows: sorted.lazy.map { (FeatureGeometry.polygon($0.footprint), buildingValues($0, digest.buildings[$0.id])) },
            description: "Buildings with their best scenario by \(defaultRule.criterion.rawValue)")
        try HeritageMapLayers.add(heritage, to: writer)
        try store.withSortedResultRows { rows in
            try writer.addAttributeTable(
                name: "results", columns: store.schema.allColumns.map(column), rows: rows,
                description: "Every (building, scenario) pair, sorted by building then scenario")
        }
        let storeyColumns = try store.storeyColumnsInFile()
        if !storeyColumns.isEmpty {
            try store.withSortedStoreyRows(storeyColumns) { rows in
                try writer.addAttributeTable(
                    name: "storeys",
                    columns: [.init(name: "building_id", type: .text), .init(name: "scenario_id", type: .text)]
                        + storeyColumns.map(column),
                    rows: rows, description: "Every storey of every (building, scenario) pair, sorted by building, scenario, storey")
            }
        }
        try writer.addAttributeTable(
            name: "failures",
            columns: [.init(name: "building_id", type: .text), .init(name: "scenario_id", type: .text),
                      .init(name: "error", type: .text)],
            rows: try store.failures().map { [.string($0.buildingId), .string($0.scenarioId), .string($0.error)] },
            description: "Pairs that could not be evaluated")
        try writer.addAttributeTable(
            name: "rejected_buildings",
            columns: [.init(name: "building_id", type: .text), .init(name: "reason", type: .text)],
            rows: rejected.sorted { ($0.id, $0.reason) < ($1.id, $1.reason) }.map { [.string($0.id), .string($0.reason)] },
            description: "Buildings of the stock that were not simulated, and why")
        let summaries = digest.summaries(scenarioOrder: scenarios.map(\.id))
        try writer.addAttributeTable(
            name: "district_summary", columns: DistrictSummaryTable.columns,
            rows: summaries.map(DistrictSummaryTable.values), description: "District totals per scenario")
        if let labelSamples { try LabelSamplesTables.add(labelSamples, scenarioOrder: scenarios.map(\.id), to: writer) }
        try writer.addAttributeTable(
            name: "scenarios", columns: [.init(name: "id", type: .text), .init(name: "name", type: .text)],
            rows: scenarios.map { [.string($0.id), .string($0.name)] }, description: "Scenarios in run order")
        try ResultsQGIS.add(to: writer, resultColumns: store.schema.allColumns.map(\.name), scenarios: scenarios,
                            storeyColumns: storeyColumns.map(\.name))
        try writer.addAttributeTable(
            name: "run", columns: ResultsStore.runColumns, rows: [try store.runRow()],
            description: "The run: tool version, input hashes, options, shard, timestamps")
        try writer.finish()
        return digest
    }

    static func column(_ c: ResultColumn) -> GeoPackageColumn {
        switch c.type {
        case .integer: .init(name: c.name, type: .integer)
        case .real: .init(name: c.name, type: .real)
        case .text: .init(name: c.name, type: .text)
        }
    }

    static let buildingColumns: [GeoPackageColumn] = [
        .init(name: "id", type: .text), .init(name: "dwellings", type: .integer),
        .init(name: "class_before", type: .text), .init(name: "best_scenario", type: .text),
        .init(name: "class_after", type: .text), .init(name: "capex_eur", type: .real),
        .init(name: "primary_energy_after_kwh_per_m2", type: .real), .init(name: "rental_ban_year_after", type: .integer),
        .init(name: "blocked_scenarios", type: .integer), .init(name: "blocked", type: .boolean),
        .init(name: "group_id", type: .text), .init(name: "observed_class", type: .text),
        .init(name: "observed_scale", type: .text), .init(name: "observed_primary_energy_kwh_per_m2", type: .real),
        .init(name: "defaulted", type: .text),
    ] + ObservedLabel.letters.map { .init(name: "p_\($0.lowercased())", type: .real) }

    static func buildingValues(_ b: ResultsBuilding, _ ranking: ResultsDigest.BuildingBest?) -> [PropertyValue] {
        let before = ranking?.classBefore.map { PropertyValue.string($0.rawValue) } ?? .null
        let blockedCount = ranking?.blockedScenarios ?? 0
        var values: [PropertyValue] = [.string(b.id), .int(b.dwellings), before]
        if let best = ranking?.best {
            values += [.string(best.scenarioId), .string(best.classAfter.rawValue), .double(best.capexEUR),
                       .double(best.primaryEnergyAfterKWhPerM2), best.classAfter.rentalBanYear.map { .int($0) } ?? .null]
        } else {
            values += [.null, .null, .null, .null, .null]
        }
        return values + [.int(blockedCount), .bool(blockedCount > 0), text(b.groupID), text(b.observedClass),
                         text(b.observedScale), b.observedPrimaryEnergyKWhPerM2.map(PropertyValue.double) ?? .null,
                         .string(b.defaulted)]
            + (b.classProbabilities.map { $0.map(PropertyValue.double) } ?? Array(repeating: .null, count: 7))
    }

    static func text(_ s: String?) -> PropertyValue { s.map(PropertyValue.string) ?? .null }

    // MARK: Reading back

    /// The `buildings` layer of a results file.
    public static func buildings(in url: URL) throws -> [ResultsBuilding] {
        try GeoPackageReader.read(url, layer: "buildings", idField: "id").compactMap { f in
            guard case .polygon(let p)? = f.geometry else { return nil }
            let dwellings = f.properties["dwellings"]?.integerValue(in: InputLimits.dwellings) ?? 0
            return ResultsBuilding(
                id: f.id, footprint: p, dwellings: dwellings, groupID: f.properties["group_id"]?.stringValue,
                observedClass: f.properties["observed_class"]?.stringValue,
                observedScale: f.properties["observed_scale"]?.stringValue,
                observedPrimaryEnergyKWhPerM2: f.properties["observed_primary_energy_kwh_per_m2"]?.doubleValue,
                defaulted: f.properties["defaulted"]?.stringValue ?? "",
                classProbabilities: {
                    let p = ObservedLabel.letters.compactMap { f.properties["p_\($0.lowercased())"]?.doubleValue }
                    return p.count == 7 ? p : nil
                }())
        }
    }

    /// The heritage perimeters and monuments of a results file (empty when the run had no heritage layers).
    public static func heritageMap(in url: URL) throws(VectorFileError) -> HeritageMap {
        try HeritageMapLayers.read(url)
    }

    /// The `rejected_buildings` table of a results file.
    public static func rejected(in store: ResultsStore) throws(BatchError) -> [RejectedBuilding] {
        try store.propertyRows(sql: "SELECT building_id, reason FROM rejected_buildings ORDER BY fid").map {
            RejectedBuilding(id: $0[0].stringValue ?? "", reason: $0[1].stringValue ?? "")
        }
    }

    /// The `scenarios` table of a results file, in run order.
    public static func scenarios(in store: ResultsStore) throws(BatchError) -> [ReportScenario] {
        try store.propertyRows(sql: "SELECT id, name FROM scenarios ORDER BY fid").map {
            ReportScenario(id: $0[0].stringValue ?? "", name: $0[1].stringValue ?? "")
        }
    }
}

extension ResultsGeoPackage {
    /// The report of a results file: the store's outcomes with the `buildings` layer's footprints and dwellings.
    /// Floor areas come from the results' `reference_area_m2`.
    public static func reportInput(store: ResultsStore, buildings: [ResultsBuilding], scenarios: [ReportScenario],
                                   title: String, generatedNote: String) throws(BatchError) -> ReportInput {
        let areas = try store.values(of: "reference_area_m2")
        let asBuildings = buildings.map {
            // Only id, footprint and dwellings are read by the report; the floor area comes from the results.
            Building(id: $0.id, footprint: $0.footprint, heightM: 3, storeys: 1, period: .before1915,
                     wallMaterial: WallMaterial.allCases[0], wallThicknessM: 0.5, dwellings: $0.dwellings)
        }
        var input = try ReportInput(store: store, buildings: asBuildings, scenarios: scenarios, title: title,
                                    generatedNote: generatedNote)
        for i in input.buildings.indices {
            if let a = areas[input.buildings[i].id]?.values.lazy.compactMap(\.doubleValue).first {
                input.buildings[i].floorAreaM2 = a
            }
        }
        return input
    }
}

extension ResultsGeoPackage {
    /// Opens a results file (written by `simulate` or `merge`) to read it.
    /// - Throws: `BatchError.store` naming the file when it is not a results file (no `run` table).
    public static func open(path: String) throws(BatchError) -> ResultsStore {
        do {
            return try ResultsStore.open(path: path)
        } catch {
            if case .nothingToResume = error {
                throw .store(path: path, message: "not a results file of renovate simulate or merge (no run table)")
            }
            throw error
        }
    }
}
