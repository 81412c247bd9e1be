import BuildingModel

extension MeasureKind {
    /// Whether the measure is placed on one façade of the owner's choice (an outdoor unit, a flue outlet): the
    /// scenario applier asks every exposed façade and keeps the best verdict, instead of applying the measure to
    /// each façade.
    public var isPlacedOnOneFacade: Bool {
        switch self {
        case .heatPumpOutdoorUnit, .boilerFlue: true
        default: false
        }
    }

    /// Whether the scenario applier applies the measure façade by façade (a verdict per exposed façade): the
    /// façade-bound kinds (`isFacadeBound`) except those placed on one façade.
    public var isAppliedPerFacade: Bool { isFacadeBound && !isPlacedOnOneFacade }
}
