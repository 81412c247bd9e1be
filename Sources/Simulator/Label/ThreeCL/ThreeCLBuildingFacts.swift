import BuildingModel

/// What the 3CL mapping needs to know about a building besides its `Envelope`: its age (the method's default
/// tables are by construction period) and the stock's own constructions, so that an element still as the stock
/// described it is given to the method by its attributes (material, thickness, floor and ceiling type), and an
/// element a measure has replaced by its U-value.
public struct ThreeCLBuildingFacts: Sendable, Hashable {
    public var period: ConstructionPeriod
    public var constructionYear: Int?
    public var roof: RoofKind
    public var windows: WindowKind
    public var heating: HeatingSystem
    /// The boiler's technology when the source names it.
    public var boiler: BoilerType?
    /// Whether the envelope is one storey's flats (`Envelope.storey`) labelled as a flat's DPE (application methods
    /// 2 and 3 for one flat) rather than a building's.
    public var labelsAFlat = false
    /// The envelope's values before any measure, as `Envelope(building:facades:)` derives them: a measure that sets
    /// a U-value replaces these; one that adds insulation keeps them and adds layers.
    public var stockWallUValueWPerM2K: Double
    public var stockRoofUValueWPerM2K: Double
    public var stockGroundFloorUValueWPerM2K: Double
    public var stockQ4PaM3PerHM2: Double

    public init(building b: Building) {
        period = b.period
        constructionYear = b.constructionYear
        roof = b.roof
        windows = b.windows
        heating = b.heating
        boiler = b.boiler
        stockWallUValueWPerM2K = EnvelopeDefaults.wallUValueWPerM2K(material: b.wallMaterial, thicknessM: b.wallThicknessM)
        stockRoofUValueWPerM2K = EnvelopeDefaults.roof(b.roof).uValueWPerM2K
        stockGroundFloorUValueWPerM2K = EnvelopeDefaults.groundFloorUValueWPerM2K
        stockQ4PaM3PerHM2 = EnvelopeDefaults.q4PaM3PerHM2(period: b.period, dwellings: b.dwellings)
    }

    /// ADEME `enum_periode_construction_id`. The stock's periods are coarser than the method's where they straddle
    /// its limits (1975–1988, 1989–2005, after 2012): the construction year picks the method's period when known;
    /// otherwise the earliest of the method's periods inside the stock's one (the least insulated: the label is not
    /// flattered by an unknown date).
    public var constructionPeriodId: Int {
        switch period {
        case .before1915, .from1915To1948: return 1
        case .from1949To1974: return 2
        case .from1975To1988:
            guard let y = constructionYear else { return 3 }
            return y <= 1977 ? 3 : y <= 1982 ? 4 : 5
        case .from1989To2005:
            guard let y = constructionYear else { return 6 }
            return y <= 2000 ? 6 : 7
        case .from2006To2012: return 8
        case .after2012:
            guard let y = constructionYear else { return 9 }
            return y <= 2021 ? 9 : 10
        }
    }
}
