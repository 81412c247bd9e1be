/// What a measure changes in an `Envelope`. Every field is optional; a measure sets only what it touches.
public struct MeasureEffects: Sendable, Hashable, Codable {
    /// Insulation added to the walls of the façades the measure applies to.
    public var wallAddedResistanceM2KPerW: Double?
    /// Side of the wall insulation.
    public var wallSide: InsulationSide?
    /// New wall U-value (replaces the wall), W/(m²·K).
    public var wallUValueWPerM2K: Double?
    public var roofAddedResistanceM2KPerW: Double?
    public var roofUValueWPerM2K: Double?
    public var floorAddedResistanceM2KPerW: Double?
    public var floorUValueWPerM2K: Double?
    /// New window U-value, W/(m²·K) (replacement, or the combined value with secondary glazing).
    public var windowUwWPerM2K: Double?
    public var windowGValue: Double?
    public var windowFrameFraction: Double?
    /// Adds shutters to the windows of the façades.
    public var addsShutters: Bool
    /// New air leakage Q4Pa, m³/(h·m²) (only if lower than the current one).
    public var q4PaM3PerHM2: Double?
    public var ventilation: Ventilation?
    public var heating: HeatingSpec?

    public init(wallAddedResistanceM2KPerW: Double? = nil, wallSide: InsulationSide? = nil,
                wallUValueWPerM2K: Double? = nil, roofAddedResistanceM2KPerW: Double? = nil,
                roofUValueWPerM2K: Double? = nil, floorAddedResistanceM2KPerW: Double? = nil,
                floorUValueWPerM2K: Double? = nil, windowUwWPerM2K: Double? = nil, windowGValue: Double? = nil,
                windowFrameFraction: Double? = nil, addsShutters: Bool = false, q4PaM3PerHM2: Double? = nil,
                ventilation: Ventilation? = nil, heating: HeatingSpec? = nil) {
        self.wallAddedResistanceM2KPerW = wallAddedResistanceM2KPerW
        self.wallSide = wallSide
        self.wallUValueWPerM2K = wallUValueWPerM2K
        self.roofAddedResistanceM2KPerW = roofAddedResistanceM2KPerW
        self.roofUValueWPerM2K = roofUValueWPerM2K
        self.floorAddedResistanceM2KPerW = floorAddedResistanceM2KPerW
        self.floorUValueWPerM2K = floorUValueWPerM2K
        self.windowUwWPerM2K = windowUwWPerM2K
        self.windowGValue = windowGValue
        self.windowFrameFraction = windowFrameFraction
        self.addsShutters = addsShutters
        self.q4PaM3PerHM2 = q4PaM3PerHM2
        self.ventilation = ventilation
        self.heating = heating
    }

    /// Whether the measure touches walls or windows (applied façade by façade).
    public var touchesFacades: Bool {
        wallAddedResistanceM2KPerW != nil || wallUValueWPerM2K != nil || windowUwWPerM2K != nil
            || windowGValue != nil || addsShutters
    }

    /// Whether the measure only adds insulation or tightness (never raises a U-value or the air leakage by itself).
    public var onlyAddsInsulation: Bool {
        wallUValueWPerM2K == nil && roofUValueWPerM2K == nil && floorUValueWPerM2K == nil && windowUwWPerM2K == nil
            && ventilation == nil && heating == nil
    }
}
