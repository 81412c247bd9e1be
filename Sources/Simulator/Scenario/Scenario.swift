import BuildingModel

/// What to do when the heritage verdict forbids a measure.
public enum ForbiddenPolicy: String, Sendable, Codable, CaseIterable {
    /// Leave that façade (or, for a building-wide measure, the measure) out.
    case skipFacade = "skip-facade"
    /// Follow the set's substitution chain until a measure is allowed there; skip the façade if none is.
    case substitute
    /// The whole scenario is blocked by heritage for this building (a legal outcome of its own).
    case block
}

/// Which exposed façades a façade-bound step targets.
public enum FacadeFilter: String, Sendable, Codable, CaseIterable {
    case all, street, courtyard

    func admits(_ c: FacadeContext) -> Bool {
        switch self {
        case .all: true
        case .street: c == .street
        case .courtyard: c == .courtyard
        }
    }
}

/// One measure of a scenario with its own conditions and heritage fallback.
public struct ScenarioStep: Sendable, Hashable {
    public var measureID: String
    public var ifForbidden: ForbiddenPolicy
    public var facades: FacadeFilter
    public var applyIf: ApplyCondition
    public var line: Int

    public init(measureID: String, ifForbidden: ForbiddenPolicy = .skipFacade, facades: FacadeFilter = .all,
                applyIf: ApplyCondition = .always, line: Int = 0) {
        self.measureID = measureID
        self.ifForbidden = ifForbidden
        self.facades = facades
        self.applyIf = applyIf
        self.line = line
    }
}

/// A named package of measures.
public struct Scenario: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var applyIf: ApplyCondition
    public var steps: [ScenarioStep]
    public var line: Int

    public init(id: String, name: String, applyIf: ApplyCondition = .always, steps: [ScenarioStep], line: Int = 0) {
        self.id = id
        self.name = name
        self.applyIf = applyIf
        self.steps = steps
        self.line = line
    }
}

/// A versioned set of scenarios with its substitution chains.
public struct ScenarioSet: Sendable {
    public var version: String
    public var scenarios: [Scenario]
    /// measure id → the measure to try instead where it is forbidden (chains allowed, cycles refused at load).
    public var substitutions: [String: String]
    public var file: String

    public init(version: String, scenarios: [Scenario], substitutions: [String: String], file: String = "<code>") {
        self.version = version
        self.scenarios = scenarios
        self.substitutions = substitutions
        self.file = file
    }

    public subscript(id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// The set shipped with renovate (`DefaultCatalogues.scenariosYAML`, also in catalogue/scenarios.yaml).
    public static func bundled(catalogue: MeasureCatalogue) throws -> ScenarioSet {
        try ScenarioSetLoader.parse(DefaultCatalogues.scenariosYAML, file: "<bundled>/scenarios.yaml",
                                    catalogue: catalogue)
    }
}
