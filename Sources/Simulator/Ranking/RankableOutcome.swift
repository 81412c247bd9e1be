/// The fields of one (building, scenario) outcome that rankings and district summaries need.
///
/// Deliberately small and independent of the thermal model, so rankings are testable alone; the batch stores
/// these fields as the fixed columns of the results table (`ResultSchema.fixedColumns`).
public struct RankableOutcome: Sendable, Hashable, Codable {
    public var buildingId: String
    public var scenarioId: String
    /// Dwellings in the building (weights the district counts).
    public var dwellings: Int
    /// Investment cost of the scenario, EUR (0 for the do-nothing scenario).
    public var capexEUR: Double
    /// Net present value of the scenario over the analysis period (discounted savings − costs), EUR.
    /// Higher is better.
    public var npvEUR: Double
    /// Primary energy use per m² of floor area before the works, kWh/(m²·year).
    public var primaryEnergyBeforeKWhPerM2: Double
    /// Primary energy use per m² of floor area after the works, kWh/(m²·year).
    public var primaryEnergyAfterKWhPerM2: Double
    /// Primary energy saved by the whole building, kWh/year.
    public var primaryEnergySavedKWhPerYear: Double
    /// CO₂ emissions avoided, kg/year.
    public var co2AvoidedKgPerYear: Double
    public var classBefore: DPEClass
    public var classAfter: DPEClass
    /// Free-running hours above the overheating threshold after the works, in the storey with the most overheating
    /// degree-hours (usually the top one), h/year.
    public var overheatingHours: Double
    /// What the heritage rules say about the scenario on this building.
    public var heritage: HeritageStatus
    /// How much of the scenario the building got (every measure, some substituted, part, none…).
    public var application: ScenarioApplication
    /// Measures of the scenario as written (breaks exact ties on the Pareto front: the simpler scenario wins).
    public var plannedMeasures: Int

    public init(
        buildingId: String, scenarioId: String, dwellings: Int, capexEUR: Double, npvEUR: Double,
        primaryEnergyBeforeKWhPerM2: Double, primaryEnergyAfterKWhPerM2: Double,
        primaryEnergySavedKWhPerYear: Double, co2AvoidedKgPerYear: Double, classBefore: DPEClass,
        classAfter: DPEClass, overheatingHours: Double, heritage: HeritageStatus,
        application: ScenarioApplication = .full, plannedMeasures: Int = 0
    ) {
        self.application = application
        self.plannedMeasures = plannedMeasures
        self.buildingId = buildingId
        self.scenarioId = scenarioId
        self.dwellings = dwellings
        self.capexEUR = capexEUR
        self.npvEUR = npvEUR
        self.primaryEnergyBeforeKWhPerM2 = primaryEnergyBeforeKWhPerM2
        self.primaryEnergyAfterKWhPerM2 = primaryEnergyAfterKWhPerM2
        self.primaryEnergySavedKWhPerYear = primaryEnergySavedKWhPerYear
        self.co2AvoidedKgPerYear = co2AvoidedKgPerYear
        self.classBefore = classBefore
        self.classAfter = classAfter
        self.overheatingHours = overheatingHours
        self.heritage = heritage
    }

    /// The numeric fields that must be finite, by column name (for validation messages).
    var numericFields: [(String, Double)] {
        [
            ("capex_eur", capexEUR), ("npv_eur", npvEUR),
            ("primary_energy_before_kwh_per_m2", primaryEnergyBeforeKWhPerM2),
            ("primary_energy_after_kwh_per_m2", primaryEnergyAfterKWhPerM2),
            ("primary_energy_saved_kwh_per_year", primaryEnergySavedKWhPerYear),
            ("co2_avoided_kg_per_year", co2AvoidedKgPerYear), ("overheating_hours", overheatingHours),
        ]
    }

    /// The heritage verdict on a scenario for one building.
    public enum HeritageStatus: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every measure is allowed.
        case allowed
        /// Allowed subject to the approval of the Architecte des Bâtiments de France (ABF).
        case needsApproval = "needs_approval"
        /// At least one measure is forbidden on this building: the scenario cannot be carried out.
        case blocked
    }
}
