import BuildingModel
import Dispatch
import Foundation

/// Everything a batch loads before it runs: rules, heritage layers, weather and irradiance, the stock and its
/// façades, the evaluator, the manifest that identifies the results, and the buildings the stock reader or the
/// façade analysis rejected. The one place `simulate` (and a Swift user) prepares a batch.
public struct BatchSetup {
    public var evaluator: ScenarioPairEvaluator
    public var scenarios: ScenarioSet
    public var manifest: RunManifest
    /// Sorted by id.
    public var rejected: [RejectedBuilding]
    /// The protections' perimeters and monuments, for the results file's map layers and the report.
    public var heritageMap: HeritageMap

    /// - Parameters:
    ///   - shard: the heritage rules are assessed for this shard's buildings only.
    ///   - log: one line at a time, for standard error: the stock's diagnostics and summary, notes on options.
    public static func load(_ c: BatchInputs, shard: ShardSpec?, threads: Int, log: (String) -> Void) throws -> BatchSetup {
        let (ruleSet, catalogue, scenarios) = try c.loadRulesAndScenarios()
        var layers = HeritageLayers()
        for path in c.heritage {
            layers = layers.merged(with: try HeritageLayers.read(URL(fileURLWithPath: path)))
        }
        let climate = try c.loadClimate()
        let irradiance = SurfaceIrradiance(climate: climate)  // once for the run, shared by every building

        let stock = try StockLoader(threads: threads).load(URL(fileURLWithPath: c.stock), layer: c.layer)
        var rejected: [RejectedBuilding] = []
        for d in stock.diagnostics {
            log("\(d)")
            if d.severity == .rejected { rejected.append(RejectedBuilding(id: d.featureID, reason: d.description)) }
        }
        for line in stock.inputSummary { log("\(c.stock): \(line)") }
        let analysis = FacadeAnalyzer.analyze(stock.buildings, threads: threads)
        let analysed = Set(analysis.facades.map(\.buildingID))
        for d in analysis.diagnostics { log("\(c.stock): \(d)") }
        for b in stock.buildings where !analysed.contains(b.id) {
            rejected.append(RejectedBuilding(id: b.id, reason: "\(c.stock): building \"\(b.id)\": footprint rejected by the façade analysis"))
        }
        if c.weather != nil && c.dpeZone == nil && c.labelMethod == .threeCL2021 {
            log("the 3CL-DPE label takes climate zone h2c (Cahors): pass --dpe-zone for a stock elsewhere")
        }
        let coVisibility = Self.coVisibility(stock: stock.buildings, layers: layers, shard: shard, threads: threads, log: log)
        let site = c.threeCLSite(elevationM: climate.location.elevationM)
        var evaluator = try ScenarioPairEvaluator(
            stock: stock, facades: analysis.facades, check: HeritageCheck(layers: layers, rules: ruleSet, coVisibility: coVisibility),
            scenarios: scenarios, catalogue: catalogue, settings: EvaluationSettings(threeCLSite: site),
            assessing: shard, labelMethod: c.labelMethod,
            makeNeedModel: NeedModelFactory.make(climate: climate, irradiance: irradiance, conventions: c.thermalConventions))
        evaluator.labelBaseline = c.baseline
        if c.baseline == .observed {
            let anchored = evaluator.buildings.filter { ObservedLabelAnchor(building: $0) != nil }.count
            let old = evaluator.buildings.filter { $0.observedLabel?.scale == .arrete2012 }.count
            log("--baseline observed: \(anchored) of \(evaluator.buildings.count) buildings start from their real label"
                + (old > 0 ? "; \(old) real labels of the 2012 method are not today's classes and keep the predicted one" : ""))
        }
        let manifest = try Self.manifest(c, rules: ruleSet, site: site)
        return BatchSetup(evaluator: evaluator, scenarios: scenarios, manifest: manifest,
                          rejected: rejected.sorted { $0.id < $1.id }, heritageMap: try HeritageMap(layers: layers))
    }

    /// Co-visibility of the stock with the monuments that have no PDA (nil when there are none), timed on the log.
    static func coVisibility(stock: [Building], layers: HeritageLayers, shard: ShardSpec?, threads: Int,
                             log: (String) -> Void) -> CoVisibilityAnalysis?
    {
        let start = DispatchTime.now()
        guard let analysis = CoVisibilityAnalysis.forAbords(
            stock: stock, layers: layers, assessing: shard.map { s in { s.contains(buildingId: $0) } }, threads: threads)
        else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let verdicts = analysis.verdicts.values.flatMap(\.values)
        log("co-visibility: \(verdicts.filter(\.isCoVisible).count) of \(verdicts.count) (building, monument) pairs within 500 m "
            + "co-visible (\(stock.count - analysis.assessedBuildings) buildings inside an SPR or another shard not assessed), "
            + "\(String(format: "%.1f", seconds)) s")
        return analysis
    }

    /// What identifies the results: the tool version, the content hash of every input (the rules and catalogue
    /// actually used, bundled or given; a rule file's hash covers the sets it extends) and the options that change
    /// results.
    static func manifest(_ c: BatchInputs, rules: RuleSet, site: ThreeCLSite) throws -> RunManifest {
        var fingerprints: [InputFingerprint] = [
            try .file(URL(fileURLWithPath: c.stock), name: "stock"),
            try .file(URL(fileURLWithPath: c.scenarios), name: "scenarios"),
        ]
        if let w = c.weather { fingerprints.append(try .file(URL(fileURLWithPath: w), name: "weather")) }
        for (i, h) in c.heritage.enumerated() { fingerprints.append(try .file(URL(fileURLWithPath: h), name: "heritage-\(i + 1)")) }
        fingerprints.append(InputFingerprint(name: "rules", hash: "fnv1a64:" + FNV1a64.hex(rules.sourceHash ?? 0)))
        fingerprints.append(try c.catalogue.map { try InputFingerprint.file(URL(fileURLWithPath: $0), name: "catalogue") }
                            ?? .bytes(DefaultCatalogues.measuresYAML.utf8, name: "catalogue"))
        var options = ["need-model": NeedModelFactory.modelName, "need-model-version": NeedModelFactory.modelVersion]
        if c.weather == nil, let name = c.typicalYear?.name { options["climate"] = name }
        if let dt = c.climateShiftK { options["climate-shift"] = String(dt) }
        if let layer = c.layer { options["layer"] = layer }
        options["exposure"] = c.terrain?.rawValue ?? "rated"
        options["label-method"] = c.labelMethod.rawValue
        options["baseline"] = c.baseline.rawValue
        if let samples = c.samples {
            options["samples"] = String(samples)
            options["seed"] = String(c.seed)
        }
        if c.labelMethod == .threeCL2021 { options["dpe-zone"] = "\(site.climateZone.key), \(site.altitude.key)" }
        return RunManifest(toolVersion: c.toolVersion, inputs: fingerprints, options: options)
    }
}
