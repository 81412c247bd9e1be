import BuildingModel

/// The batch's evaluator of real (building, scenario) pairs: applies the scenario under the building's heritage
/// verdicts, evaluates it with the need model, and maps the outcome to a `ResultRecord`
/// (`ScenarioOutcome.resultRecord`, schema `ResultSchema.scenarioOutcome`).
///
/// Everything shared is read-only: buildings, their façade analyses and verdict providers (one per building, in
/// the same order), the scenario set and the catalogue. Each worker thread gets its own need model from
/// `makeNeedModel` (the hourly model keeps scratch buffers), a cache of the last building's baseline and a
/// `NeedCache` of that building's needs (each distinct thermal model of a building is simulated once per worker);
/// both only save work: `evaluate` stays a function of its indices, so results do not depend on the thread count.
///
/// The DPE class and rental-ban year come from the 3CL-DPE 2021 engine (`labelMethod` `.threeCL2021`, the
/// default): each envelope, before and after works, is mapped to a `ThreeCLInput` with the building's
/// `ThreeCLBuildingFacts` and `settings.threeCLSite`, and computed once per distinct envelope of the building
/// (`ThreeCLLabelCache`). A building whose 3CL computation throws fails its pairs with the building id and the
/// reason (`ThreeCLLabelError`), recorded in the failures table like any failed pair. Needs, overheating and
/// comfort stay the hourly model's.
public struct ScenarioPairEvaluator: PairEvaluator {
    public let buildings: [Building]
    public let facades: [BuildingFacades]
    public let verdicts: [any HeritageVerdictProvider]
    public let scenarios: ScenarioSet
    public let catalogue: MeasureCatalogue
    public let settings: EvaluationSettings
    let makeNeedModel: @Sendable () throws -> any NeedModel
    /// The method that gives the DPE class of the results.
    public let labelMethod: LabelMethod
    /// Whether a building's real label of today's method is its "before" label (`ObservedLabelAnchor`).
    public var labelBaseline: LabelBaseline = .predicted
    /// When the heritage rules were assessed for one shard's buildings only: the only shard it can plan.
    public private(set) var assessedShard: ShardSpec?

    /// Per-thread state: the need model, the baseline of the building evaluated last and the needs of its
    /// envelopes computed so far.
    public struct WorkerContext {
        var evaluator: Evaluator
        /// The 3CL labeler (nil with `LabelMethod.hourlyNeeds`) and the labels of the current building's envelopes.
        var labeler: ThreeCLLabeler?
        var baseline: (buildingIndex: Int, envelope: Envelope, balance: EnergyBalance, outcome: ScenarioOutcome,
                       facts: ThreeCLBuildingFacts, predictedLabel: ThreeCLLabel?, anchor: ObservedLabelAnchor?)?
        public internal(set) var needs = NeedCache()
        public internal(set) var labels = ThreeCLLabelCache()
    }

    /// - Parameters:
    ///   - facades: one façade analysis per building, in `buildings` order.
    ///   - verdicts: one verdict provider per building, in `buildings` order (a `HeritageAssessment`).
    ///   - makeNeedModel: creates one thread's need model (the hourly thermal model, or `DegreeHourNeedModel`).
    /// - Throws: `BatchError.invalidInput` when the arrays do not line up with the buildings.
    public init(buildings: [Building], facades: [BuildingFacades], verdicts: [any HeritageVerdictProvider],
                scenarios: ScenarioSet, catalogue: MeasureCatalogue, settings: EvaluationSettings = EvaluationSettings(),
                labelMethod: LabelMethod = .threeCL2021,
                makeNeedModel: @escaping @Sendable () throws -> any NeedModel) throws(BatchError) {
        guard facades.count == buildings.count, verdicts.count == buildings.count else {
            throw .invalidPlan("\(buildings.count) buildings, \(facades.count) façade analyses and \(verdicts.count) "
                                + "heritage assessments: expected one of each per building, in the same order")
        }
        for (b, f) in zip(buildings, facades) where b.id != f.buildingID {
            throw .invalidPlan("building \"\(b.id)\": façade analysis of \"\(f.buildingID)\" in its place")
        }
        self.buildings = buildings
        self.facades = facades
        self.verdicts = verdicts
        self.scenarios = scenarios
        self.catalogue = catalogue
        self.settings = settings
        self.makeNeedModel = makeNeedModel
        self.labelMethod = labelMethod
    }

