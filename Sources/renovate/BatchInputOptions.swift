import ArgumentParser
import BuildingModel
import Foundation
import Simulator
import ThreeCL

/// The inputs of a batch, shared by `simulate` and `slurm` (which runs `simulate` per shard): one declaration of
/// the options and of their checks.
struct BatchInputOptions: ParsableArguments {
    enum Climate: String, ExpressibleByArgument, CaseIterable { case cahors }
    /// Terrain around the stock for the exterior film of walls, windows and roofs (the names of
    /// `WindExposure.Terrain`); `rated` keeps R_se 0.04.
    enum Exposure: String, ExpressibleByArgument, CaseIterable {
        case rated, urban, country, largeCity = "large-city"

        var terrain: WindExposure.Terrain? { WindExposure.Terrain(rawValue: rawValue) }
    }

    @Argument(help: "Building stock: GeoPackage (.gpkg) or GeoJSON (.geojson, .json).")
    var stock: String

    @Option(help: "Scenario set (YAML, renovate-scenarios/1).")
    var scenarios: String

    @Option(help: "Weather file (EPW).")
    var weather: String?

    @Option(help: "Generated typical year from the monthly normals of a place (instead of --weather).")
    var climate: Climate?

    @Option(help: "Warm every hour of the weather by this many kelvin.")
    var climateShift: Double?

    @Option(help: "Heritage layers (GeoPackage or GeoJSON); repeat for several files.")
    var heritage: [String] = []

    @Option(help: "Heritage rule set (YAML). Default: the built-in rules for French protected centres.")
    var rules: String?

    @Option(help: "Measure catalogue (YAML). Default: the bundled catalogue.")
    var catalogue: String?

    @Option(help: "Layer of a GeoPackage stock (default: the first feature layer).")
    var layer: String?

    /// How the results' DPE class is computed (the names of `LabelMethod`'s options).
    enum LabelMethodOption: String, ExpressibleByArgument, CaseIterable {
        case threeCL = "3cl", hourlyNeeds = "hourly-needs"

        var method: LabelMethod { self == .threeCL ? .threeCL2021 : .hourlyNeeds }
    }

    @Option(help: ArgumentHelp(
        "How the DPE class and rental-ban year are computed: 3cl (the 3CL-DPE 2021 method from each building's envelope and systems) or hourly-needs (the hourly model's needs with the DPE factors).",
        discussion: "Needs, overheating and comfort come from the hourly model either way; the results' label_method column says which method gave the class."))
    var labelMethod: LabelMethodOption = .threeCL

    @Option(help: ArgumentHelp(
        "3CL climate zone of the stock (h1a…h3) for the DPE label.",
        discussion: "Default: the zone of --climate (cahors: h2c); with --weather, h2c unless given. The altitude class comes from the weather's elevation."))
    var dpeZone: String?

    @Option(help: ArgumentHelp(
        "Exterior films of walls, windows and roofs: rated U-values, or from the weather's wind at each storey's height in a terrain.",
        discussion: "rated (the default: the conventional R_se 0.04 m²K/W at which U-values are rated, the DPE's convention, "
            + "so that classes keep their meaning), or a terrain for physical needs on a site: urban (towns and suburbs, "
            + "closely spaced buildings: a historic centre), country (open ground, as the weather station), large-city "
            + "(centres of tall buildings)."))
    var exposure: Exposure = .rated


    @Option(help: ArgumentHelp(
        "Where each building's label before works comes from: predicted (renovate's 3CL label) or observed (the building's real DPE label when the stock carries one of the 2021 method).",
        discussion: "With observed, scenarios move the real label by the primary energy the engine predicts they save; buildings without a real label of the 2021 method keep the predicted one, and the run says how many (docs/label-calibration.md)."))
    var baseline: LabelBaseline = .predicted

    @Option(help: ArgumentHelp(
        "Monte Carlo samples over what the stock leaves unknown: class probabilities p_a…p_g per building and 90 % intervals of the dwellings in F/G before and after each scenario.",
        discussion: "The stock's real labels calibrate the unknowns first (renovate calibrate); without any, the unknown attributes alone are drawn. Deterministic for a given --seed (docs/label-calibration.md)."))
    var samples: Int?

    @Option(help: "Seed of the calibration and of the Monte Carlo (--samples).")
    var seed: UInt64 = 1

    /// The batch these options describe (the library's `BatchInputs`, loaded by `BatchSetup`).
    var batchInputs: BatchInputs {
        var b = BatchInputs(stock: stock, scenarios: scenarios, toolVersion: RenovateVersion.string)
        b.layer = layer
        b.weather = weather
        b.typicalYear = climate.map { _ in ("cahors", .cahors) }
        b.climateShiftK = climateShift
        b.heritage = heritage
        b.rules = rules
        b.catalogue = catalogue
        b.labelMethod = labelMethod.method
        b.dpeZone = dpeZone.flatMap { ClimateZone(key: $0) }
        b.terrain = exposure.terrain
        b.baseline = baseline
        b.samples = samples
        b.seed = seed
        return b
    }

    /// Exactly one of --weather and --climate, and every named file exists.
    func validate() throws {
        guard (weather == nil) != (climate == nil) else {
            throw ValidationError("Please give either --weather <epw> or --climate cahors (exactly one).")
        }
        if let samples, !(1...DistrictLabelSamples.maximumSamples).contains(samples) {
            throw ValidationError("--samples must be from 1 to \(DistrictLabelSamples.maximumSamples) (got \(samples)).")
        }
        if samples != nil && labelMethod != .threeCL {
            throw ValidationError("--samples draws the 3CL label's unknowns: it needs --label-method 3cl.")
        }
        if baseline == .observed && labelMethod != .threeCL {
            throw ValidationError("--baseline observed anchors the 3CL label: it needs --label-method 3cl.")
        }
        if let dpeZone, ClimateZone(key: dpeZone) == nil {
            throw ValidationError("--dpe-zone \"\(dpeZone)\" is not a 3CL climate zone: please give one of "
                                  + ClimateZone.allCases.map(\.key).joined(separator: ", ") + ".")
        }
        for path in [stock, scenarios] + heritage + [rules, catalogue, weather].compactMap({ $0 })
        where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path): no such file. Please check the path.")
        }
    }

    /// The small inputs, read before the stock so that a typo in a rule, catalogue or scenario file is reported
    /// before any heavy reading (and, for `slurm`, before a job that would fail in every task is written).
    func loadRulesAndScenarios() throws -> (rules: RuleSet, catalogue: MeasureCatalogue, scenarios: ScenarioSet) {
        try batchInputs.loadRulesAndScenarios()
    }
}

extension LabelBaseline: ExpressibleByArgument {}
