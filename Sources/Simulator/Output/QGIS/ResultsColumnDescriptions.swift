import BuildingModel

/// What every column of the results file means, with its unit, for `gpkg_data_columns` (QGIS shows the title as
/// the field's alias and the description as its tooltip). `ResultsQGISTests` checks that no column of the
/// `buildings` layer or the `results` table is left without one.
enum ResultsColumnDescriptions {
    typealias D = GeoPackageColumnDescription

    static let buildings: [D] = [
        D("id", title: "Building id", description: "The building's id in the stock file"),
        D("dwellings", title: "Dwellings", description: "Dwellings in the building (from the stock, or derived from the floor area)"),
        D("class_before", title: "DPE class today", description: "Energy label (A–G, the worse of energy and GHG) before works"),
        D("best_scenario", title: "Best scenario", description: "The scenario ranked first by cost per kWh of primary energy saved (null: none applies)"),
        D("class_after", title: "DPE class after the best scenario", description: "Energy label (A–G) after the best scenario"),
        D("capex_eur", title: "Cost of the best scenario (EUR)", description: "Investment of the best scenario, EUR excl. VAT"),
        D("primary_energy_after_kwh_per_m2", title: "Primary energy after (kWh/m²·yr)", description: "Primary energy per m² of habitable area after the best scenario, kWh/(m²·year)"),
        D("rental_ban_year_after", title: "Rental ban year after", description: "First year the dwellings could no longer be let after the best scenario (loi Climat et résilience; null: never)"),
        D("blocked_scenarios", title: "Scenarios blocked by heritage", description: "How many scenarios the heritage rules block on this building"),
        D("blocked", title: "Blocked by heritage", description: "At least one scenario is blocked by the heritage rules"),
        D("group_id", title: "Group id", description: "The stock's group of buildings (BDNB batiment_groupe), when given"),
        D("observed_class", title: "Real DPE class", description: "The class of a real diagnostic given by the stock, when any"),
        D("observed_scale", title: "Method of the real DPE", description: "The method the real label was issued under: 2012 or 2021"),
        D("observed_primary_energy_kwh_per_m2", title: "Real DPE primary energy (kWh/m²·yr)", description: "Primary energy of the real diagnostic, kWh/(m²·year)"),
        D("defaulted", title: "Defaulted attributes", description: "The attributes the stock did not give, filled with the method's defaults"),
    ] + ObservedLabel.letters.map {
        D("p_\($0.lowercased())", title: "P(class \($0))", description: "Probability of class \($0) before works (simulate --samples; null otherwise)")
    }

