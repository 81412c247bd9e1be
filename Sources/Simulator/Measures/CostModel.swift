/// The element whose area a per-m² cost is counted on.
public enum CostElement: String, Sendable, Codable, CaseIterable {
    /// Opaque wall area of the façades the measure is applied to.
    case wall
    /// Window area of the façades the measure is applied to.
    case window
    case roof
    case floor
    /// Reference (habitable) area of the building.
    case habitable
}

/// The unit a per-unit cost is counted on.
public enum CostUnit: String, Sendable, Codable, CaseIterable {
    case dwelling, building, facade
}

/// How much a measure costs, excl. VAT: a sum of independent terms.
public struct CostModel: Sendable, Hashable, Codable {
    public var eurPerM2: Double
    public var element: CostElement?
    public var eurPerUnit: Double
    public var unit: CostUnit?
    /// Per kW of design heat load (heating equipment), €/kW.
    public var eurPerKW: Double
    public var eurFixed: Double

    public init(eurPerM2: Double = 0, element: CostElement? = nil, eurPerUnit: Double = 0, unit: CostUnit? = nil,
                eurPerKW: Double = 0, eurFixed: Double = 0) {
        self.eurPerM2 = eurPerM2
        self.element = element
        self.eurPerUnit = eurPerUnit
        self.unit = unit
        self.eurPerKW = eurPerKW
        self.eurFixed = eurFixed
    }

    /// Capital cost, € = €/m² × area + €/unit × units + €/kW × kW + fixed.
    public func capexEUR(elementAreaM2: Double, units: Double, designHeatLoadKW: Double) -> Double {
        eurPerM2 * elementAreaM2 + eurPerUnit * units + eurPerKW * designHeatLoadKW + eurFixed
    }
}
