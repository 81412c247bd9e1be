import BuildingModel

/// Checks calibrated predictions against real labels the calibration did not see: the labelled buildings are
/// split in two halves by a seeded shuffle; each half is calibrated on the other and predicted (its most probable
/// class by Monte Carlo, on its own labels' scale), so every labelled building is predicted once, hidden. Also
/// reports the engine without any label (the stock's defaults, no calibration) and the 90 % interval of the
/// dwellings in classes F and G against the real count.
public struct LabelValidation: Sendable {
    public var calibration: LabelCalibration
    public var samples: Int
    public var seed: UInt64

    public init(calibration: LabelCalibration = LabelCalibration(), samples: Int = 400, seed: UInt64 = 1) {
        self.calibration = calibration
        self.samples = samples
        self.seed = seed
    }

    public func run(buildings: [Building], grids: [LabelGrid?]) -> LabelValidationReport {
        let observations = LabelObservation.of(buildings, grids: grids)
        var order = Array(observations.indices)
        var rng = SplitMix64(seed: seed)
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            let j = Int(rng.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        let half = order.count / 2
        let folds = [Array(order[..<half]), Array(order[half...])]
        var real: [Int] = [], predicted: [Int] = []
        var fgTotals = [Double](repeating: 0, count: samples)
        var fgReal = 0
        var summaries: [CalibrationPosterior] = []
        for (k, hidden) in folds.enumerated() {
            let training = folds[1 - k].map { observations[$0] }
            let posterior = calibration.posterior(grids: grids, observations: training, seed: seed &+ UInt64(k + 1))
            summaries.append(posterior)
            let mc = LabelMonteCarlo(posterior: posterior, samples: samples, seed: seed &+ 100 &+ UInt64(k))
            for o in hidden.map({ observations[$0] }) {
                let g = grids[o.buildingIndex]!
                let classes = mc.classes(g, buildingIndex: o.buildingIndex, scale: o.scale)
                real.append(o.classIndex)
                predicted.append(LabelMonteCarlo.medianClass(LabelMonteCarlo.probabilities(classes)))
                for (s, c) in classes.enumerated() where c >= 5 { fgTotals[s] += Double(g.dwellings) }
                if o.classIndex >= 5 { fgReal += g.dwellings }
            }
        }
        var asGivenPredicted: [Int] = [], asGivenReal: [Int] = [], fgAsGiven = 0
        var scales: [String: Int] = [:]
        for o in observations {
            let g = grids[o.buildingIndex]!
            let c = g.asGivenClass(o.scale)
            asGivenPredicted.append(c)
            asGivenReal.append(o.classIndex)
            if c >= 5 { fgAsGiven += g.dwellings }
            scales[o.scale.scale.rawValue, default: 0] += 1
        }
        return LabelValidationReport(
            seed: seed, samples: samples, labelled: observations.count, scales: scales,
            heldOut: ClassAgreement(real: real, predicted: predicted),
            withoutLabels: ClassAgreement(real: asGivenReal, predicted: asGivenPredicted),
            folds: summaries.map(FoldSummary.init),
            dwellingsInFG: DwellingsInFG(real: fgReal, heldOut: SampledTotal(fgTotals), withoutLabels: fgAsGiven))
    }
}

/// What `LabelValidation` measured.
public struct LabelValidationReport: Sendable, Hashable, Codable {
    public var seed: UInt64
    public var samples: Int
    /// Labelled buildings with a grid (residential, analysed).
    public var labelled: Int
    /// Labels per scale ("2012", "2021").
    public var scales: [String: Int]
    /// Each building predicted by the calibration of the other half.
    public var heldOut: ClassAgreement
    /// The engine with the stock's defaults, no label used.
    public var withoutLabels: ClassAgreement
    public var folds: [FoldSummary]
    public var dwellingsInFG: DwellingsInFG
}

/// One half's calibration, summarised.
public struct FoldSummary: Sendable, Hashable, Codable {
    public var observations: Int
    public var acceptanceRate: Double
    /// Per parameter: mean, 5th and 95th percentile.
    public var parameters: [String: [Double]]

    init(_ p: CalibrationPosterior) {
        observations = p.observations
        acceptanceRate = p.acceptanceRate
        parameters = Dictionary(uniqueKeysWithValues: p.summary.map { ($0.name, [$0.mean, $0.low, $0.high]) })
    }
}

/// Dwellings in classes F and G among the labelled buildings: the real count, the held-out Monte Carlo interval
/// and the uncalibrated engine's count.
public struct DwellingsInFG: Sendable, Hashable, Codable {
    public var real: Int
    public var heldOut: SampledTotal
    public var withoutLabels: Int
}
