import BuildingModel

/// The result of one building under one scenario: plain values, units in the names, ready for the batch runner.
public struct ScenarioOutcome: Sendable, Hashable {
    public var buildingID: String
    public var scenarioID: String
    /// Whether the scenario's `apply_if` admits the building.
    public var isApplicable: Bool
    public var legalOutcome: LegalOutcome
    /// Why the works are blocked on heritage grounds (nil when not blocked).
    public var blockedByHeritage: String?
    /// Whether some applied measure has a conditional verdict ("needs ABF approval").
    public var needsABFApproval: Bool
    /// Applied measure ids (substitutes as "substitute<-original").
    public var appliedMeasures: [String]
    public var skippedMeasureCount: Int
    /// How much of the scenario the building got.
    public var application: ScenarioApplication
    /// What was left out and why (`AppliedScenario.skippedSummary`; empty when nothing was).
    public var skippedMeasures: String
    /// Measures of the scenario as written (`AppliedScenario.plannedMeasureCount`).
    public var plannedMeasureCount: Int

    public var referenceAreaM2: Double
    /// H = Σ U·A + H_ve of the envelope with rated U-values (R_se 0.04, EN ISO 13789), W/K; with a wind exposure
    /// (``WindExposure``) the hourly model's own conductances are somewhat smaller.
    public var heatLossCoefficientWPerK: Double
    public var heatingNeedKWh: Double
    public var coolingNeedKWh: Double
    public var hotWaterNeedKWh: Double
    public var finalEnergyByCarrierKWh: [EnergyCarrier: Double]
    public var finalEnergyKWh: Double
    public var primaryEnergyKWh: Double
    public var co2Kg: Double
    public var finalEnergyKWhPerM2: Double
    public var primaryEnergyKWhPerM2: Double
    public var co2KgPerM2: Double
    /// The building's DPE label and the first year it may not be let, by `labelMethod`.
    public var label: DPELabel
    public var rentalBanYear: Int?
    /// The method that gave `label`, and the per-m² primary energy and emissions it classed (for the hourly-needs
    /// method, `primaryEnergyKWhPerM2` and `co2KgPerM2`).
    public var labelMethod: LabelMethod
    public var labelPrimaryEnergyKWhPerM2: Double
    public var labelGreenhouseGasKgPerM2: Double

    /// Storey with the worst DPE class (ties: highest primary energy per m²).
    public var worstStoreyIndex: Int?
    public var worstStoreyClass: DPEClass?
    public var worstStoreyRentalBanYear: Int?
    /// Storey with most overheating degree-hours (nil without hourly temperatures).
    public var worstOverheatingStoreyIndex: Int?
    public var worstOverheatingHours: Int?
    public var worstOverheatingDegreeHoursKh: Double?
    /// Worst moisture risk of the internal insulation (nil: none applied).
    public var worstMoistureRisk: MoistureRisk?
    public var moistureRiskByFacade: [Int: MoistureAssessment]

    public var capexEUR: Double
    public var annualisedCostEURPerYear: Double
    public var energyBillEURPerYear: Double
    public var billSavingEURPerYear: Double
    public var finalEnergySavedKWhPerYear: Double
    public var co2AvoidedKgPerYear: Double
    public var eurPerKWhSaved: Double?
    public var eurPerTonneCO2Avoided: Double?
    public var simplePaybackYears: Double?

    public var storeys: [StoreyOutcome]
}

extension ScenarioOutcome {
    /// The flat building-level row's columns with their storage types (stable order; one column per energy
    /// carrier). Booleans are integers 0/1.
    public static let resultColumns: [ResultColumn] = {
        func real(_ names: String...) -> [ResultColumn] { names.map { ResultColumn($0, .real) } }
        func integer(_ names: String...) -> [ResultColumn] { names.map { ResultColumn($0, .integer) } }
        func text(_ names: String...) -> [ResultColumn] { names.map { ResultColumn($0, .text) } }
        let carriers = EnergyCarrier.allCases.map {
            ResultColumn("final_energy_\($0.rawValue.replacingOccurrences(of: "-", with: "_"))_kwh", .real)
        }
        return text("building_id", "scenario_id") + integer("is_applicable") + text("legal_outcome", "blocked_by_heritage")
            + integer("needs_abf_approval") + text("applied_measures") + integer("skipped_measure_count")
            + text("skipped_measures")
            + real("reference_area_m2", "heat_loss_coefficient_w_per_k", "heating_need_kwh", "cooling_need_kwh",
                   "hot_water_need_kwh") + carriers
            + real("final_energy_kwh", "primary_energy_kwh", "co2_kg", "final_energy_kwh_per_m2",
                   "primary_energy_kwh_per_m2", "co2_kg_per_m2")
            + text("energy_class", "ghg_class", "dpe_class", "label_method")
            + real("label_primary_energy_kwh_per_m2", "label_ghg_kg_per_m2")
            + integer("rental_ban_year", "worst_storey_index")
            + text("worst_storey_class")
            + integer("worst_storey_rental_ban_year", "worst_overheating_storey_index", "worst_overheating_hours")
            + real("worst_overheating_degree_hours_kh") + text("worst_moisture_risk")
            + real("capex_eur", "annualised_cost_eur_per_year", "energy_bill_eur_per_year", "bill_saving_eur_per_year",
                   "final_energy_saved_kwh_per_year", "co2_avoided_kg_per_year", "eur_per_kwh_saved",
                   "eur_per_tonne_co2_avoided", "simple_payback_years")
    }()