    /// Assesses every building with `check` (its protections and verdicts), then as above. `facades` may come
    /// straight from `FacadeAnalyzer` (`FacadeAnalysis.facades`): buildings are matched to their analysis by id,
    /// and a building the analysis rejected (no `BuildingFacades`) is left out of the plan.
    /// - Parameter shard: assess only this shard's buildings (a cluster task runs one shard of a large stock; the
    ///   assessment of every measure on every façade is a large part of a small shard's fixed cost). The others
    ///   keep their place in the building list, so that the plan is the same in every shard, but can't be planned:
    ///   `plan(shard:)` accepts this shard only.
    /// - Throws: `HeritageError` from the assessment.
    public init(stock: Stock, facades: [BuildingFacades], check: HeritageCheck, scenarios: ScenarioSet,
                catalogue: MeasureCatalogue, settings: EvaluationSettings = EvaluationSettings(),
                assessing shard: ShardSpec? = nil, labelMethod: LabelMethod = .threeCL2021,
                makeNeedModel: @escaping @Sendable () throws -> any NeedModel) throws {
        let byID = Dictionary(facades.map { ($0.buildingID, $0) }, uniquingKeysWith: { first, _ in first })
        let pairs = stock.buildings.compactMap { b in byID[b.id].map { (b, $0) } }
        let assessments: [any HeritageVerdictProvider] = try pairs.map { b, f in
            if let shard, !shard.contains(buildingId: b.id) { return OutsideAssessedShard(shard: shard) }
            return try check.assess(b, facades: f)
        }
        try self.init(buildings: pairs.map(\.0), facades: pairs.map(\.1), verdicts: assessments,
                      scenarios: scenarios, catalogue: catalogue, settings: settings, labelMethod: labelMethod,
                      makeNeedModel: makeNeedModel)
        assessedShard = shard
    }

    /// The plan of every building × every scenario, in input order.
    /// - Throws: `BatchError.invalidPlan` when the heritage rules were assessed for another shard only.
    public func plan(shard: ShardSpec? = nil) throws(BatchError) -> BatchPlan {
        if let assessedShard, shard != assessedShard {
            throw .invalidPlan("the heritage rules were assessed for the buildings of shard \(assessedShard) only, "
                               + "not for \(shard.map { "shard \($0)" } ?? "the whole stock")")
        }
        return try BatchPlan(buildingIds: buildings.map(\.id), scenarioIds: scenarios.scenarios.map(\.id), shard: shard)
    }

    /// - Throws: what the need model's factory throws; `ThreeCLError.corruptTables` when the 3CL tables cannot be
    ///   read (parsed once per process, shared by the workers).
    public func makeWorkerContext() throws -> WorkerContext {
        let labeler = labelMethod == .threeCL2021
            ? try ThreeCLLabeler(site: settings.threeCLSite, labelDate: settings.threeCLLabelDate) : nil
        return WorkerContext(evaluator: Evaluator(needModel: try makeNeedModel(), settings: settings), labeler: labeler,
                             baseline: nil)
    }

    public func evaluate(buildingIndex: Int, scenarioIndex: Int, context: inout WorkerContext) throws -> ResultRecord {
        let building = buildings[buildingIndex], facades = facades[buildingIndex]
        let evaluator = context.evaluator
        if context.baseline?.buildingIndex != buildingIndex {
            context.baseline = nil
            context.needs.removeAll()
            context.labels.removeAll()
            let envelope = Envelope(building: building, facades: facades)
            let facts = ThreeCLBuildingFacts(building: building)
            let balance = try evaluator.baselineBalance(envelope, needCache: &context.needs)
            let nothing = AppliedScenario(scenarioID: "baseline", isApplicable: true, notApplicableReason: nil,
                                          envelope: envelope, applied: [], skipped: [], blockedByHeritage: nil)
            let predicted = try context.labeler?.label(for: envelope, facts: facts, cache: &context.labels)
            let anchor = labelBaseline == .observed ? ObservedLabelAnchor(building: building) : nil
            let label = predicted.map { anchor?.anchored($0, predictedBaseline: $0) ?? $0 }
            let outcome = try evaluator.evaluate(nothing, baseline: envelope, baselineBalance: balance,
                                                 needCache: &context.needs, dwellingLabel: label)
            context.baseline = (buildingIndex, envelope, balance, outcome, facts, predicted, anchor)
        }
        let base = context.baseline!
        let applier = ScenarioApplier(set: scenarios, catalogue: catalogue, verdicts: verdicts[buildingIndex])
        let applied = applier.apply(scenarios.scenarios[scenarioIndex], to: building, facades: facades,
                                    baseline: base.envelope)
        // Blocked works are not carried out (as in `Evaluator.evaluate`): the label is the baseline's.
        let labelled = applied.builtEnvelope(baseline: base.envelope)
        var label = try context.labeler?.label(for: labelled, facts: base.facts, cache: &context.labels)
        if let anchor = base.anchor, let l = label, let before = base.predictedLabel {
            label = anchor.anchored(l, predictedBaseline: before)
        }
        let outcome = try evaluator.evaluate(applied, baseline: base.envelope, baselineBalance: base.balance,
                                             needCache: &context.needs, dwellingLabel: label)
        return outcome.resultRecord(baseline: base.outcome, dwellings: building.dwellings,
                                    discountRate: settings.discountRate)
    }
}
