/// A real DPE label carried by a building in its source (BDNB `etiquette_energie_dpe`, `classe_bilan_dpe`…): what a
/// diagnostician's software gave, kept beside the class renovate predicts.
public struct ObservedLabel: Sendable, Hashable, Codable {
    /// The energy class, "A"…"G".
    public var energyClass: String
    /// The greenhouse-gas class, "A"…"G", when given.
    public var greenhouseGasClass: String?
    /// Primary energy, kWh/(m²·yr), when given.
    public var primaryEnergyKWhPerM2: Double?
    /// Emissions, kgCO₂eq/(m²·yr), when given.
    public var greenhouseGasKgPerM2: Double?
    /// The method and class scale the label was issued under.
    public var scale: LabelScale
    /// Whether `scale` was inferred from the values (no date or DPE type in the source).
    public var scaleInferred: Bool
    /// `date_etablissement_dpe`, "YYYY-MM-DD", when given.
    public var date: String?
    /// Whether the label is a whole building's (DPE immeuble, BDNB "Logements collectifs") rather than one
    /// dwelling's (a flat or a house).
    public var coversBuilding: Bool

    public init(energyClass: String, greenhouseGasClass: String? = nil, primaryEnergyKWhPerM2: Double? = nil,
                greenhouseGasKgPerM2: Double? = nil, scale: LabelScale, scaleInferred: Bool = false,
                date: String? = nil, coversBuilding: Bool = false) {
        self.energyClass = energyClass
        self.greenhouseGasClass = greenhouseGasClass
        self.primaryEnergyKWhPerM2 = primaryEnergyKWhPerM2
        self.greenhouseGasKgPerM2 = greenhouseGasKgPerM2
        self.scale = scale
        self.scaleInferred = scaleInferred
        self.date = date
        self.coversBuilding = coversBuilding
    }

    /// The class letters, best first.
    public static let letters = ["A", "B", "C", "D", "E", "F", "G"]
}

/// The two DPE methods a real label can come from. Their classes are not interchangeable: the same dwelling can
/// be E under one and G under the other.
public enum LabelScale: String, Sendable, Codable, CaseIterable {
    /// Arrêté of 8 February 2012 (DPE before 1 July 2021): the class is set by primary energy alone (three uses:
    /// heating, hot water, cooling; electricity counted 2.58), limits 50/90/150/230/330/450 kWh/(m²·yr).
    case arrete2012 = "2012"
    /// Arrêtés of 31 March 2021 (DPE from 1 July 2021): the worse of the primary-energy class (five uses) and the
    /// emissions class, limits 70/110/180/250/330/420 and 6/11/30/50/70/100.
    case arrete2021 = "2021"

    /// The first day of the 2021 method.
    public static let arrete2021From = "2021-07-01"

    /// The scale of a label issued on `date` ("YYYY-MM-DD…").
    public init(issuedOn date: String) {
        self = date.prefix(10) < Self.arrete2021From ? .arrete2012 : .arrete2021
    }

    /// The primary-energy class limits (upper bound of A…F, kWh/(m²·yr)).
    public var primaryEnergyLimits: [Double] {
        switch self {
        case .arrete2012: [50, 90, 150, 230, 330, 450]
        case .arrete2021: [70, 110, 180, 250, 330, 420]
        }
    }

    /// The emissions class limits of the 2021 method (upper bound of A…F, kgCO₂eq/(m²·yr)); the 2012 class did not
    /// depend on emissions.
    public static let greenhouseGasLimits2021: [Double] = [6, 11, 30, 50, 70, 100]

    /// The class (0 = A … 6 = G) this scale gives to values: primary energy alone (2012), the worse of the two
    /// (2021; primary energy alone when the emissions are unknown). Ignores the 2021 small-surface and altitude
    /// adjustments, which a stock record cannot apply.
    public func classIndex(primaryEnergyKWhPerM2 ep: Double, greenhouseGasKgPerM2 ghg: Double?) -> Int {
        let e = Self.index(ep, primaryEnergyLimits)
        guard self == .arrete2021, let ghg else { return e }
        return max(e, Self.index(ghg, Self.greenhouseGasLimits2021))
    }

    public static func index(_ value: Double, _ limits: [Double]) -> Int {
        limits.firstIndex { value <= $0 } ?? limits.count
    }

    /// The scales whose classes agree with a label's letter and values (empty when neither does).
    public static func consistent(energyClass: String, primaryEnergyKWhPerM2 ep: Double,
                                  greenhouseGasKgPerM2 ghg: Double?) -> [LabelScale] {
        guard let i = ObservedLabel.letters.firstIndex(of: energyClass) else { return [] }
        return allCases.filter { $0.classIndex(primaryEnergyKWhPerM2: ep, greenhouseGasKgPerM2: ghg) == i }
    }
}