    /// The `results` table, by column name; the final-energy columns per carrier are described by `describe`.
    static let results: [String: (title: String, description: String)] = [
        "building_id": ("Building id", "The building's id in the stock file"),
        "scenario_id": ("Scenario id", "The scenario's id in the scenario file"),
        "dwellings": ("Dwellings", "Dwellings in the building"),
        "capex_eur": ("Cost (EUR)", "Investment of the scenario's measures, EUR excl. VAT"),
        "npv_eur": ("Net present value (EUR)", "Net present value of the scenario over the measures' lives, EUR"),
        "primary_energy_before_kwh_per_m2": ("Primary energy before (kWh/m²·yr)", "Primary energy per m² before works, kWh/(m²·year)"),
        "primary_energy_after_kwh_per_m2": ("Primary energy after (kWh/m²·yr)", "Primary energy per m² after the scenario, kWh/(m²·year)"),
        "primary_energy_saved_kwh_per_year": ("Primary energy saved (kWh/yr)", "Primary energy saved by the scenario, kWh/year"),
        "co2_avoided_kg_per_year": ("CO₂ avoided (kg/yr)", "Greenhouse-gas emissions avoided, kg CO₂e/year"),
        "class_before": ("DPE class before", "Energy label (A–G) before works"),
        "class_after": ("DPE class after", "Energy label (A–G) after the scenario"),
        "rental_ban_year_before": ("Rental ban year before", "First year the dwellings could no longer be let, before works (null: never)"),
        "rental_ban_year_after": ("Rental ban year after", "First year the dwellings could no longer be let, after the scenario (null: never)"),
        "overheating_hours": ("Overheating hours", "Hours above 28 °C operative, free-running, May–September, in the worst storey"),
        "heritage": ("Heritage", "What the heritage rules say of the scenario here: allowed, needs_approval or blocked"),
        "application": ("Applied", "How much of the scenario the building got: full, substituted (all, some by a substitute), partial (some measures skipped), none, not-applicable (apply_if), blocked (heritage), no-works"),
        "planned_measures": ("Measures planned", "Measures of the scenario as written (before any skip or substitution)"),
        "skipped_measures": ("Skipped measures, why", "Each measure (and façade) left out and why: measure [façade #i]: reason; …"),
        "is_applicable": ("Applicable", "1 when the scenario applies to the building (its apply_if conditions hold)"),
        "legal_outcome": ("Legal outcome", "Rental-ban status after the scenario (compliant, banned-from-YEAR)"),
        "blocked_by_heritage": ("Blocked by", "The heritage rule that blocks the scenario, when one does"),
        "needs_abf_approval": ("Needs ABF approval", "1 when a measure needs the agreement of the Architecte des Bâtiments de France"),
        "applied_measures": ("Applied measures", "The measures carried out, in order; a<-b: a substitutes for the forbidden b"),
        "skipped_measure_count": ("Skipped measures", "Measures of the scenario not carried out here (forbidden with no substitute, or not applicable)"),
        "reference_area_m2": ("Habitable area (m²)", "The label's reference (habitable) area, m²"),
        "heat_loss_coefficient_w_per_k": ("Heat loss coefficient (W/K)", "Transmission and ventilation heat loss coefficient with the rated films, W/K"),
        "heating_need_kwh": ("Heating need (kWh/yr)", "Space-heating need of the hourly model, kWh/year"),
        "cooling_need_kwh": ("Cooling need (kWh/yr)", "Space-cooling need of the hourly model, kWh/year"),
        "hot_water_need_kwh": ("Hot-water need (kWh/yr)", "Domestic hot-water need, kWh/year"),
        "final_energy_kwh": ("Final energy (kWh/yr)", "Final energy, all carriers, kWh/year"),
        "primary_energy_kwh": ("Primary energy (kWh/yr)", "Primary energy, kWh/year"),
        "co2_kg": ("CO₂ (kg/yr)", "Greenhouse-gas emissions, kg CO₂e/year"),
        "final_energy_kwh_per_m2": ("Final energy (kWh/m²·yr)", "Final energy per m², kWh/(m²·year)"),
        "primary_energy_kwh_per_m2": ("Primary energy (kWh/m²·yr)", "Primary energy per m², kWh/(m²·year)"),
        "co2_kg_per_m2": ("CO₂ (kg/m²·yr)", "Emissions per m², kg CO₂e/(m²·year)"),
        "energy_class": ("Energy class", "Energy class (A–G) of the label"),
        "ghg_class": ("GHG class", "Greenhouse-gas class (A–G) of the label"),
        "dpe_class": ("DPE class", "The label: the worse of the energy and GHG classes"),
        "label_method": ("Label method", "The method that gave the classes (3CL-DPE 2021 by default)"),
        "label_primary_energy_kwh_per_m2": ("Label primary energy (kWh/m²·yr)", "The primary energy the label's method classed, kWh/(m²·year)"),
        "label_ghg_kg_per_m2": ("Label GHG (kg/m²·yr)", "The emissions the label's method classed, kg CO₂e/(m²·year)"),
        "rental_ban_year": ("Rental ban year", "First year the dwellings could no longer be let with this label (null: never)"),
        "worst_storey_index": ("Worst storey", "The storey (0 = ground) with the worst class"),
        "worst_storey_class": ("Worst storey's class", "The class of the worst storey"),
        "worst_storey_rental_ban_year": ("Worst storey's rental ban year", "First year the worst storey's dwellings could no longer be let"),
        "worst_overheating_storey_index": ("Hottest storey", "The storey (0 = ground) with the most degree-hours above 28 °C"),
        "worst_overheating_hours": ("Hottest storey's overheating hours", "Hours above 28 °C operative in the hottest storey, May–September"),
        "worst_overheating_degree_hours_kh": ("Hottest storey's degree-hours (kK·h)", "Degree-hours above 28 °C in the hottest storey, kK·h"),
        "worst_moisture_risk": ("Moisture risk", "The worst moisture risk of the walls after the measures (low, medium, high)"),
        "annualised_cost_eur_per_year": ("Annualised cost (EUR/yr)", "The capex annualised over the measures' lives, EUR/year"),
        "energy_bill_eur_per_year": ("Energy bill (EUR/yr)", "Energy bill after the scenario, EUR/year"),
        "bill_saving_eur_per_year": ("Bill saving (EUR/yr)", "Energy bill saved, EUR/year"),
        "final_energy_saved_kwh_per_year": ("Final energy saved (kWh/yr)", "Final energy saved, kWh/year"),
        "eur_per_kwh_saved": ("Cost per kWh saved (EUR/kWh)", "Capex per kWh of primary energy saved per year, EUR/(kWh/year)"),
        "eur_per_tonne_co2_avoided": ("Cost per tonne CO₂ (EUR/t)", "Capex per tonne of CO₂ avoided per year, EUR/(t/year)"),
        "simple_payback_years": ("Payback (years)", "Capex divided by the yearly bill saving, years"),
    ]

