import BuildingModel

/// Everything the HTML report shows, loaded by the caller (e.g. from `results.gpkg`).
///
/// Order matters and is kept: buildings are drawn and listed in `buildings` order, scenarios numbered 1…n in
/// `scenarios` order. Nothing in it depends on the clock, so the same input gives the same bytes.
public struct ReportInput: Sendable, Hashable, Codable {
    /// Title of the page, e.g. "Cahors — secteur sauvegardé: retrofit scenarios".
    public var title: String
    /// Where the figures come from (input files, tool version); no wall-clock time, to keep output deterministic.
    public var generatedNote: String
    public var buildings: [ReportBuilding]
    public var scenarios: [ReportScenario]
    /// At most one per (building, scenario); a missing pair is shown as "no result".
    public var outcomes: [ReportOutcome]
    /// Protected perimeters and monuments drawn on the map (empty: none drawn).
    public var heritage: HeritageMap
    /// The language of the page's own words (`ReportWords`); names and reasons from the results stay as written.
    public var language: Language = .en

    public init(
        title: String, generatedNote: String, buildings: [ReportBuilding], scenarios: [ReportScenario],
        outcomes: [ReportOutcome], heritage: HeritageMap = HeritageMap()
    ) {
        self.heritage = heritage
        self.title = title
        self.generatedNote = generatedNote
        self.buildings = buildings
        self.scenarios = scenarios
        self.outcomes = outcomes
    }
}
