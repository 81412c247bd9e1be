/// Upper limits of classes A–F for one dwelling size (class G has no upper limit).
///
/// A value belongs to the first class whose limit it is **strictly below**, as in Open3CL
/// (`Open3CL/engine`, `src/conso.js`, `classe_bilan_dpe`: `if (ep < cut.A) return 'A'`): 70 kWhEP/(m²·yr) is B.
/// The arrêté of 31 March 2021 prints the table as "≤ 70"; the engine used by the ADEME observatory is followed here
/// and the choice is documented in docs/measures-and-scenarios.md.
public struct DPELimits: Sendable, Hashable {
    /// Limits A, B, C, D, E, F in kWhEP/(m²·yr).
    public var primaryEnergyKWhPerM2: [Double]
    /// Limits A, B, C, D, E, F in kgCO₂eq/(m²·yr).
    public var greenhouseGasKgPerM2: [Double]

    public init(primaryEnergyKWhPerM2: [Double], greenhouseGasKgPerM2: [Double]) {
        precondition(primaryEnergyKWhPerM2.count == 6 && greenhouseGasKgPerM2.count == 6)
        self.primaryEnergyKWhPerM2 = primaryEnergyKWhPerM2
        self.greenhouseGasKgPerM2 = greenhouseGasKgPerM2
    }

    /// The standard table (dwellings > 40 m², altitude < 800 m), arrêté of 31 March 2021; domain.md §1.
    public static let standard = DPELimits(
        primaryEnergyKWhPerM2: [70, 110, 180, 250, 330, 420], greenhouseGasKgPerM2: [6, 11, 30, 50, 70, 100])

    static func classOf(_ value: Double, limits: [Double]) -> DPEClass {
        for (i, limit) in limits.enumerated() where value < limit { return DPEClass.allCases[i] }
        return .g
    }
}

/// The class limits as a function of the reference (habitable) area, below 400 m altitude.
///
/// Small dwellings (reference area ≤ 40 m²) get higher limits since 1 July 2024 (arrêté of 25 March 2024). The full
/// per-square-metre table lives in Open3CL `src/tv.js` (`dpe_class_limit`, `ges_class_limit`, keyed by the rounded
/// area); it could not be retrieved here, so this type holds the rows that are verified (domain.md §1: 15 m², 30 m²,
/// 40 m² = standard) and interpolates between them **linearly in 1/area** — the A and B rows of the three known
/// points lie exactly on `a + b/area`, the others within 4 kWh/m². Below the smallest known row the limits of that
/// row are used (not extrapolated). Replace `rows` by the full tv.js table when available; every lookup of a
/// verified row is exact.
public struct DPEThresholds: Sendable, Hashable {
    /// Known rows: reference area m² → limits, ascending by area. The last row is the standard table.
    public var rows: [(areaM2: Double, limits: DPELimits)] {
        get { zip(rowAreasM2, rowLimits).map { ($0, $1) } }
    }
    let rowAreasM2: [Double]
    let rowLimits: [DPELimits]

    public init(rows: [(areaM2: Double, limits: DPELimits)]) {
        let sorted = rows.sorted { $0.areaM2 < $1.areaM2 }
        rowAreasM2 = sorted.map(\.areaM2)
        rowLimits = sorted.map(\.limits)
    }

    public static func == (l: Self, r: Self) -> Bool { l.rowAreasM2 == r.rowAreasM2 && l.rowLimits == r.rowLimits }
    public func hash(into h: inout Hasher) { h.combine(rowAreasM2); h.combine(rowLimits) }

    /// Rows verified from the arrêté of 25 March 2024 as quoted in domain.md §1 (altitude < 400 m).
    public static let france2024 = DPEThresholds(rows: [
        (15, DPELimits(primaryEnergyKWhPerM2: [100, 140, 263, 333, 421, 514],
                       greenhouseGasKgPerM2: [8, 13, 36, 56, 76, 107])),
        (30, DPELimits(primaryEnergyKWhPerM2: [76, 116, 197, 267, 349, 439],
                       greenhouseGasKgPerM2: [7, 12, 32, 52, 72, 102])),
        (40, .standard),
    ])

    /// Limits for a dwelling of this reference area (rounded to the whole m², as Open3CL does).
    public func limits(referenceAreaM2: Double) -> DPELimits {
        let area = referenceAreaM2.rounded()
        guard let last = rowAreasM2.last, area < last else { return rowLimits.last ?? .standard }
        guard area > rowAreasM2[0] else { return rowLimits[0] }
        let upper = rowAreasM2.firstIndex { $0 >= area }!
        if rowAreasM2[upper] == area { return rowLimits[upper] }
        let lower = upper - 1
        let (a0, a1) = (rowAreasM2[lower], rowAreasM2[upper])
        let t = (1 / area - 1 / a0) / (1 / a1 - 1 / a0)
        func mix(_ x: [Double], _ y: [Double]) -> [Double] { zip(x, y).map { ($0 + t * ($1 - $0)).rounded() } }
        return DPELimits(
            primaryEnergyKWhPerM2: mix(rowLimits[lower].primaryEnergyKWhPerM2, rowLimits[upper].primaryEnergyKWhPerM2),
            greenhouseGasKgPerM2: mix(rowLimits[lower].greenhouseGasKgPerM2, rowLimits[upper].greenhouseGasKgPerM2))
    }
}
