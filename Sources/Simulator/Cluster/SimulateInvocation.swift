import Foundation

/// The arguments of `renovate simulate` that every shard of a cluster job shares: the inputs (absolute paths,
/// so a task runs the same batch whatever its working directory) and the result-affecting options.
/// The shard, output, thread count and resume flags are added per task by the job script.
public struct SimulateInvocation: Sendable, Hashable {
    public var stock: String
    public var scenarios: String
    /// Exactly one of `weather` (an EPW file) and `climate` (a generated typical year, e.g. `cahors`).
    public var weather: String?
    public var climate: String?
    public var climateShiftK: Double?
    public var heritage: [String]
    public var rules: String?
    public var catalogue: String?
    public var layer: String?
    /// `--exposure` (terrain for the exterior film), nil = simulate's default.
    public var exposure: String?
    /// `--label-method` and `--dpe-zone` (the DPE label's method and 3CL climate zone), nil = simulate's default.
    public var labelMethod: String?
    public var dpeZone: String?
    /// `--baseline` (where the "before" label comes from), nil = simulate's default (predicted).
    public var baseline: String?
    /// `--samples` and `--seed` (Monte Carlo over the label's unknowns), nil = none / simulate's default.
    public var samples: Int?
    public var seed: UInt64?

    /// Paths are made absolute against the current directory.
    public init(stock: String, scenarios: String, weather: String? = nil, climate: String? = nil,
                climateShiftK: Double? = nil, heritage: [String] = [], rules: String? = nil,
                catalogue: String? = nil, layer: String? = nil, exposure: String? = nil, labelMethod: String? = nil,
                dpeZone: String? = nil, baseline: String? = nil, samples: Int? = nil, seed: UInt64? = nil) {
        self.stock = Self.absolute(stock)
        self.scenarios = Self.absolute(scenarios)
        self.weather = weather.map(Self.absolute)
        self.climate = climate
        self.climateShiftK = climateShiftK
        self.heritage = heritage.map(Self.absolute)
        self.rules = rules.map(Self.absolute)
        self.catalogue = catalogue.map(Self.absolute)
        self.layer = layer
        self.exposure = exposure
        self.labelMethod = labelMethod
        self.dpeZone = dpeZone
        self.baseline = baseline
        self.samples = samples
        self.seed = seed
    }

    /// The input files, in argument order.
    public var files: [String] {
        [stock, scenarios] + [weather].compactMap { $0 } + heritage + [rules, catalogue].compactMap { $0 }
    }

    /// The words after `simulate`, in the order `renovate simulate --help` lists them.
    public var arguments: [String] {
        var words = [stock, "--scenarios", scenarios]
        if let weather { words += ["--weather", weather] }
        if let climate { words += ["--climate", climate] }
        if let climateShiftK { words += ["--climate-shift", String(climateShiftK)] }
        for file in heritage { words += ["--heritage", file] }
        if let rules { words += ["--rules", rules] }
        if let catalogue { words += ["--catalogue", catalogue] }
        if let layer { words += ["--layer", layer] }
        if let exposure { words += ["--exposure", exposure] }
        if let labelMethod { words += ["--label-method", labelMethod] }
        if let dpeZone { words += ["--dpe-zone", dpeZone] }
        if let baseline { words += ["--baseline", baseline] }
        if let samples { words += ["--samples", String(samples)] }
        if let seed { words += ["--seed", String(seed)] }
        return words
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
