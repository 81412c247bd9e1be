import Foundation

/// Runs the BESTEST cases and compares them with the Standard 140-2020 reference ranges.
public enum BESTESTValidation {
    /// One line of the comparison table.
    public struct Row: Sendable, Hashable {
        public var caseName: String
        public var metric: String
        public var unit: String
        public var value: Double
        /// 140-2020 reference programs' min/max (nil when the CSV has none).
        public var reference: BESTESTReference.Range?
        /// 140-2023 Annex A3 acceptance range when published (annual heating/cooling only).
        public var acceptance: BESTESTReference.Range?
        public var passes: Bool? { reference.map { $0.contains(value) } }
    }

    /// Metrics reported per case: (CSV metric, unit, extractor).
    static func metrics(for c: BESTESTCase) -> [(String, String, @Sendable (ZoneResult) -> Double)] {
        if c.isFreeFloating {
            return [("max_hourly_zone_temp", "C", { $0.air.maxC }), ("min_hourly_zone_temp", "C", { $0.air.minC }),
                    ("mean_zone_temp", "C", { $0.air.meanC })]
        }
        return [("annual_heating", "MWh", { $0.heatingKWh / 1000 }),
                ("annual_sensible_cooling", "MWh", { $0.coolingKWh / 1000 }),
                ("peak_heating_hourly_integrated", "kW", { $0.peakHeatingW / 1000 }),
                ("peak_sensible_cooling_hourly_integrated", "kW", { $0.peakCoolingW / 1000 })]
    }

    /// Simulates `cases` with the Perez sky and the double-clear angular modifier and builds the table.
    public static func run(climate: ClimateData, reference: BESTESTReference?, cases: [BESTESTCase] = BESTESTCase.allCases,
                           skyModel: SkyModel = .perez) throws -> [Row] {
        let irr = SurfaceIrradiance(climate: climate, skyModel: skyModel, groundReflectance: 0.2, roofTiltDeg: 35,
                                    glazingModifier: .doubleClear)
        let sim = ThermalSimulator(irradiance: irr, options: SimulationOptions(warmUpDays: 31))
        var rows: [Row] = []
        for c in cases {
            let r = try sim.run(c.zone)
            for (metric, unit, f) in metrics(for: c) {
                let acc = reference?.range(edition: "140-2023-AnnexA3", case: c.rawValue, metric: metric + "_acceptance")
                rows.append(Row(caseName: c.rawValue, metric: metric, unit: unit, value: f(r),
                                reference: reference?.range(case: c.rawValue, metric: metric), acceptance: acc))
            }
        }
        return rows
    }

    /// The table as printed by `renovate validate bestest`.
    public static func format(_ rows: [Row]) -> String {
        func f(_ v: Double) -> String { String(format: "%8.3f", v) }
        var out = "case   metric                                   unit    ours      min      max  result   (Annex A3 acceptance)\n"
        for r in rows {
            let name = r.metric.padding(toLength: 40, withPad: " ", startingAt: 0)
            let c = r.caseName.padding(toLength: 6, withPad: " ", startingAt: 0)
            let u = r.unit.padding(toLength: 4, withPad: " ", startingAt: 0)
            var line = "\(c) \(name) \(u) \(f(r.value))"
            if let ref = r.reference {
                line += " \(f(ref.min)) \(f(ref.max))  \(ref.contains(r.value) ? "pass" : "MISS")"
            } else {
                line += "        –        –  (no reference)"
            }
            if let a = r.acceptance {
                line += "   [\(String(format: "%.2f", a.min))–\(String(format: "%.2f", a.max)) \(a.contains(r.value) ? "pass" : "MISS")]"
            }
            out += line + "\n"
        }
        let judged = rows.compactMap(\.passes)
        out += "\(judged.filter { $0 }.count) of \(judged.count) reference ranges met.\n"
        return out
    }
}