    /// The `storeys` table: one storey of one pair (the storey's own figures, from the hourly model per storey).
    static let storeys: [String: (title: String, description: String)] = [
        "storey_index": ("Storey", "The storey, 0 = ground floor"),
        "reference_area_m2": ("Storey area (m²)", "The storey's habitable area, m²"),
        "heating_need_kwh": ("Heating need (kWh/yr)", "The storey's space-heating need, kWh/year"),
        "cooling_need_kwh": ("Cooling need (kWh/yr)", "The storey's space-cooling need, kWh/year"),
        "hot_water_need_kwh": ("Hot-water need (kWh/yr)", "The storey's share of the hot-water need, kWh/year"),
        "final_energy_kwh_per_m2": ("Final energy (kWh/m²·yr)", "The storey's final energy per m², kWh/(m²·year)"),
        "primary_energy_kwh_per_m2": ("Primary energy (kWh/m²·yr)", "The storey's primary energy per m², kWh/(m²·year)"),
        "co2_kg_per_m2": ("CO₂ (kg/m²·yr)", "The storey's emissions per m², kg CO₂e/(m²·year)"),
        "energy_class": ("Energy class", "The storey's energy class (A–G) from its own needs (a storey taken as a dwelling)"),
        "ghg_class": ("GHG class", "The storey's greenhouse-gas class (A–G)"),
        "dpe_class": ("DPE class", "The storey's class: the worse of energy and GHG (needs-based, not the 3CL engine)"),
        "rental_ban_year": ("Rental ban year", "First year a dwelling of this class could no longer be let (null: never)"),
        "overheating_hours": ("Overheating hours", "Hours above 28 °C operative, free-running, May–September"),
        "overheating_degree_hours_kh": ("Overheating degree-hours (kK·h)", "Degree-hours above 28 °C operative, kK·h"),
        "max_operative_temperature_c": ("Max operative temperature (°C)", "The storey's highest hourly operative temperature, free-running, °C"),
        "decency_passes": ("Decent size", "1 when the storey meets the décence minimums of size: a room of 9 m² with 2.20 m of clear height, or 20 m³ (décret 2002-120)"),
    ]

    /// The description of a `storeys` column.
    static func describe(storeyColumn name: String) -> D? {
        if let d = storeys[name] { return D(name, title: d.title, description: d.description) }
        return results[name].map { D(name, title: $0.title, description: $0.description) }
    }

    /// The description of a `results` column: from `results`, or the per-carrier final energy.
    static func describe(resultsColumn name: String) -> D? {
        if let d = results[name] { return D(name, title: d.title, description: d.description) }
        if name.hasPrefix("final_energy_"), name.hasSuffix("_kwh"), let carrier = EnergyCarrier.allCases.first(where: {
            name == "final_energy_\($0.rawValue.replacingOccurrences(of: "-", with: "_"))_kwh"
        }) {
            return D(name, title: "Final energy, \(carrier.rawValue) (kWh/yr)", description: "Final energy of carrier \(carrier.rawValue), kWh/year")
        }
        return nil
    }
}
