/// Everything §3 to §7 need about the envelope and the ventilation of a dwelling, element by element, with the
/// attributes the method selects its table rows from (so that a scenario can change them).
public struct EnvelopeInput: Sendable, Hashable, Codable {
    public var walls: [WallInput]
    public var lowFloors: [LowFloorInput]
    public var highFloors: [HighFloorInput]
    public var windows: [WindowInput]
    public var doors: [DoorInput]
    public var thermalBridges: [ThermalBridgeInput]
    public var ventilations: [VentilationInput]
    public var bufferSpaces: [BufferSpaceInput]
    public var inertia: InertiaInput
    /// Whether the dwelling is heated by Joule effect (direct electric): selects the `effet_joule` rows of the default
    /// U tables (§3.2).
    public var jouleHeating: Bool

    public init(
        walls: [WallInput] = [], lowFloors: [LowFloorInput] = [], highFloors: [HighFloorInput] = [],
        windows: [WindowInput] = [], doors: [DoorInput] = [], thermalBridges: [ThermalBridgeInput] = [],
        ventilations: [VentilationInput] = [], bufferSpaces: [BufferSpaceInput] = [], inertia: InertiaInput,
        jouleHeating: Bool = false
    ) {
        self.walls = walls
        self.lowFloors = lowFloors
        self.highFloors = highFloors
        self.windows = windows
        self.doors = doors
        self.thermalBridges = thermalBridges
        self.ventilations = ventilations
        self.bufferSpaces = bufferSpaces
        self.inertia = inertia
        self.jouleHeating = jouleHeating
    }
}
