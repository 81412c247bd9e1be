import BuildingModel

/// `DistrictSummary` as flat columns (the `district_summary` table, `rank --summary --format csv|json`).
public enum DistrictSummaryTable {
    /// scenario_id, buildings, dwellings, dwellings_before_a…g, dwellings_after_a…g, for each ban year Y
    /// banned_before_Y / banned_after_Y / leaving_Y / entering_Y, total_capex_eur, co2_avoided_kg_per_year,
    /// primary_energy_saved_kwh_per_year, buildings_blocked, buildings_needing_approval, then the buildings per
    /// `ScenarioApplication` (buildings_applied_full, _substituted, _partial, _none, _not_applicable, _blocked,
    /// _no_works).
    public static let columns: [GeoPackageColumn] = {
        var c: [GeoPackageColumn] = [.init(name: "scenario_id", type: .text), .init(name: "buildings", type: .integer),
                                     .init(name: "dwellings", type: .integer)]
        for side in ["before", "after"] {
            for k in DPEClass.allCases { c.append(.init(name: "dwellings_\(side)_\(k.rawValue.lowercased())", type: .integer)) }
        }
        for year in RentalBan.banYears {
            for name in ["banned_before", "banned_after", "leaving", "entering"] {
                c.append(.init(name: "\(name)_\(year)", type: .integer))
            }
        }
        c += [.init(name: "total_capex_eur", type: .real), .init(name: "co2_avoided_kg_per_year", type: .real),
              .init(name: "primary_energy_saved_kwh_per_year", type: .real),
              .init(name: "buildings_blocked", type: .integer), .init(name: "buildings_needing_approval", type: .integer)]
        c += ScenarioApplication.allCases.map { .init(name: applicationColumn($0), type: .integer) }
        return c
    }()

    /// One summary's values, in `columns` order.
    public static func values(_ s: DistrictSummary) -> [PropertyValue] {
        var v: [PropertyValue] = [.string(s.scenarioId), .int(s.buildings), .int(s.dwellings)]
        for k in DPEClass.allCases { v.append(.int(s.dwellingsByClassBefore[k] ?? 0)) }
        for k in DPEClass.allCases { v.append(.int(s.dwellingsByClassAfter[k] ?? 0)) }
        for step in s.rentalBan { v += [.int(step.bannedBefore), .int(step.bannedAfter), .int(step.leaving), .int(step.entering)] }
        v += [.double(s.totalCapexEUR), .double(s.co2AvoidedKgPerYear), .double(s.primaryEnergySavedKWhPerYear),
              .int(s.buildingsBlocked), .int(s.buildingsNeedingApproval)]
        v += ScenarioApplication.allCases.map { .int(s.buildingsByApplication[$0] ?? 0) }
        return v
    }

    /// The column counting the buildings of one `ScenarioApplication` (`buildings_applied_full`,
    /// `buildings_applied_partial`, `buildings_applied_not_applicable`…).
    static func applicationColumn(_ a: ScenarioApplication) -> String {
        "buildings_applied_" + a.rawValue.replacingOccurrences(of: "-", with: "_")
    }
}
