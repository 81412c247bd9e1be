import BuildingModel
import Foundation

/// Calibrates `CalibrationParameters` on the buildings that carry a real label, by Bayesian inference: uniform
/// priors over `CalibrationPrior`, and for each observation the likelihood of its value under the engine's grid:
/// log EP_real = c + weight·(log EP_engine(attributes) − c) + bias + spread·ε, ε ~ N(0, 1), where c is the mean
/// log EP of the engine over the observations with the stock's defaults (`CalibrationPosterior.centreLogEP`),
/// mixed over the flat's storey (`LabelGrid.positions`, fixed weights) and over the glazing and roof a
/// building of unknown attributes may have (weights: the shares). With a primary energy the density of its log;
/// with a class alone the probability of the class's interval of primary energy. The posterior is sampled by
/// random-walk Metropolis from the prior's centre, with `SplitMix64(seed)`: the same seed gives the same draws.
public struct LabelCalibration: Sendable {
    public var prior: CalibrationPrior
    /// Metropolis steps kept after `burnIn`, thinned to `draws` draws.
    public var iterations: Int
    public var burnIn: Int
    public var draws: Int
    /// Random-walk step per parameter (`CalibrationParameters` order).
    public var steps: [Double]

    public init(prior: CalibrationPrior = .method, iterations: Int = 12_000, burnIn: Int = 3_000, draws: Int = 200,
                steps: [Double] = [0.12, 0.12, 0.06, 0.06, 0.04, 0.03]) {
        self.prior = prior
        self.iterations = iterations
        self.burnIn = burnIn
        self.draws = draws
        self.steps = steps
    }

    /// The posterior draws given `observations` (whose grids are in `grids`).
    public func posterior(grids: [LabelGrid?], observations: [LabelObservation], seed: UInt64) -> CalibrationPosterior {
        let likelihood = CalibrationLikelihood(grids: grids, observations: observations)
        var rng = SplitMix64(seed: seed)
        var current = prior.centre.vector
        var currentLL = likelihood.logLikelihood(CalibrationParameters(current))
        var kept: [CalibrationParameters] = []
        let thin = max(iterations / max(draws, 1), 1)
        var accepted = 0
        for step in 0..<(burnIn + iterations) {
            var proposal = current
            for k in proposal.indices { proposal[k] += steps[k] * rng.standardNormal() }
            let u = rng.unit()
            if prior.contains(proposal) {
                let ll = likelihood.logLikelihood(CalibrationParameters(proposal))
                if ll.isFinite && log(max(u, 1e-300)) < ll - currentLL {
                    current = proposal
                    currentLL = ll
                    if step >= burnIn { accepted += 1 }
                }
            }
            if step >= burnIn && (step - burnIn) % thin == thin - 1 && kept.count < draws {
                kept.append(CalibrationParameters(current))
            }
        }
        return CalibrationPosterior(draws: kept, observations: observations.count,
                                    acceptanceRate: Double(accepted) / Double(max(iterations, 1)),
                                    centreLogEP: likelihood.centre)
    }
}

/// Posterior draws of the calibration, with their summary.
public struct CalibrationPosterior: Sendable, Hashable, Codable {
    public var draws: [CalibrationParameters]
    public var observations: Int
    public var acceptanceRate: Double
    /// c of the model: the mean log primary energy of the engine over the calibration's observations, with the
    /// stock's defaults, on their scale.
    public var centreLogEP: Double

    public init(draws: [CalibrationParameters], observations: Int, acceptanceRate: Double, centreLogEP: Double) {
        self.draws = draws
        self.observations = observations
        self.acceptanceRate = acceptanceRate
        self.centreLogEP = centreLogEP
    }

    /// log EP_real's mean under draw `p` for an engine value `logEngine`.
    func mean(_ p: CalibrationParameters, logEngine: Double) -> Double {
        centreLogEP + p.engineWeight * (logEngine - centreLogEP) + p.logBias
    }

    /// Without observations: the engine as it is (no bias, no spread) and the stock's defaults (single glazing,
    /// uninsulated roofs), one draw.
    public static func uncalibrated(wallThicknessM: Double = 0.6) -> CalibrationPosterior {
        CalibrationPosterior(
            draws: [CalibrationParameters(doubleGlazedShare: 0, insulatedRoofShare: 0, wallThicknessM: wallThicknessM,
                                          engineWeight: 1, logBias: 0, logSpread: 0)],
            observations: 0, acceptanceRate: 0, centreLogEP: 0)
    }

