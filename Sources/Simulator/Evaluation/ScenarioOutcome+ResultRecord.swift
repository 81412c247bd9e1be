import BuildingModel

/// The one mapping between the evaluation's `ScenarioOutcome` and the batch's `ResultRecord`.
///
/// The results table holds the fixed ranking columns (`ResultSchema.fixedColumns`, from `RankableOutcome`) and
/// then every column of `ScenarioOutcome.resultColumns` that is not already a fixed one (`building_id`,
/// `scenario_id`, `capex_eur` and `co2_avoided_kg_per_year` are stored once). The record also keeps the worst
/// storey's fields (`worst_storey_index`, `worst_storey_class`, `worst_storey_rental_ban_year`,
/// `worst_overheating_*`), which the rankings and the report use, and every storey's row
/// (`ScenarioOutcome.storeyRows`, table `storeys`).
extension ScenarioOutcome {
    /// Positions in `resultColumns` of the columns stored after the fixed ones.
    static let storedColumnIndices: [Int] = {
        let fixed = Set(ResultSchema.fixedColumns.map(\.name))
        return resultColumns.indices.filter { !fixed.contains(resultColumns[$0].name) }
    }()

    /// The batch record of this outcome.
    /// - Parameters:
    ///   - baseline: the outcome of the same building before works (gives the "before" class and primary energy).
    ///   - dwellings: dwellings of the building (weights the district counts).
    ///   - discountRate: for the net present value (`Economics.netPresentValueEUR`, over
    ///     `Economics.analysisPeriodYears`).
    /// Overheating hours are those of the worst storey, 0 when the need model gives no hourly temperatures
    /// (`worst_overheating_hours` is then null in the stored row).
    public func resultRecord(baseline: ScenarioOutcome, dwellings: Int, discountRate: Double) -> ResultRecord {
        precondition(baseline.buildingID == buildingID, "baseline of \(baseline.buildingID) for \(buildingID)")
        let heritage: RankableOutcome.HeritageStatus =
            blockedByHeritage != nil ? .blocked : needsABFApproval ? .needsApproval : .allowed
        let outcome = RankableOutcome(
            buildingId: buildingID, scenarioId: scenarioID, dwellings: dwellings, capexEUR: capexEUR,
            npvEUR: Economics.netPresentValueEUR(billSavingEURPerYear: billSavingEURPerYear,
                                                 annualisedCostEURPerYear: annualisedCostEURPerYear,
                                                 discountRate: discountRate),
            primaryEnergyBeforeKWhPerM2: baseline.primaryEnergyKWhPerM2,
            primaryEnergyAfterKWhPerM2: primaryEnergyKWhPerM2,
            primaryEnergySavedKWhPerYear: baseline.primaryEnergyKWh - primaryEnergyKWh,
            co2AvoidedKgPerYear: co2AvoidedKgPerYear, classBefore: baseline.label.overall, classAfter: label.overall,
            overheatingHours: Double(worstOverheatingHours ?? 0), heritage: heritage, application: application,
            plannedMeasures: plannedMeasureCount)
        let row = self.row
        return ResultRecord(outcome: outcome, values: Self.storedColumnIndices.map { row[$0] },
                            storeys: storeyRows.map { Array($0.dropFirst(2)) })
    }
}

extension ResultSchema {
    /// The schema of a run whose records come from `ScenarioOutcome.resultRecord`.
    public static let scenarioOutcome: ResultSchema = {
        do {
            var schema = try ResultSchema(columns: ScenarioOutcome.storedColumnIndices.map { ScenarioOutcome.resultColumns[$0] })
            schema.storeyColumns = ScenarioOutcome.storeyResultColumns
            return schema
        } catch {
            preconditionFailure("ScenarioOutcome.resultColumns do not form a valid schema: \(error)")
        }
    }()
}
