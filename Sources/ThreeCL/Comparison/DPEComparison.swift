/// One DPE recomputed by the engine beside what the certified software recorded.
public struct DPEComparison: Sendable, Codable {
    /// One quantity, both ways.
    public struct Line: Sendable, Codable, Hashable {
        public var quantity: DPEQuantity
        public var computed: Double?
        public var recorded: Double?

        /// (computed − recorded) / recorded; nil when either is missing or the recorded value is 0.
        public var relativeDifference: Double? {
            guard let c = computed, let r = recorded, r != 0 else { return nil }
            return (c - r) / abs(r)
        }

        /// |computed − recorded|, for quantities whose recorded value is 0.
        public var absoluteDifference: Double? {
            guard let c = computed, let r = recorded else { return nil }
            return abs(c - r)
        }
    }

    public var file: String
    public var numeroDPE: String
    public var schemaVersion: String
    /// What the file describes, for the breakdowns: "maison", "appartement" or "immeuble".
    public var housingType: String
    /// The construction period's ADEME label ("avant 1948"…).
    public var period: String
    /// The energy of the first heating generator's ADEME label ("électricité", "gaz naturel"…), "?" when none.
    public var heatingEnergy: String
    public var habitableAreaM2: Double
    public var computed: DPEOutputs?
    public var recorded: DPEOutputs
    /// Why the engine could not compute this file (then `computed` is nil).
    public var failure: String?

    public init(
        file: String, numeroDPE: String, schemaVersion: String, housingType: String, period: String,
        heatingEnergy: String, habitableAreaM2: Double, computed: DPEOutputs?, recorded: DPEOutputs,
        failure: String?
    ) {
        self.file = file
        self.numeroDPE = numeroDPE
        self.schemaVersion = schemaVersion
        self.housingType = housingType
        self.period = period
        self.heatingEnergy = heatingEnergy
        self.habitableAreaM2 = habitableAreaM2
        self.computed = computed
        self.recorded = recorded
        self.failure = failure
    }

    /// Every quantity, in `DPEQuantity` order.
    public var lines: [Line] {
        DPEQuantity.allCases.map { Line(quantity: $0, computed: computed?[$0], recorded: recorded[$0]) }
    }

    /// The energy class is the one recorded.
    public var classMatches: Bool {
        guard let c = computed?.energyClass, let r = recorded.energyClass else { return false }
        return c == r
    }

    /// Five-use primary energy per m² within `tolerance` (relative) of the recorded value.
    public func primaryEnergyWithin(_ tolerance: Double) -> Bool {
        let line = Line(quantity: .epConso5UsagesM2, computed: computed?[.epConso5UsagesM2],
                        recorded: recorded[.epConso5UsagesM2])
        guard let d = line.relativeDifference else { return false }
        return abs(d) <= tolerance
    }

    /// The envelope element whose deperdition differs most from the recorded one (in W/K), with the difference.
    public var worstEnvelopeElement: (quantity: DPEQuantity, differenceWPerK: Double)? {
        lines.filter { $0.quantity.isEnvelopeElement }
            .compactMap { l -> (DPEQuantity, Double)? in
                guard let c = l.computed, let r = l.recorded else { return nil }
                return (l.quantity, c - r)
            }
            .max { abs($0.1) < abs($1.1) }
    }
}
