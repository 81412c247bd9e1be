/// The measure kinds understood by the heritage rules.
///
/// TODO(lead): switch to the heritage helper's `MeasureKind` enum once merged; these strings are its raw values.
public enum MeasureKinds {
    public static let all: [String] = [
        "external-wall-insulation", "internal-wall-insulation", "attic-floor-insulation", "roof-insulation-outside",
        "floor-insulation", "window-pvc", "window-wood-double", "secondary-glazing", "draught-proofing", "shutters",
        "ventilation-humidity-extract", "ventilation-mvhr", "heat-pump-outdoor-unit", "boiler-flue", "solar-panels",
        "roof-windows", "render-change",
    ]

    /// Kinds whose heritage verdict depends on the façade they touch: asked once per exposed façade.
    public static let perFacade: Set<String> = [
        "external-wall-insulation", "internal-wall-insulation", "window-pvc", "window-wood-double",
        "secondary-glazing", "draught-proofing", "shutters", "render-change",
    ]

    /// Kinds placed on one façade of the owner's choice (the best verdict among the exposed façades is used).
    public static let onOneFacade: Set<String> = ["heat-pump-outdoor-unit", "boiler-flue"]
}
