/// The technology of a boiler (BDNB `generateur_chauffage` "chaudiere gaz standard / basse temperature /
/// condensation"): the 3CL method gives each its own generation efficiency.
public enum BoilerType: String, Sendable, Codable, CaseIterable {
    case standard
    case lowTemperature = "low-temperature"
    case condensing
}
