/// Where the "before works" label of a building comes from (`simulate --baseline`).
public enum LabelBaseline: String, Sendable, Hashable, Codable, CaseIterable {
    /// renovate's own label (the 3CL engine on the stock's attributes): every building alike.
    case predicted
    /// The building's real label when it carries one of today's method (2021 scale): the class a planner can
    /// check on the ground. Scenarios move it by what the engine predicts they save (`ObservedLabelAnchor`).
    case observed
}
