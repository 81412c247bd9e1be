/// Heating and cooling needs of one storey over a year.
public struct StoreyNeeds: Sendable, Hashable {
    public var heatingNeedKWh: Double
    public var coolingNeedKWh: Double
    /// Hourly operative temperatures in free float (8760 values from 1 January 00:00), when the model makes them.
    public var freeFloatOperativeTemperaturesC: [Double]?
    /// Summer overheating in free float, when the model computes it inside its run (no hourly array kept).
    /// The Evaluator prefers it to `freeFloatOperativeTemperaturesC`.
    public var overheating: OverheatingMetrics?

    public init(heatingNeedKWh: Double, coolingNeedKWh: Double, freeFloatOperativeTemperaturesC: [Double]? = nil,
                overheating: OverheatingMetrics? = nil) {
        self.heatingNeedKWh = heatingNeedKWh
        self.coolingNeedKWh = coolingNeedKWh
        self.freeFloatOperativeTemperaturesC = freeFloatOperativeTemperaturesC
        self.overheating = overheating
    }
}

/// What the thermal model provides to the evaluation: yearly needs per storey (ground storey first).
///
/// `HourlyNeedModel` (5R1C, ISO 13790) is the model used for results; `DegreeHourNeedModel` is a steady-state
/// stand-in for quick tests.
public protocol NeedModel: Sendable {
    func needs(for envelope: Envelope) throws -> [StoreyNeeds]

    /// What the needs of an envelope depend on: two envelopes with equal keys must get equal needs, so that a
    /// batch may reuse them (`NeedCache`). Default: the whole envelope.
    func needKey(for envelope: Envelope) -> AnyHashable
}

extension NeedModel {
    public func needKey(for envelope: Envelope) -> AnyHashable { AnyHashable(envelope) }
}

/// Steady-state stand-in: heating need = H × heating degree-hours, per storey; no cooling, no temperatures.
///
/// Q = H·DH/1000 kWh (EN ISO 13790 §7 seasonal method without gains, the gains being folded into a base
/// temperature below the 19 °C set-point). Default 48,000 K·h = 2,000 K·day base 18 °C, an **estimate** of the
/// order of Cahors' heating degree-days; for tests and for ranking until the hourly model is plugged in.
public struct DegreeHourNeedModel: NeedModel {
    public var heatingDegreeHoursKh: Double
    public init(heatingDegreeHoursKh: Double = 48_000) { self.heatingDegreeHoursKh = heatingDegreeHoursKh }

    public func needs(for envelope: Envelope) -> [StoreyNeeds] {
        envelope.storeys.indices.map {
            StoreyNeeds(heatingNeedKWh: envelope.heatLossCoefficientWPerK(storey: $0) * heatingDegreeHoursKh / 1000,
                        coolingNeedKWh: 0)
        }
    }
}
