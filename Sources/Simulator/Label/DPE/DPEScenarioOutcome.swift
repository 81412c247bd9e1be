/// One measure as applied to a DPE: the elements it changed, the area its cost counts, the cost.
public struct DPEAppliedMeasure: Sendable, Hashable, Codable {
    public var measureID: String
    public var name: String
    public var kind: String
    /// The DPE's elements or systems it changed ("Mur  1 Nord, Est", "installation de chauffage 1: …").
    public var elements: [String]
    /// The area the catalogue's per-m² cost is counted on (`cost.element`), m².
    public var costAreaM2: Double
    public var capexEUR: Double
    public var lifetimeYears: Double
    /// How the catalogue's figures were used or replaced by the method's, and what a DPE cannot check.
    public var notes: [String]
}

/// A measure (or one element of it) left out, and why.
public struct DPESkippedMeasure: Sendable, Hashable, Codable {
    public var measureID: String
    /// The element left out; nil when the whole measure was.
    public var element: String?
    public var reason: String
}

/// The DPE after one scenario: the label as the method computes it, the cost, and what was applied or skipped.
public struct DPEScenarioOutcome: Sendable, Hashable, Codable {
    public var scenarioID: String
    public var name: String
    /// Whether the scenario's `apply_if` admits the dwelling (false: no works, the other fields describe the DPE as is).
    public var isApplicable: Bool
    public var notApplicableReason: String?
    /// `classe_bilan_dpe` and `classe_emission_ges`, nil when the engine failed (`failure`).
    public var energyClass: String?
    public var greenhouseGasClass: String?
    /// Five-use primary energy, kWhEP/(m²·yr); emissions, kgCO₂/(m²·yr); final energy, kWhEF/(m²·yr).
    public var primaryKWhPerM2: Double?
    public var emissionKgPerM2: Double?
    public var finalKWhPerM2: Double?
    /// GV (`deperdition_enveloppe`), W/K, and the walls' share of it (`deperdition_mur`).
    public var envelopeWPerK: Double?
    public var wallsWPerK: Double?
    /// GV by part, W/K, named as the XML's `sortie/deperdition` names them (`deperdition_mur`,
    /// `deperdition_plancher_haut`, `deperdition_pont_thermique`, `deperdition_renouvellement_air`…).
    public var lossesWPerK: [String: Double]
    /// Heating need (`besoin_ch`), kWh/yr.
    public var heatingNeedKWh: Double?
    /// Capital cost of the works, € excl. VAT.
    public var capexEUR: Double
    public var applied: [DPEAppliedMeasure]
    public var skipped: [DPESkippedMeasure]
    /// Why the engine could not compute the dwelling after works.
    public var failure: String?
}

/// Every scenario of a set applied to one DPE, after the DPE recomputed as is (`baseline`).
public struct DPEScenarioReport: Sendable, Hashable, Codable {
    public var file: String
    public var numeroDPE: String
    public var habitableAreaM2: Double
    /// The class the certified software recorded.
    public var recordedEnergyClass: String?
    public var scenarioSetFile: String
    public var scenarioSetVersion: String
    public var catalogueFile: String
    /// What a DPE cannot say and the evaluation therefore assumes (no heritage verdicts…).
    public var assumptions: [String]
    public var baseline: DPEScenarioOutcome
    public var scenarios: [DPEScenarioOutcome]

    /// The baseline, then every scenario.
    public var rows: [DPEScenarioOutcome] { [baseline] + scenarios }
}
