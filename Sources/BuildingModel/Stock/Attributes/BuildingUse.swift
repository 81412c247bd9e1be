/// What a building is used for, as far as the label is concerned: a house (one dwelling), a building of
/// apartments, or not housing at all (shops, offices, annexes, churches…), which holds no dwelling.
public enum BuildingUse: String, Sendable, Codable, CaseIterable {
    case house
    case apartments
    case nonResidential = "non-residential"

    /// Whether the building holds dwellings.
    public var isResidential: Bool { self != .nonResidential }
}
