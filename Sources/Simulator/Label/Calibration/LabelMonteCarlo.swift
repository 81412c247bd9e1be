import BuildingModel
import Foundation

/// Monte Carlo over what is unknown: for each sample, a posterior draw of the parameters (in turn), the flat's
/// storey drawn with the grid's weights, the building's unknown glazing and roof drawn with the draw's shares, the wall thickness the draw's, and the real primary
/// energy drawn around the draw's mean (`CalibrationPosterior.mean`) with its spread. Each building draws from its own `SplitMix64` seeded by the run's seed
/// and the building's index, so results do not depend on the thread count or on the other buildings.
public struct LabelMonteCarlo: Sendable {
    public var posterior: CalibrationPosterior
    public var samples: Int
    public var seed: UInt64

    public init(posterior: CalibrationPosterior, samples: Int, seed: UInt64) {
        self.posterior = posterior
        self.samples = max(samples, 1)
        self.seed = seed
    }

    /// The primary energy and emissions per m² of each sample for one building on `scale`.
    public func draws(_ g: LabelGrid, buildingIndex: Int, scale: PredictionScale) -> [(ep: Double, ghg: Double)] {
        var rng = SplitMix64(seed: seed ^ (UInt64(buildingIndex) &* 0x9E37_79B9_7F4A_7C15 &+ 0x5851_F42D_4C95_7F2D))
        let table = g.logPrimaryEnergy(scale)
        let parameters = posterior.draws
        var out: [(ep: Double, ghg: Double)] = []
        out.reserveCapacity(samples)
        for s in 0..<samples {
            let p = parameters[s % parameters.count]
            var position = 0
            if g.positions.count > 1 {
                var u = rng.unit(), k = 0
                while k < g.positionWeights.count - 1 && u >= g.positionWeights[k] { u -= g.positionWeights[k]; k += 1 }
                position = k
            }
            let w = g.windowsDrawn && rng.unit() < p.doubleGlazedShare ? 1 : 0
            let r = g.roofDrawn && rng.unit() < p.insulatedRoofShare ? 1 : 0
            let engine = g.interpolate(table, position: position, window: w, roof: r, thicknessM: p.wallThicknessM)
            let logEP = posterior.mean(p, logEngine: engine) + p.logSpread * rng.standardNormal()
            // Emissions follow the same ratio of real to engine's primary energy.
            let ghg = g.points[g.index(position: position, window: w, roof: r, thickness: nearestNode(g, p.wallThicknessM))]
                .greenhouseGasKgPerM2 * exp(logEP - engine)
            out.append((exp(logEP), ghg))
        }
        return out
    }

    /// The class index (0 = A … 6 = G) of each sample for one building on `scale`.
    public func classes(_ g: LabelGrid, buildingIndex: Int, scale: PredictionScale) -> [UInt8] {
        draws(g, buildingIndex: buildingIndex, scale: scale).map {
            UInt8(scale.scale.classIndex(primaryEnergyKWhPerM2: $0.ep, greenhouseGasKgPerM2: $0.ghg))
        }
    }

    func nearestNode(_ g: LabelGrid, _ t: Double) -> Int {
        g.thicknessesM.indices.min { abs(g.thicknessesM[$0] - t) < abs(g.thicknessesM[$1] - t) } ?? 0
    }

    /// The share of samples in each class, A…G.
    public static func probabilities(_ classes: [UInt8]) -> [Double] {
        var p = [Double](repeating: 0, count: 7)
        for c in classes { p[Int(c)] += 1 }
        return p.map { $0 / Double(max(classes.count, 1)) }
    }

    /// The predicted class: the median class of the samples, which minimises the expected error in classes (the
    /// most probable class leans to G, the widest class, when the spread is large).
    public static func medianClass(_ p: [Double]) -> Int {
        var cumulative = 0.0
        for (i, x) in p.enumerated() {
            cumulative += x
            if cumulative >= 0.5 { return i }
        }
        return p.count - 1
    }
}

/// A district total over Monte Carlo samples (one value per sample), with its median and 90 % interval.
public struct SampledTotal: Sendable, Hashable, Codable {
    public var median: Double
    public var low5: Double
    public var high95: Double

    public init(_ values: [Double]) {
        let sorted = values.sorted()
        median = Quantile.of(sorted, 0.5)
        low5 = Quantile.of(sorted, 0.05)
        high95 = Quantile.of(sorted, 0.95)
    }

    public func contains(_ x: Double) -> Bool { x >= low5 && x <= high95 }
}
