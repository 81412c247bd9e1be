import BuildingModel
import Foundation
import ThreeCL

/// What a batch is made of, as plain values: the files and the options that change results. `renovate simulate`
/// fills one from its command line; a Swift user fills one and calls `BatchSetup.load` to get the same evaluator
/// and manifest as the command.
public struct BatchInputs: Sendable {
    /// Building stock: GeoPackage or GeoJSON.
    public var stock: String
    /// Layer of a GeoPackage stock (nil: the first feature layer).
    public var layer: String?
    /// Scenario set (YAML).
    public var scenarios: String
    /// Weather file (EPW); nil for the generated typical year of `typicalYear`.
    public var weather: String?
    /// A place whose generated typical year is the weather when `weather` is nil, with its name for the manifest.
    public var typicalYear: (name: String, normals: ClimateNormals)? = ("cahors", .cahors)
    /// Kelvin added to every hour of the weather.
    public var climateShiftK: Double?
    /// Heritage layer files.
    public var heritage: [String] = []
    /// Heritage rule set (nil: the built-in rules).
    public var rules: String?
    /// Measure catalogue (nil: the bundled one).
    public var catalogue: String?
    public var labelMethod: LabelMethod = .threeCL2021
    /// 3CL climate zone (nil: H2c, Cahors's).
    public var dpeZone: ClimateZone?
    /// Terrain for the exterior films (nil: the rated R_se, named "rated" in the manifest).
    public var terrain: WindExposure.Terrain?
    public var baseline: LabelBaseline = .predicted
    /// Monte Carlo samples (`simulate --samples`) and their seed: recorded in the manifest.
    public var samples: Int?
    public var seed: UInt64 = 1
    /// The tool version the manifest records.
    public var toolVersion: String

    public init(stock: String, scenarios: String, toolVersion: String) {
        self.stock = stock
        self.scenarios = scenarios
        self.toolVersion = toolVersion
    }

    /// The site of the 3CL label: `dpeZone`, else H2c; the altitude class from the weather's elevation.
    public func threeCLSite(elevationM: Double) -> ThreeCLSite {
        ThreeCLSite(climateZone: dpeZone ?? ThreeCLSite.cahors.climateZone,
                    altitude: ThreeCLSite.altitudeClass(elevationM: elevationM))
    }

    /// How envelopes become thermal zones in this run.
    public var thermalConventions: ThermalMappingConventions { ThermalMappingConventions(terrain: terrain) }

    /// The run's weather: the EPW file if given, else the typical year of the normals (Cahors by default), shifted
    /// by `climateShiftK` if given.
    public func loadClimate() throws -> ClimateData {
        var climate = try weather.map { try EPWReader.read(url: URL(fileURLWithPath: $0)) }
            ?? TypicalYearGenerator.generate(from: typicalYear?.normals ?? .cahors)
        if let dt = climateShiftK { climate = try ClimateShift(deltaTC: dt).apply(to: climate) }
        return climate
    }

    /// The rules, the catalogue and the scenarios: the small inputs, read first so that a typo in one of them is
    /// reported before any heavy reading.
    public func loadRulesAndScenarios() throws -> (rules: RuleSet, catalogue: MeasureCatalogue, scenarios: ScenarioSet) {
        let ruleSet = try rules.map { try RuleSet.load(contentsOf: URL(fileURLWithPath: $0)) } ?? RuleSet.default
        let measures = try catalogue.map { try MeasureCatalogue.load(path: $0) } ?? MeasureCatalogue.bundled()
        return (ruleSet, measures, try ScenarioSetLoader.load(path: scenarios, catalogue: measures))
    }
}
