import BuildingModel

/// Monte Carlo totals of a batch (`simulate --samples`): for each sample, the dwellings in classes F and G before
/// works and after each scenario. Samples are indexed the same way in every shard (each building draws from its
/// own seeded generator, and the calibration is the whole stock's), so shards merge by adding their totals
/// sample by sample.
public struct DistrictLabelSamples: Sendable, Hashable {
    /// The most samples a run may draw (`simulate --samples`) or a results file may hold.
    public static let maximumSamples = 100_000

    public var seed: UInt64
    /// Dwellings in F/G before works, per sample.
    public var before: [Double]
    /// Per scenario id: dwellings in F/G after the scenario, per sample.
    public var after: [String: [Double]]

    public init(seed: UInt64, before: [Double], after: [String: [Double]]) {
        self.seed = seed
        self.before = before
        self.after = after
    }

    public var samples: Int { before.count }

    /// The sum of two shards' totals.
    /// - Precondition: same seed and sample count.
    public static func + (a: DistrictLabelSamples, b: DistrictLabelSamples) -> DistrictLabelSamples {
        precondition(a.seed == b.seed && a.samples == b.samples, "Monte Carlo totals of different runs")
        var after = a.after
        for (k, v) in b.after { after[k] = zip(after[k] ?? Array(repeating: 0, count: v.count), v).map(+) }
        return DistrictLabelSamples(seed: a.seed, before: zip(a.before, b.before).map(+), after: after)
    }

    /// Per scenario in `order`: the median and 90 % interval of the dwellings in F/G before and after.
    public func intervals(order: [String]) -> [(scenarioID: String, before: SampledTotal, after: SampledTotal)] {
        let b = SampledTotal(before)
        return order.compactMap { id in after[id].map { (id, b, SampledTotal($0)) } }
    }
}

/// Per building class probabilities before works, and the district's Monte Carlo totals, for a finished batch.
public struct BatchLabelUncertainty: Sendable {
    /// Building id → p_a…p_g before works.
    public var probabilities: [String: [Double]]
    public var totals: DistrictLabelSamples

    /// - Parameters:
    ///   - buildings: the stock's buildings (indices seed each building's draws); `selected` the ones of this run.
    ///   - grids: `LabelGridBuilder.grids(buildings…)`.
    ///   - labelEP, labelGHG, labelClass: the results' `label_primary_energy_kwh_per_m2`, `label_ghg_kg_per_m2` and
    ///     `dpe_class` per building and scenario (`ResultsStore.values(of:)`).
    ///   - anchored: buildings whose label before works is their real one (`--baseline observed`): their class
    ///     before is certain, and after each scenario the results' own.
    /// Each sample's "after" primary energy is the sample's "before" one times the engine's ratio after/before for
    /// that scenario (the ratio of the results' label to the engine's label of the building as the stock gives it).
    public init(buildings: [Building], selected: [Int], grids: [LabelGrid?], monteCarlo: LabelMonteCarlo,
                scale: PredictionScale, scenarioIDs: [String], labelEP: [String: [String: PropertyValue]],
                labelGHG: [String: [String: PropertyValue]], labelClass: [String: [String: PropertyValue]],
                anchored: Set<String>) {
        let n = monteCarlo.samples
        var before = [Double](repeating: 0, count: n)
        var after = Dictionary(uniqueKeysWithValues: scenarioIDs.map { ($0, [Double](repeating: 0, count: n)) })
        var probabilities: [String: [Double]] = [:]
        for i in selected {
            let b = buildings[i]
            guard let g = grids[i] else { continue }
            let d = Double(g.dwellings)
            if anchored.contains(b.id), let o = b.observedLabel, let c = ObservedLabel.letters.firstIndex(of: o.energyClass) {
                var p = [Double](repeating: 0, count: 7)
                p[c] = 1
                probabilities[b.id] = p
                if c >= 5 { for s in 0..<n { before[s] += d } }
                for id in scenarioIDs where labelClass[b.id]?[id]?.stringValue.map({ $0 == "F" || $0 == "G" }) == true {
                    for s in 0..<n { after[id]![s] += d }
                }
                continue
            }
            let draws = monteCarlo.draws(g, buildingIndex: i, scale: scale)
            // The batch labels the whole building: the scenarios' ratios are to its label before works.
            let whole = g.wholeBuildingAsGiven
            let baseEP = whole.primaryEnergyKWhPerM2(scale.scale, electricity2021: scale.electricity2021).rounded(.down)
            let baseGHG = whole.greenhouseGasKgPerM2.rounded(.down)
            var counts = [Double](repeating: 0, count: 7)
            for (s, x) in draws.enumerated() {
                let c = scale.scale.classIndex(primaryEnergyKWhPerM2: x.ep, greenhouseGasKgPerM2: x.ghg)
                counts[c] += 1
                if c >= 5 { before[s] += d }
            }
            probabilities[b.id] = counts.map { $0 / Double(n) }
            for id in scenarioIDs {
                guard let ep = labelEP[b.id]?[id]?.doubleValue, baseEP > 0 else { continue }
                let ghg = labelGHG[b.id]?[id]?.doubleValue ?? baseGHG
                let r = ep / baseEP, q = baseGHG > 0 ? ghg / baseGHG : r
                for (s, x) in draws.enumerated()
                where scale.scale.classIndex(primaryEnergyKWhPerM2: x.ep * r, greenhouseGasKgPerM2: x.ghg * q) >= 5 {
                    after[id]![s] += d
                }
            }
        }
        self.probabilities = probabilities
        totals = DistrictLabelSamples(seed: monteCarlo.seed, before: before, after: after)
    }
}

