/// The result of one scenario on one building, as the report needs it.
public struct ReportOutcome: Sendable, Hashable, Codable {
    public var buildingID: String
    public var scenarioID: String
    /// DPE class after the scenario's measures that heritage rules allow were applied.
    public var classAfter: DPEClass
    /// Capital cost of the works, euros (incl. VAT as the cost model states).
    public var capexEUR: Double
    /// Primary energy after works, kWh/(m²·year), per `ReportBuilding.floorAreaM2`.
    public var primaryEnergyKWhPerM2Year: Double
    /// Whether heritage rules forbade at least one of the scenario's measures on this building.
    public var blockedByHeritage: Bool
    /// Why (one line per protection and measure), shown in the heritage table.
    public var blockedReasons: [String]
    /// Whether the works need the approval of the Architecte des Bâtiments de France.
    public var needsABFApproval: Bool
    /// How much of the scenario the building got.
    public var application: ScenarioApplication
    /// Measures of the scenario as written.
    public var plannedMeasures: Int
    /// Summer overheating of the building's top storey (the `storeys` table's highest index): hours with operative
    /// temperature above 28 °C, 1 May – 30 September, free float; nil when the results have no storeys.
    public var topStoreyOverheatingHours: Int?
    /// The same storey's degree-hours above 28 °C, K·h.
    public var topStoreyOverheatingDegreeHoursKh: Double?

    public init(
        buildingID: String, scenarioID: String, classAfter: DPEClass, capexEUR: Double,
        primaryEnergyKWhPerM2Year: Double, blockedByHeritage: Bool = false, blockedReasons: [String] = [],
        needsABFApproval: Bool = false, application: ScenarioApplication = .full, plannedMeasures: Int = 0,
        topStoreyOverheatingHours: Int? = nil, topStoreyOverheatingDegreeHoursKh: Double? = nil
    ) {
        self.topStoreyOverheatingHours = topStoreyOverheatingHours
        self.topStoreyOverheatingDegreeHoursKh = topStoreyOverheatingDegreeHoursKh
        self.application = application
        self.plannedMeasures = plannedMeasures
        self.buildingID = buildingID
        self.scenarioID = scenarioID
        self.classAfter = classAfter
        self.capexEUR = capexEUR
        self.primaryEnergyKWhPerM2Year = primaryEnergyKWhPerM2Year
        self.blockedByHeritage = blockedByHeritage
        self.blockedReasons = blockedReasons
        self.needsABFApproval = needsABFApproval
    }
}
