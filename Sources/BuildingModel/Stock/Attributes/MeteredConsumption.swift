/// Metered yearly consumptions of a building (BDNB "données locales de l'énergie", kWh of final energy per year):
/// what the building really used, not a conventional figure.
public struct MeteredConsumption: Sendable, Hashable, Codable {
    public var gasKWh: Double?
    public var electricityKWh: Double?

    public init(gasKWh: Double? = nil, electricityKWh: Double? = nil) {
        self.gasKWh = gasKWh
        self.electricityKWh = electricityKWh
    }
}
