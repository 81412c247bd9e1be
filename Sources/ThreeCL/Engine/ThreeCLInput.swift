/// Everything the 3CL-DPE method reads about one dwelling (or one building for a building DPE): the whole input
/// of `ThreeCLEngine.compute`. Built from an ADEME DPE XML (`init(document:)`) or, for a stock building, from its
/// attributes; a retrofit scenario edits a copy.
public struct ThreeCLInput: Sendable, Hashable, Codable {
    public var dwelling: DwellingDescription
    public var envelope: EnvelopeInput
    public var heating: HeatingInput
    public var hotWater: HotWaterInput
    public var cooling: CoolingInput
    /// The date the label is computed for ("YYYY-MM-DD"): it chooses the electricity conversion factor, the
    /// district-heating year and whether the small-surface class limits apply. Nil: electricity 2.3 (before 2026)
    /// and the small-surface limits (see `PrimaryEnergyFactors.inForce`, `EnergyClasses`); a batch passes its date.
    public var labelDate: String?

    public init(
        dwelling: DwellingDescription, envelope: EnvelopeInput, heating: HeatingInput, hotWater: HotWaterInput,
        cooling: CoolingInput, labelDate: String?
    ) {
        self.dwelling = dwelling
        self.envelope = envelope
        self.heating = heating
        self.hotWater = hotWater
        self.cooling = cooling
        self.labelDate = labelDate
    }
}

extension ThreeCLInput {
    /// The input of an ADEME DPE document: its `donnee_entree` only (the recorded intermediate values and outputs
    /// are not read, except where the method lets a diagnostician enter a value).
    public init(document: ADEMEDocument) throws(ThreeCLError) {
        let d = document.dwelling
        self.init(
            dwelling: d, envelope: try EnvelopeInput(ademe: document.logement, dwelling: d),
            heating: try HeatingInput(ademe: document.logement, dwelling: d),
            hotWater: try HotWaterInput(ademe: document.logement), cooling: try CoolingInput(ademe: document.logement),
            labelDate: document.establishedOn)
    }
}
