/// How a building makes its hot water, when the source says (BDNB `generateur_ecs`). Without it the simulator
/// takes the heating's boiler for a gas or oil boiler and an electric storage heater otherwise.
public enum HotWaterSystem: String, Sendable, Codable, CaseIterable {
    /// An electric storage water heater (ballon à effet Joule).
    case electricStorage = "electric-storage"
    /// The heating's own boiler (gas, oil, wood), a combination boiler.
    case heatingBoiler = "heating-boiler"
    /// A gas water heater of its own (chauffe-eau gaz instantané).
    case gasWaterHeater = "gas-water-heater"
    /// A thermodynamic (heat-pump) water heater.
    case heatPump = "heat-pump"
    /// The district heating network.
    case districtHeat = "district-heat"
    /// Solar water heating with an electric back-up.
    case solar
}
