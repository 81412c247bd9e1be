/// The unknowns the observed labels calibrate, shared by the stock's buildings where the stock does not give them:
/// how many windows have been replaced by double glazing, how many roofs insulated, how thick the masonry walls
/// are, and the gap between the 3CL engine and the real labels, on log primary energy: a weight of the engine's
/// differences between buildings (below 1 when the engine spreads buildings wider than real labels do), a bias and
/// a spread (what the engine cannot see — the dwelling's position in its building, the diagnostician, the
/// method's version).
public struct CalibrationParameters: Sendable, Hashable, Codable {
    /// Share of the buildings of unknown glazing that have double glazing (0–1).
    public var doubleGlazedShare: Double
    /// Share of the buildings of unknown roof whose roof is insulated (0–1).
    public var insulatedRoofShare: Double
    /// Masonry wall thickness where the stock does not give it, metres.
    public var wallThicknessM: Double
    /// How much of the engine's difference from the stock's typical building carries into the real label (0: none,
    /// 1: all of it).
    public var engineWeight: Double
    /// Mean of log(real primary energy / engine's).
    public var logBias: Double
    /// Standard deviation of that log ratio between buildings.
    public var logSpread: Double

    public init(doubleGlazedShare: Double, insulatedRoofShare: Double, wallThicknessM: Double, engineWeight: Double,
                logBias: Double, logSpread: Double) {
        self.doubleGlazedShare = doubleGlazedShare
        self.insulatedRoofShare = insulatedRoofShare
        self.wallThicknessM = wallThicknessM
        self.engineWeight = engineWeight
        self.logBias = logBias
        self.logSpread = logSpread
    }

    var vector: [Double] { [doubleGlazedShare, insulatedRoofShare, wallThicknessM, engineWeight, logBias, logSpread] }

    init(_ v: [Double]) {
        self.init(doubleGlazedShare: v[0], insulatedRoofShare: v[1], wallThicknessM: v[2], engineWeight: v[3],
                  logBias: v[4], logSpread: v[5])
    }

    public static let names = ["double_glazed_share", "insulated_roof_share", "wall_thickness_m", "engine_weight",
                               "log_bias", "log_spread"]
}

/// Uniform prior ranges of the parameters: the method's plausible values (3CL wall thickness table for old
/// masonry 35–80 cm; any share of replaced windows or insulated roofs), an engine weight from 0 to 1.5, and a
/// model gap of at most a factor 2 either way, with a spread between 0.05 and 1 (a factor 2.7 for one standard
/// deviation).
public struct CalibrationPrior: Sendable, Hashable {
    public var lower: CalibrationParameters
    public var upper: CalibrationParameters

    public init(lower: CalibrationParameters, upper: CalibrationParameters) {
        self.lower = lower
        self.upper = upper
    }

    public static let method = CalibrationPrior(
        lower: CalibrationParameters(doubleGlazedShare: 0, insulatedRoofShare: 0, wallThicknessM: 0.35,
                                     engineWeight: 0, logBias: -0.7, logSpread: 0.05),
        upper: CalibrationParameters(doubleGlazedShare: 1, insulatedRoofShare: 1, wallThicknessM: 0.80,
                                     engineWeight: 1.5, logBias: 0.7, logSpread: 1.0))

    /// The middle of every range.
    public var centre: CalibrationParameters {
        CalibrationParameters(zip(lower.vector, upper.vector).map { ($0 + $1) / 2 })
    }

    func contains(_ v: [Double]) -> Bool {
        zip(v, zip(lower.vector, upper.vector)).allSatisfy { $0 >= $1.0 && $0 <= $1.1 }
    }
}
