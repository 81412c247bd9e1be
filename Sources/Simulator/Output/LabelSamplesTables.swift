import BuildingModel

/// The results GeoPackage's Monte Carlo tables (`simulate --samples`): `district_samples` and `district_intervals`.
enum LabelSamplesTables {
    static let sampleColumns: [GeoPackageColumn] = [
        .init(name: "scenario_id", type: .text), .init(name: "sample", type: .integer), .init(name: "seed", type: .integer),
        .init(name: "dwellings_fg_before", type: .real), .init(name: "dwellings_fg_after", type: .real),
    ]

    static let intervalColumns: [GeoPackageColumn] = [
        .init(name: "scenario_id", type: .text), .init(name: "samples", type: .integer),
        .init(name: "dwellings_fg_before_median", type: .real), .init(name: "dwellings_fg_before_low5", type: .real),
        .init(name: "dwellings_fg_before_high95", type: .real), .init(name: "dwellings_fg_after_median", type: .real),
        .init(name: "dwellings_fg_after_low5", type: .real), .init(name: "dwellings_fg_after_high95", type: .real),
    ]

    static func add(_ t: DistrictLabelSamples, scenarioOrder: [String], to writer: GeoPackageWriter) throws {
        var rows: [[PropertyValue]] = []
        for id in scenarioOrder {
            guard let after = t.after[id] else { continue }
            for s in 0..<t.samples {
                rows.append([.string(id), .int(s), .int(Int(bitPattern: UInt(t.seed))), .double(t.before[s]), .double(after[s])])
            }
        }
        try writer.addAttributeTable(name: "district_samples", columns: sampleColumns, rows: rows,
                                     description: "Monte Carlo samples: dwellings in F/G before and after each scenario")
        try writer.addAttributeTable(
            name: "district_intervals", columns: intervalColumns,
            rows: t.intervals(order: scenarioOrder).map { i in
                [.string(i.scenarioID), .int(t.samples), .double(i.before.median), .double(i.before.low5),
                 .double(i.before.high95), .double(i.after.median), .double(i.after.low5), .double(i.after.high95)]
            },
            description: "Dwellings in F/G before and after each scenario: median and 90 % interval over the samples")
    }

    /// The `district_samples` of a results file, nil when it has none.
    static func read(_ store: ResultsStore) throws(BatchError) -> DistrictLabelSamples? {
        let exists = try store.propertyRows(
            sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'district_samples'")
        guard exists.first?.first?.doubleValue == 1 else { return nil }
        let rows = try store.propertyRows(
            sql: "SELECT scenario_id, sample, seed, dwellings_fg_before, dwellings_fg_after FROM district_samples ORDER BY fid")
        guard let first = rows.first, let seed = first[2].integerValue(in: Int.min...Int.max) else { return nil }
        let n = (rows.compactMap { $0[1].integerValue(in: 0...DistrictLabelSamples.maximumSamples - 1) }.max() ?? -1) + 1
        var before = [Double](repeating: 0, count: n)
        var after: [String: [Double]] = [:]
        for r in rows {
            guard let id = r[0].stringValue, let s = r[1].integerValue(in: 0...DistrictLabelSamples.maximumSamples - 1) else { continue }
            before[s] = r[3].doubleValue ?? 0
            after[id, default: [Double](repeating: 0, count: n)][s] = r[4].doubleValue ?? 0
        }
        return DistrictLabelSamples(seed: UInt64(bitPattern: Int64(seed)), before: before, after: after)
    }
}

extension ResultsGeoPackage {
    /// The Monte Carlo totals of a results file (`simulate --samples`), nil without.
    public static func labelSamples(in store: ResultsStore) throws(BatchError) -> DistrictLabelSamples? {
        try LabelSamplesTables.read(store)
    }
}
