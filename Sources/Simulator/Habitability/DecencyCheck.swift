import Foundation

/// Physical decency of a dwelling (décret 2002-120, art. 4; domain.md §2): at least one main room of ≥ 9 m² with a
/// ceiling ≥ 2.20 m, or a volume ≥ 20 m³.
///
/// With stock data only the dwelling's area and storey height are known, so this checks the dwelling as a whole:
/// area ≥ 9 m² and clear height ≥ 2.20 m, or area × clear height ≥ 20 m³. Clear height = storey height − floor
/// thickness (`EnvelopeDefaults.floorThicknessM`, estimate). A pass is necessary, not sufficient, for decency.
public struct DecencyCheck: Sendable, Hashable {
    public static let minimumRoomAreaM2 = 9.0
    public static let minimumCeilingHeightM = 2.20
    public static let minimumVolumeM3 = 20.0

    public var floorAreaM2: Double
    public var clearHeightM: Double
    public var passes: Bool
    /// Why it fails (nil when it passes).
    public var failure: String?

    public init(floorAreaM2: Double, storeyHeightM: Double,
                floorThicknessM: Double = EnvelopeDefaults.floorThicknessM) {
        self.floorAreaM2 = floorAreaM2
        clearHeightM = storeyHeightM - floorThicknessM
        let byRoom = floorAreaM2 >= Self.minimumRoomAreaM2 && clearHeightM >= Self.minimumCeilingHeightM
        let byVolume = floorAreaM2 * clearHeightM >= Self.minimumVolumeM3
        passes = byRoom || byVolume
        failure = passes ? nil : String(
            format: "%.1f m² × %.2f m clear height: no room of 9 m² under 2.20 m and volume %.1f m³ < 20 m³",
            floorAreaM2, clearHeightM, floorAreaM2 * clearHeightM)
    }
}
