/// Which method gave a result's DPE class (the results' `label_method` column).
public enum LabelMethod: String, Sendable, Hashable, Codable, CaseIterable {
    /// The French official method, computed by the `ThreeCL` engine from the building's envelope and systems
    /// (`ThreeCLLabeler`): what `renovate simulate` uses.
    case threeCL2021 = "3CL-DPE 2021"
    /// The hourly model's heating and cooling needs (and the conventional hot-water need) converted with the
    /// envelope's seasonal efficiencies and the DPE's conversion factors (`EnergyBalance`): the evaluator's default
    /// when no 3CL label is given.
    case hourlyNeeds = "hourly needs + DPE factors"
}
