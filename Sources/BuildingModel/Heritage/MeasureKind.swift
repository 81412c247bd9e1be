/// A kind of retrofit measure, as named in heritage rule files (YAML) and by the scenario sets.
///
/// The raw values are a public, stable vocabulary: rule files and scenario files refer to measures by them, and
/// `docs/heritage-rules.md` lists them. Add cases; never rename one.
public enum MeasureKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// External wall insulation (ETICS or insulated render on the outside face).
    case externalWallInsulation = "external-wall-insulation"
    /// Internal wall insulation (vapour-open, capillary-active insulants on old walls; domain.md §4).
    case internalWallInsulation = "internal-wall-insulation"
    /// Insulation laid on the attic floor (top-storey ceiling).
    case atticFloorInsulation = "attic-floor-insulation"
    /// Roof insulation from the outside (sarking): tiles taken off and re-laid.
    case roofInsulationOutside = "roof-insulation-outside"
    /// Ground-floor insulation (from below or on top of the slab/joists).
    case floorInsulation = "floor-insulation"
    /// Window replacement with PVC double-glazed frames.
    case windowReplacementPVC = "window-replacement-pvc"
    /// Window replacement with wood double-glazed frames.
    case windowReplacementWood = "window-replacement-wood"
    /// Secondary glazing (a second window inside the existing one).
    case secondaryGlazing = "secondary-glazing"
    /// Draught-proofing of windows and doors (seals).
    case draughtProofing = "draught-proofing"
    /// New or restored shutters.
    case shutters
    /// Airtightness works (sealing of junctions, floors, service penetrations) inside the building.
    case airtightness
    /// Humidity-controlled mechanical extract ventilation (VMC hygroréglable).
    case ventilationHumidityControlled = "ventilation-humidity-controlled"
    /// Mechanical ventilation with heat recovery (VMC double flux).
    case ventilationMVHR = "ventilation-mvhr"
    /// Outdoor unit of an air-source heat pump.
    case heatPumpOutdoorUnit = "heat-pump-outdoor-unit"
    /// Boiler replacement (gas condensing, pellets) and its flue outlet through the wall.
    case boilerFlue = "boiler-flue"
    /// Solar panels (thermal or photovoltaic) on the roof.
    case solarPanels = "solar-panels"
    /// Roof windows (skylights) in the roof slope.
    case roofWindows = "roof-windows"
    /// A change of the façade render (new render, colour, material).
    case renderChange = "render-change"

    /// Whether the measure is judged façade by façade (it changes or sits on one wall) rather than once for
    /// the building (roof, floors, inside systems).
    public var isFacadeBound: Bool {
        switch self {
        case .externalWallInsulation, .internalWallInsulation, .windowReplacementPVC, .windowReplacementWood,
             .secondaryGlazing, .draughtProofing, .shutters, .heatPumpOutdoorUnit, .boilerFlue, .renderChange:
            true
        case .atticFloorInsulation, .roofInsulationOutside, .floorInsulation, .airtightness,
             .ventilationHumidityControlled, .ventilationMVHR, .solarPanels, .roofWindows:
            false
        }
    }

    /// Order of declaration (the order of the tables), not alphabetical.
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
