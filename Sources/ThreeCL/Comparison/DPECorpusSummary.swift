/// How a set of recomputed DPE agrees with what the certified software recorded: the shares the issue tracks, and
/// the same shares broken down by housing type, construction period and heating energy.
public struct DPECorpusSummary: Sendable, Codable {
    /// Agreement of one group of files.
    public struct Agreement: Sendable, Codable, Hashable {
        public var group: String
        public var files: Int
        /// Files the engine computed (the others failed with a stated reason).
        public var computed: Int
        /// Files whose energy class is the recorded one.
        public var classIdentical: Int
        /// Files within one class of the recorded one.
        public var classWithinOne: Int
        /// Files whose five-use primary energy per m² is within 5 % of the recorded one.
        public var primaryEnergyWithin5Percent: Int

        public var classIdenticalShare: Double { files == 0 ? 0 : Double(classIdentical) / Double(files) }
        public var primaryEnergyWithin5PercentShare: Double {
            files == 0 ? 0 : Double(primaryEnergyWithin5Percent) / Double(files)
        }
    }

    public var overall: Agreement
    public var byHousingType: [Agreement]
    public var byPeriod: [Agreement]
    public var byHeatingEnergy: [Agreement]
    /// The files furthest from their recorded primary energy per m² (failures first), at most `worstCount`.
    public var worst: [DPEComparison]

    /// Summarises comparisons; every file counts in the denominators, computed or not.
    public init(_ comparisons: [DPEComparison], worstCount: Int = 10) {
        overall = Self.agreement("all", comparisons)
        byHousingType = Self.grouped(comparisons, by: \.housingType)
        byPeriod = Self.grouped(comparisons, by: \.period)
        byHeatingEnergy = Self.grouped(comparisons, by: \.heatingEnergy)
        worst = comparisons.sorted { a, b in
            let da = Self.gap(a), db = Self.gap(b)
            return da != db ? da > db : a.file < b.file
        }.prefix(worstCount).map { $0 }
    }

    private static func gap(_ c: DPEComparison) -> Double {
        guard c.failure == nil else { return .infinity }
        let l = DPEComparison.Line(quantity: .epConso5UsagesM2, computed: c.computed?[.epConso5UsagesM2],
                                   recorded: c.recorded[.epConso5UsagesM2])
        return l.relativeDifference.map(abs) ?? .infinity
    }

    private static func grouped(_ cs: [DPEComparison], by key: KeyPath<DPEComparison, String>) -> [Agreement] {
        Dictionary(grouping: cs, by: { $0[keyPath: key] })
            .map { agreement($0.key, $0.value) }
            .sorted { $0.files != $1.files ? $0.files > $1.files : $0.group < $1.group }
    }

    static func agreement(_ group: String, _ cs: [DPEComparison]) -> Agreement {
        let order = ["A", "B", "C", "D", "E", "F", "G"]
        return Agreement(
            group: group, files: cs.count, computed: cs.filter { $0.failure == nil }.count,
            classIdentical: cs.filter(\.classMatches).count,
            classWithinOne: cs.filter { c in
                guard let a = c.computed?.energyClass.flatMap(order.firstIndex(of:)),
                    let b = c.recorded.energyClass.flatMap(order.firstIndex(of:))
                else { return false }
                return abs(a - b) <= 1
            }.count,
            primaryEnergyWithin5Percent: cs.filter { $0.primaryEnergyWithin(0.05) }.count)
    }
}