extension BatchLabelUncertainty {
    /// The Monte Carlo of a finished batch (`simulate --samples`): grids for the run's buildings and the stock's
    /// labelled ones, the calibration on every real label of the stock (the prior's draws without any), then
    /// `init(buildings:…)` on the results in `store`.
    /// - Returns: the uncertainty and the posterior it used.
    public static func compute(evaluator: ScenarioPairEvaluator, selected: [Int], store: ResultsStore, samples: Int,
                               seed: UInt64, calibration: LabelCalibration = LabelCalibration(),
                               threads: Int) throws -> (BatchLabelUncertainty, CalibrationPosterior) {
        let buildings = evaluator.buildings
        let labeler = try ThreeCLLabeler(site: evaluator.settings.threeCLSite, labelDate: evaluator.settings.threeCLLabelDate)
        let labelled = buildings.indices.filter { buildings[$0].observedLabel != nil }
        let facades = Dictionary(zip(buildings.map(\.id), evaluator.facades), uniquingKeysWith: { a, _ in a })
        let grids = try LabelGridBuilder(labeler: labeler)
            .grids(buildings, facades: facades, only: Set(selected).union(labelled), threads: threads)
        let observations = LabelObservation.of(buildings, grids: grids)
        let posterior = observations.isEmpty ? CalibrationPosterior.prior(calibration.prior, draws: calibration.draws, seed: seed)
            : calibration.posterior(grids: grids, observations: observations, seed: seed)
        let anchored = evaluator.labelBaseline == .observed
            ? Set(buildings.filter { ObservedLabelAnchor(building: $0) != nil }.map(\.id)) : []
        let u = BatchLabelUncertainty(
            buildings: buildings, selected: selected, grids: grids,
            monteCarlo: LabelMonteCarlo(posterior: posterior, samples: samples, seed: seed &+ 100),
            scale: .current(labelDate: evaluator.settings.threeCLLabelDate),
            scenarioIDs: evaluator.scenarios.scenarios.map(\.id),
            labelEP: try store.values(of: "label_primary_energy_kwh_per_m2"),
            labelGHG: try store.values(of: "label_ghg_kg_per_m2"), labelClass: try store.values(of: "dpe_class"),
            anchored: anchored)
        return (u, posterior)
    }
}
