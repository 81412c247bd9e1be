/// Which side of a wall an insulation layer is on.
public enum InsulationSide: String, Sendable, Codable, CaseIterable {
    case `internal`, external
}

/// The hygric character of an insulant, which decides the moisture risk of internal insulation
/// (RIBuild D4.x guidelines; Historic England, "Energy Efficiency and Historic Buildings: Insulating solid walls", 2016).
public struct Insulant: Sendable, Hashable, Codable {
    /// Material name (free text: "wood fibre", "hemp-lime", "expanded polystyrene"…).
    public var material: String
    /// Whether it lets water vapour through (vapour diffusion resistance factor μ roughly ≤ 10).
    public var isVapourOpen: Bool
    /// Whether it redistributes liquid water by capillarity (wood fibre, calcium silicate, hemp-lime, cork-lime).
    public var isCapillaryActive: Bool
    /// Layer thickness, mm.
    public var thicknessMM: Double
    /// Thermal conductivity λ, W/(m·K).
    public var conductivityWPerMK: Double

    public init(material: String, isVapourOpen: Bool, isCapillaryActive: Bool, thicknessMM: Double,
                conductivityWPerMK: Double) {
        self.material = material
        self.isVapourOpen = isVapourOpen
        self.isCapillaryActive = isCapillaryActive
        self.thicknessMM = thicknessMM
        self.conductivityWPerMK = conductivityWPerMK
    }

    /// Thermal resistance of the layer, m²·K/W (thickness / λ).
    public var resistanceM2KPerW: Double { thicknessMM / 1000 / conductivityWPerMK }
}

/// An insulation layer added to a wall by a measure.
public struct InsulationLayer: Sendable, Hashable, Codable {
    public var side: InsulationSide
    /// Added thermal resistance, m²·K/W.
    public var addedResistanceM2KPerW: Double
    /// The insulant, when the measure describes it (needed for the moisture rule of internal insulation).
    public var insulant: Insulant?
    /// The measure that added the layer.
    public var measureID: String

    public init(side: InsulationSide, addedResistanceM2KPerW: Double, insulant: Insulant?, measureID: String) {
        self.side = side
        self.addedResistanceM2KPerW = addedResistanceM2KPerW
        self.insulant = insulant
        self.measureID = measureID
    }
}
