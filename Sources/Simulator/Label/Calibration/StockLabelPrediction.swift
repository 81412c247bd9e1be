import BuildingModel

/// The labels of a whole stock at a date: calibrated on every observed label, then each residential building's
/// class probabilities on the current scale by Monte Carlo, the class of the engine with the stock's defaults, and
/// the district's dwellings in F/G with a 90 % interval.
public struct StockLabelPrediction: Sendable {
    public struct Row: Sendable, Hashable {
        public var buildingID: String
        public var groupID: String?
        public var dwellings: Int
        public var observed: ObservedLabel?
        /// The engine with the stock's attributes and defaults, no calibration (A…G).
        public var asGivenClass: String
        /// The engine's primary energy with the stock's defaults, on the current scale and on the observed label's
        /// (kWh/(m²·yr)).
        public var asGivenPrimaryEnergyKWhPerM2: Double
        public var asGivenObservedScalePrimaryEnergyKWhPerM2: Double?
        /// The median class after calibration, and every class's probability (A…G).
        public var predictedClass: String
        public var probabilities: [Double]
        /// Attributes defaulted, comma-separated (`BuildingAttribute` names).
        public var defaulted: String
    }

    public var rows: [Row]
    public var posterior: CalibrationPosterior
    public var dwellingsInFG: SampledTotal
    public var dwellingsInFGAsGiven: Int
    public var scale: PredictionScale

    /// - Parameters:
    ///   - grids: `LabelGridBuilder.grids` of `buildings`.
    ///   - labelDate: the date of the predicted labels ("YYYY-MM-DD"), for the electricity factor.
    public init(buildings: [Building], grids: [LabelGrid?], labelDate: String, calibration: LabelCalibration,
                samples: Int, seed: UInt64) {
        let observations = LabelObservation.of(buildings, grids: grids)
        posterior = observations.isEmpty ? .uncalibrated()
            : calibration.posterior(grids: grids, observations: observations, seed: seed)
        scale = .current(labelDate: labelDate)
        let mc = LabelMonteCarlo(posterior: posterior, samples: samples, seed: seed &+ 100)
        var totals = [Double](repeating: 0, count: mc.samples)
        var asGivenFG = 0
        var rows: [Row] = []
        for (i, b) in buildings.enumerated() {
            guard let g = grids[i] else { continue }
            let classes = mc.classes(g, buildingIndex: i, scale: scale)
            for (s, c) in classes.enumerated() where c >= 5 { totals[s] += Double(g.dwellings) }
            let p = LabelMonteCarlo.probabilities(classes)
            let asGiven = g.asGivenClass(scale)
            if asGiven >= 5 { asGivenFG += g.dwellings }
            rows.append(Row(
                buildingID: b.id, groupID: b.groupID, dwellings: b.dwellings, observed: b.observedLabel,
                asGivenClass: ObservedLabel.letters[asGiven],
                asGivenPrimaryEnergyKWhPerM2: g.asGivenPrimaryEnergy(scale).ep,
                asGivenObservedScalePrimaryEnergyKWhPerM2: b.observedLabel.map { g.asGivenPrimaryEnergy(PredictionScale(observed: $0)).ep },
                predictedClass: ObservedLabel.letters[LabelMonteCarlo.medianClass(p)], probabilities: p,
                defaulted: b.assumed.sorted().map(\.rawValue).joined(separator: ",")))
        }
        self.rows = rows
        dwellingsInFG = SampledTotal(totals)
        dwellingsInFGAsGiven = asGivenFG
    }

    /// The rows as CSV (RFC 4180; header first).
    public var csv: String {
        var s = "id,group_id,dwellings,observed_class,observed_scale,observed_primary_energy_kwh_per_m2,"
            + "class_as_given,primary_energy_as_given_kwh_per_m2,observed_scale_primary_energy_as_given_kwh_per_m2,"
            + "predicted_class,p_a,p_b,p_c,p_d,p_e,p_f,p_g,defaulted\n"
        for r in rows {
            let fields: [String] = [
                r.buildingID, r.groupID ?? "", String(r.dwellings), r.observed?.energyClass ?? "",
                r.observed?.scale.rawValue ?? "", r.observed?.primaryEnergyKWhPerM2.map { String($0) } ?? "",
                r.asGivenClass, format3(r.asGivenPrimaryEnergyKWhPerM2),
                r.asGivenObservedScalePrimaryEnergyKWhPerM2.map(format3) ?? "", r.predictedClass,
            ] + r.probabilities.map { format3($0) } + [r.defaulted]
            s += fields.map(TextEscaping.csvField).joined(separator: ",") + "\n"
        }
        return s
    }

    private func format3(_ x: Double) -> String { String((x * 1000).rounded() / 1000) }
}
