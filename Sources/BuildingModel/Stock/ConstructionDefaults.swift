/// Defaults for attributes a source does not give, with where each comes from. Every value taken from here
/// is recorded in `Building.assumed`.
///
/// Sources: wall kinds and thicknesses by period follow the DPE default-value table for old walls
/// (docs/domain.md §4, 3CL-DPE 2021: stone rubble 50–80 cm, solid brick 23/34/45 cm). The storey height,
/// net-to-gross ratio and dwelling size are renovate assumptions, marked "check" in docs/stock-input.md.
public struct ConstructionDefaults: Sendable, Hashable {
    /// Period used when the source gives neither a year nor a period. `.before1915` suits a historic centre.
    public var period: ConstructionPeriod
    /// Floor-to-floor height used to derive storeys from height and height from storeys, metres.
    public var storeyHeightM: Double
    /// Storeys assumed when neither height nor storeys is given.
    public var storeys: Int
    /// Habitable (net) floor area as a share of the gross floor area.
    public var netToGrossRatio: Double
    /// Mean dwelling size used to derive the number of dwellings from floor area, m² habitable.
    public var dwellingAreaM2: Double
    public var heating: HeatingSystem
    public var roof: RoofKind
    public var windows: WindowKind
    /// Glazed share of the façade (0–1).
    public var windowToWallRatio: Double

    public init(
        period: ConstructionPeriod = .before1915, storeyHeightM: Double = 3.0, storeys: Int = 3,
        netToGrossRatio: Double = 0.8, dwellingAreaM2: Double = 60, heating: HeatingSystem = .electricConvector,
        roof: RoofKind = .pitchedUninsulated, windows: WindowKind = .woodSingle, windowToWallRatio: Double = 0.2
    ) {
        self.period = period
        self.storeyHeightM = storeyHeightM
        self.storeys = storeys
        self.netToGrossRatio = netToGrossRatio
        self.dwellingAreaM2 = dwellingAreaM2
        self.heating = heating
        self.roof = roof
        self.windows = windows
        self.windowToWallRatio = windowToWallRatio
    }

    /// Defaults for a French historic town centre (the documented default).
    public static let historicCentre = ConstructionDefaults()

    /// Typical main wall of a period (docs/domain.md §4: rubble stone before 1915, solid brick 1915–1948,
    /// concrete or concrete block after).
    public func wallMaterial(for period: ConstructionPeriod) -> WallMaterial {
        switch period {
        case .before1915: .stoneRubble
        case .from1915To1948: .solidBrick
        default: .concrete
        }
    }

    /// Typical thickness of a wall kind, metres (docs/domain.md §4: rubble 50–80 cm → 60 cm; solid brick
    /// 34 cm, the middle of 23/34/45; timber frame with infill 20 cm; concrete 20 cm; unknown 40 cm).
    public func wallThicknessM(for material: WallMaterial) -> Double {
        switch material {
        case .stoneRubble, .stoneDressed: 0.60
        case .solidBrick: 0.34
        case .timberFrame: 0.20
        case .concrete: 0.20
        case .unknown: 0.40
        }
    }

    /// Storeys derived from a height: `max(1, round(height / storeyHeightM))`.
    /// A height under half a storey (a 1 m shed) gives one storey, not the limit; a height beyond the limit's
    /// storeys gives the limit.
    public func storeys(forHeightM h: Double) -> Int {
        max(1, CheckedInteger.rounded(h / storeyHeightM, in: 0...InputLimits.storeys.upperBound) ?? InputLimits.storeys.upperBound)
    }

    /// Floor-to-floor heights a source's height and storeys may imply without being flagged as contradictory, metres.
    public static let plausibleStoreyHeightsM = 2.0...5.0

    /// Dwellings of a building whose source does not count them: none in a non-residential building, one in a house;
    /// otherwise the habitable area over `dwellingAreaM2` (at least one), or the gross floor area
    /// (`dwellings(forGrossFloorAreaM2:)`) when the habitable area is unknown.
    public func dwellings(use: BuildingUse?, habitableAreaM2: Double?, grossFloorAreaM2: Double) -> Int {
        switch use {
        case .nonResidential?: return 0
        case .house?: return 1
        default:
            guard let h = habitableAreaM2 else { return dwellings(forGrossFloorAreaM2: grossFloorAreaM2) }
            return max(1, CheckedInteger.rounded(h / dwellingAreaM2, in: InputLimits.dwellings) ?? InputLimits.dwellings.upperBound)
        }
    }

    /// Dwellings derived from gross floor area: `round(gross × netToGrossRatio / dwellingAreaM2)`
    /// (0 for small annexes under about half a dwelling).
    public func dwellings(forGrossFloorAreaM2 a: Double) -> Int {
        max(0, CheckedInteger.rounded(a * netToGrossRatio / dwellingAreaM2, in: InputLimits.dwellings)
                ?? InputLimits.dwellings.upperBound)
    }
}