    /// Without observations: the prior's shares and thickness drawn uniformly (`draws` of them, seeded), the engine
    /// as it is (weight 1, no bias, no spread): the probabilities then show what the unknown attributes alone leave
    /// open.
    public static func prior(_ prior: CalibrationPrior, draws: Int, seed: UInt64) -> CalibrationPosterior {
        var rng = SplitMix64(seed: seed)
        let d = (0..<max(draws, 1)).map { _ in
            CalibrationParameters(
                doubleGlazedShare: rng.uniform(prior.lower.doubleGlazedShare, prior.upper.doubleGlazedShare),
                insulatedRoofShare: rng.uniform(prior.lower.insulatedRoofShare, prior.upper.insulatedRoofShare),
                wallThicknessM: rng.uniform(prior.lower.wallThicknessM, prior.upper.wallThicknessM),
                engineWeight: 1, logBias: 0, logSpread: 0)
        }
        return CalibrationPosterior(draws: d, observations: 0, acceptanceRate: 0, centreLogEP: 0)
    }

    /// Per parameter (`CalibrationParameters.names` order): mean, 5th and 95th percentile of the draws.
    public var summary: [(name: String, mean: Double, low: Double, high: Double)] {
        CalibrationParameters.names.indices.map { k in
            let values = draws.map { $0.vector[k] }.sorted()
            guard !values.isEmpty else { return (CalibrationParameters.names[k], .nan, .nan, .nan) }
            let mean = values.reduce(0, +) / Double(values.count)
            return (CalibrationParameters.names[k], mean, Quantile.of(values, 0.05), Quantile.of(values, 0.95))
        }
    }
}

/// The log-likelihood of the observations under parameters, with each observation's grid table precomputed.
struct CalibrationLikelihood {
    struct Term {
        var grid: LabelGrid
        var table: [Double]
        /// log EP of the observation, or the log bounds of its class.
        var logValue: Double?
        var logLower: Double
        var logUpper: Double
    }

    let terms: [Term]
    /// The mean engine log EP over the observations, with the stock's defaults.
    let centre: Double

    init(grids: [LabelGrid?], observations: [LabelObservation]) {
        let logs = observations.compactMap { o -> Double? in
            guard let g = grids[o.buildingIndex] else { return nil }
            return log(g.asGivenPrimaryEnergy(o.scale).ep)
        }
        centre = logs.isEmpty ? 0 : logs.reduce(0, +) / Double(logs.count)
        terms = observations.compactMap { o in
            guard let g = grids[o.buildingIndex] else { return nil }
            let limits = o.scale.scale.primaryEnergyLimits
            let lower = o.classIndex == 0 ? -Double.infinity : log(limits[o.classIndex - 1])
            let upper = o.classIndex >= limits.count ? Double.infinity : log(limits[o.classIndex])
            return Term(grid: g, table: g.logPrimaryEnergy(o.scale), logValue: o.primaryEnergyKWhPerM2.map(log),
                        logLower: lower, logUpper: upper)
        }
    }

    func logLikelihood(_ p: CalibrationParameters) -> Double {
        let sigma = p.logSpread
        var total = 0.0
        for t in terms {
            let g = t.grid
            var sum = 0.0
            for (pi, pw) in g.positionWeights.enumerated() {
            for w in g.windows.indices {
                let ww = g.windowsDrawn ? (w == 1 ? p.doubleGlazedShare : 1 - p.doubleGlazedShare) : 1
                guard ww > 0 else { continue }
                for r in g.roofs.indices {
                    let wr = g.roofDrawn ? (r == 1 ? p.insulatedRoofShare : 1 - p.insulatedRoofShare) : 1
                    guard wr > 0 else { continue }
                    let engine = g.interpolate(t.table, position: pi, window: w, roof: r, thicknessM: p.wallThicknessM)
                    let mu = centre + p.engineWeight * (engine - centre) + p.logBias
                    let l: Double
                    if let y = t.logValue {
                        let z = (y - mu) / sigma
                        l = exp(-0.5 * z * z) / (sigma * 2.5066282746310002)
                    } else {
                        l = Gaussian.cdf((t.logUpper - mu) / sigma) - Gaussian.cdf((t.logLower - mu) / sigma)
                    }
                    sum += pw * ww * wr * l
                }
            }
            }
            total += log(max(sum, 1e-300))
        }
        return total
    }
}

/// The standard normal distribution.
enum Gaussian {
    static func cdf(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }
}

/// Percentiles of sorted values (linear interpolation between order statistics).
enum Quantile {
    static func of(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let x = q * Double(sorted.count - 1)
        let i = Int(x.rounded(.down)), f = x - Double(i)
        return i + 1 < sorted.count ? sorted[i] + f * (sorted[i + 1] - sorted[i]) : sorted[i]
    }
}

extension SplitMix64 {
    /// A standard normal draw (Box–Muller from two `unit()` draws; the second variate is discarded, so each
    /// call consumes exactly two draws).
    mutating func standardNormal() -> Double {
        let u1 = max(unit(), 1e-300), u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