    /// Column names of the flat building-level row (`resultColumns`' names).
    public static let columns: [String] = resultColumns.map(\.name)

    /// The building-level values in the order of `columns`.
    public var row: [PropertyValue] {
        func d(_ x: Double?) -> PropertyValue { x.map { $0.isFinite ? .double($0) : .null } ?? .null }
        func i(_ x: Int?) -> PropertyValue { x.map { .int($0) } ?? .null }
        func s(_ x: String?) -> PropertyValue { x.map { .string($0) } ?? .null }
        return [
            .string(buildingID), .string(scenarioID), .bool(isApplicable), .string(legalOutcome.description),
            s(blockedByHeritage), .bool(needsABFApproval), .string(appliedMeasures.joined(separator: ",")),
            .int(skippedMeasureCount), .string(skippedMeasures), d(referenceAreaM2), d(heatLossCoefficientWPerK), d(heatingNeedKWh),
            d(coolingNeedKWh), d(hotWaterNeedKWh),
        ] + EnergyCarrier.allCases.map { d(finalEnergyByCarrierKWh[$0] ?? 0) } + [
            d(finalEnergyKWh), d(primaryEnergyKWh), d(co2Kg), d(finalEnergyKWhPerM2), d(primaryEnergyKWhPerM2),
            d(co2KgPerM2), .string(label.energyClass.rawValue), .string(label.greenhouseGasClass.rawValue),
            .string(label.overall.rawValue), .string(labelMethod.rawValue), d(labelPrimaryEnergyKWhPerM2),
            d(labelGreenhouseGasKgPerM2), i(rentalBanYear), i(worstStoreyIndex), s(worstStoreyClass?.rawValue),
            i(worstStoreyRentalBanYear), i(worstOverheatingStoreyIndex), i(worstOverheatingHours),
            d(worstOverheatingDegreeHoursKh), s(worstMoistureRisk?.rawValue), d(capexEUR),
            d(annualisedCostEURPerYear), d(energyBillEURPerYear), d(billSavingEURPerYear),
            d(finalEnergySavedKWhPerYear), d(co2AvoidedKgPerYear), d(eurPerKWhSaved), d(eurPerTonneCO2Avoided),
            d(simplePaybackYears),
        ]
    }

    /// The per-storey rows' columns after `building_id` and `scenario_id`, with their storage types (the
    /// results' `storeys` table; booleans are integers 0/1).
    public static let storeyResultColumns: [ResultColumn] = storeyColumns.dropFirst(2).map { name in
        switch name {
        case "storey_index", "rental_ban_year", "overheating_hours", "decency_passes": ResultColumn(name, .integer)
        case "energy_class", "ghg_class", "dpe_class": ResultColumn(name, .text)
        default: ResultColumn(name, .real)
        }
    }

    /// Column names of the flat per-storey rows.
    public static let storeyColumns: [String] = [
        "building_id", "scenario_id", "storey_index", "reference_area_m2", "heating_need_kwh", "cooling_need_kwh",
        "hot_water_need_kwh", "final_energy_kwh_per_m2", "primary_energy_kwh_per_m2", "co2_kg_per_m2",
        "energy_class", "ghg_class", "dpe_class", "rental_ban_year", "overheating_hours",
        "overheating_degree_hours_kh", "max_operative_temperature_c", "decency_passes",
    ]

    /// One row per storey, in the order of `storeyColumns`.
    public var storeyRows: [[PropertyValue]] {
        storeys.map { s in
            [
                .string(buildingID), .string(scenarioID), .int(s.storeyIndex), .double(s.referenceAreaM2),
                .double(s.heatingNeedKWh), .double(s.coolingNeedKWh), .double(s.hotWaterNeedKWh),
                .double(s.finalEnergyKWhPerM2), .double(s.primaryEnergyKWhPerM2), .double(s.co2KgPerM2),
                .string(s.label.energyClass.rawValue), .string(s.label.greenhouseGasClass.rawValue),
                .string(s.label.overall.rawValue), s.rentalBanYear.map { .int($0) } ?? .null,
                s.overheating.map { .int($0.hoursAboveThreshold) } ?? .null,
                s.overheating.map { .double($0.degreeHoursAboveThresholdKh) } ?? .null,
                s.overheating.flatMap { $0.maxOperativeTemperatureC.isFinite ? .double($0.maxOperativeTemperatureC) : nil }
                    ?? .null,
                .bool(s.decency.passes),
            ]
        }
    }
}
