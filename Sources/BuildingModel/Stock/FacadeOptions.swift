/// Parameters of the façade analysis, with the defaults used by `renovate facades`.
public struct FacadeOptions: Sendable, Hashable, Codable {
    /// Two walls closer than this (metres) are one party wall: digitising gaps between footprints that share
    /// a wall are typically a few centimetres, while the narrowest real passages (venelles) are ≥ 0.5 m.
    public var partyWallToleranceM: Double
    /// Largest angle (degrees) between a wall and a neighbour's wall for them to count as one party wall.
    /// Walls meeting at a corner (≈ 90°) never share length, whatever the tolerance.
    public var maxPartyWallAngleDeg: Double
    /// How far (metres) a façade looks for the building in front of it.
    public var obstructionRangeM: Double

    public init(partyWallToleranceM: Double = 0.3, maxPartyWallAngleDeg: Double = 20, obstructionRangeM: Double = 50) {
        self.partyWallToleranceM = partyWallToleranceM
        self.maxPartyWallAngleDeg = maxPartyWallAngleDeg
        self.obstructionRangeM = obstructionRangeM
    }
}
