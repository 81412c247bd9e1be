/// One storey of the heated volume (often one dwelling in a narrow town house).
public struct StoreyGeometry: Sendable, Hashable, Codable {
    /// 0 = ground storey.
    public var index: Int
    /// Height of the storey floor above ground, m.
    public var bottomM: Double
    /// Floor-to-floor height, m.
    public var heightM: Double
    /// Gross floor area (footprint), m².
    public var grossFloorAreaM2: Double
    /// Habitable (reference) area: footprint minus the walls' footprint, m² (used for the DPE per m²).
    public var referenceAreaM2: Double
    /// Whether the storey's floor is on the ground (or over a cellar).
    public var isOnGround: Bool
    /// Whether the storey is under the roof.
    public var isUnderRoof: Bool

    public init(index: Int, bottomM: Double, heightM: Double, grossFloorAreaM2: Double, referenceAreaM2: Double,
                isOnGround: Bool, isUnderRoof: Bool) {
        self.index = index
        self.bottomM = bottomM
        self.heightM = heightM
        self.grossFloorAreaM2 = grossFloorAreaM2
        self.referenceAreaM2 = referenceAreaM2
        self.isOnGround = isOnGround
        self.isUnderRoof = isUnderRoof
    }

    /// Heated air volume, m³ (reference area × storey height).
    public var volumeM3: Double { referenceAreaM2 * heightM }
}
