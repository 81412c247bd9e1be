import BuildingModel

/// Computes everything downstream of the needs for one building × one scenario: final energy by carrier,
/// primary energy, CO₂, DPE class (building and per storey), rental-ban year, legal outcome, overheating,
/// moisture risk, decency, costs.
///
/// The building's class and rental-ban year come from the 3CL-DPE label when the caller gives one (the batch,
/// `ScenarioPairEvaluator`, computes it with `ThreeCLLabeler`); otherwise from the needs converted with the DPE
/// factors (`EnergyBalance.label`). The storeys' classes always come from the needs.
///
/// Dwellings: each storey is treated as one dwelling for its own label (its reference area, its heating need,
/// the hot-water need of the building shared by reference area). The building label uses the totals.
public struct Evaluator: Sendable {
    public var needModel: any NeedModel
    public var settings: EvaluationSettings

    public init(needModel: any NeedModel, settings: EvaluationSettings = EvaluationSettings()) {
        self.needModel = needModel
        self.settings = settings
    }

    /// Hot-water need of the building, kWh/yr: `dwellings` dwellings of equal area (DPE convention).
    func hotWaterNeedKWh(_ env: Envelope) -> Double {
        let n = Double(max(env.dwellings, 1))
        return n * HotWaterNeed.needKWh(referenceAreaM2: env.referenceAreaM2 / n,
                                        coldWaterTemperatureC: settings.coldWaterTemperatureC)
    }

    /// Building-level energy of an envelope with its per-storey needs.
    func balances(_ env: Envelope, _ needs: [StoreyNeeds]) -> (EnergyBalance, [EnergyBalance]) {
        let dhw = hotWaterNeedKWh(env)
        let area = env.referenceAreaM2
        let storeys = env.storeys.indices.map { i in
            EnergyBalance(referenceAreaM2: env.storeys[i].referenceAreaM2, heatingNeedKWh: needs[i].heatingNeedKWh,
                          coolingNeedKWh: needs[i].coolingNeedKWh,
                          hotWaterNeedKWh: dhw * env.storeys[i].referenceAreaM2 / area, envelope: env,
                          factors: settings.factors)
        }
        let total = EnergyBalance(referenceAreaM2: area, heatingNeedKWh: needs.reduce(0) { $0 + $1.heatingNeedKWh },
                                  coolingNeedKWh: needs.reduce(0) { $0 + $1.coolingNeedKWh }, hotWaterNeedKWh: dhw,
                                  envelope: env, factors: settings.factors)
        return (total, storeys)
    }

    /// Building-level energy of the envelope before works (cache it across scenarios of one building).
    public func baselineBalance(_ baseline: Envelope) throws -> EnergyBalance {
        var cache = NeedCache()
        return try baselineBalance(baseline, needCache: &cache)
    }

    /// As above, taking the needs from (or adding them to) the building's `needCache`.
    public func baselineBalance(_ baseline: Envelope, needCache: inout NeedCache) throws -> EnergyBalance {
        balances(baseline, try needCache.needs(for: baseline, model: needModel)).0
    }

    /// Evaluates an applied scenario.
    /// - Parameters:
    ///   - baseline: the envelope before works.
    ///   - baselineBalance: its energy (computed when nil).
    ///   - dwellingLabel: the building's 3CL-DPE label after the scenario (`ThreeCLLabeler`; of the baseline when
    ///     the works are blocked), which then gives the outcome's label and rental-ban year; nil: they come from
    ///     the needs (`LabelMethod.hourlyNeeds`).
    /// - Throws: whatever the need model throws.
    public func evaluate(_ applied: AppliedScenario, baseline: Envelope,
                         baselineBalance: EnergyBalance? = nil, dwellingLabel: ThreeCLLabel? = nil) throws -> ScenarioOutcome {
        var cache = NeedCache()
        return try evaluate(applied, baseline: baseline, baselineBalance: baselineBalance, needCache: &cache,
                            dwellingLabel: dwellingLabel)
    }

    /// As above, taking the needs from (or adding them to) `needCache`, which holds needs of the same building's
    /// envelopes (`NeedCache`); the outcome is the same as without it.
    public func evaluate(_ applied: AppliedScenario, baseline: Envelope, baselineBalance: EnergyBalance?,
                         needCache: inout NeedCache, dwellingLabel: ThreeCLLabel? = nil) throws -> ScenarioOutcome {
        let base = try baselineBalance ?? self.baselineBalance(baseline, needCache: &needCache)
        // Blocked works are not carried out: the building stays as it was.
        let blocked = applied.blockedByHeritage != nil
        let env = applied.builtEnvelope(baseline: baseline)
        let measures = blocked ? [] : applied.applied
        let needs = try needCache.needs(for: env, model: needModel)
        precondition(needs.count == env.storeys.count, "need model returned \(needs.count) storeys for \(env.storeys.count)")
        let (total, storeyBalances) = balances(env, needs)
        let label = dwellingLabel?.label ?? total.label(thresholds: settings.thresholds)
        let banYear = dwellingLabel.map(\.rentalBanYear)
            ?? RentalBan.firstBannedYear(for: label.overall, finalEnergyKWhPerM2: total.finalEnergyKWhPerM2)

        var storeys: [StoreyOutcome] = []
        for (i, b) in storeyBalances.enumerated() {
            let l = b.label(thresholds: settings.thresholds)
            storeys.append(StoreyOutcome(
                storeyIndex: i, referenceAreaM2: b.referenceAreaM2, heatingNeedKWh: b.heatingNeedKWh,
                coolingNeedKWh: b.coolingNeedKWh, hotWaterNeedKWh: b.hotWaterNeedKWh,
                finalEnergyKWhPerM2: b.finalEnergyKWhPerM2, primaryEnergyKWhPerM2: b.primaryEnergyKWhPerM2,
                co2KgPerM2: b.co2KgPerM2, label: l,
                rentalBanYear: RentalBan.firstBannedYear(for: l.overall, finalEnergyKWhPerM2: b.finalEnergyKWhPerM2),
                overheating: needs[i].overheating
                    ?? needs[i].freeFloatOperativeTemperaturesC.map { OverheatingMetrics(operativeTemperaturesC: $0) },
                decency: DecencyCheck(floorAreaM2: b.referenceAreaM2, storeyHeightM: env.storeys[i].heightM)))
        }
        let worst = storeys.indices.max {
            (storeys[$0].label.overall, storeys[$0].primaryEnergyKWhPerM2)
                < (storeys[$1].label.overall, storeys[$1].primaryEnergyKWhPerM2)
        }
        let overheating = storeys.compactMap(\.overheating)
        let worstHot = overheating.count == storeys.count ? OverheatingMetrics.worst(overheating) : nil
        let moisture = MoistureRiskRules.assess(env)

        let legal: LegalOutcome = blocked ? .blockedByHeritage(banYear: banYear)
            : banYear.map { .bannedFrom($0) } ?? .compliant
        let capex = measures.reduce(0) { $0 + $1.capexEUR }
        let annualised = Economics.annualisedCostEURPerYear(measures, discountRate: settings.discountRate)
        let bill = settings.prices.billEUR(total.finalByCarrierKWh)
        let billSaving = settings.prices.billEUR(base.finalByCarrierKWh) - bill
        let saved = base.finalEnergyKWh - total.finalEnergyKWh
        let avoided = base.co2Kg - total.co2Kg

        return ScenarioOutcome(
            buildingID: env.buildingID, scenarioID: applied.scenarioID, isApplicable: applied.isApplicable,
            legalOutcome: legal, blockedByHeritage: applied.blockedByHeritage,
            needsABFApproval: !blocked && applied.needsABFApproval,
            appliedMeasures: measures.map { m in m.substitutedFor.map { "\(m.measureID)<-\($0)" } ?? m.measureID },
            skippedMeasureCount: applied.skipped.count, application: applied.application,
            skippedMeasures: applied.skippedSummary, plannedMeasureCount: applied.plannedMeasureCount,
            referenceAreaM2: total.referenceAreaM2,
            heatLossCoefficientWPerK: env.heatLossCoefficientWPerK, heatingNeedKWh: total.heatingNeedKWh,
            coolingNeedKWh: total.coolingNeedKWh, hotWaterNeedKWh: total.hotWaterNeedKWh,
            finalEnergyByCarrierKWh: total.finalByCarrierKWh, finalEnergyKWh: total.finalEnergyKWh,
            primaryEnergyKWh: total.primaryEnergyKWh, co2Kg: total.co2Kg,
            finalEnergyKWhPerM2: total.finalEnergyKWhPerM2, primaryEnergyKWhPerM2: total.primaryEnergyKWhPerM2,
            co2KgPerM2: total.co2KgPerM2, label: label, rentalBanYear: banYear,
            labelMethod: dwellingLabel == nil ? .hourlyNeeds : .threeCL2021,
            labelPrimaryEnergyKWhPerM2: dwellingLabel?.primaryEnergyKWhPerM2 ?? total.primaryEnergyKWhPerM2,
            labelGreenhouseGasKgPerM2: dwellingLabel?.greenhouseGasKgPerM2 ?? total.co2KgPerM2, worstStoreyIndex: worst,
            worstStoreyClass: worst.map { storeys[$0].label.overall },
            worstStoreyRentalBanYear: worst.flatMap { storeys[$0].rentalBanYear },
            worstOverheatingStoreyIndex: worstHot,
            worstOverheatingHours: worstHot.map { overheating[$0].hoursAboveThreshold },
            worstOverheatingDegreeHoursKh: worstHot.map { overheating[$0].degreeHoursAboveThresholdKh },
            worstMoistureRisk: moisture.values.map(\.risk).max(), moistureRiskByFacade: moisture,
            capexEUR: capex, annualisedCostEURPerYear: annualised, energyBillEURPerYear: bill,
            billSavingEURPerYear: billSaving, finalEnergySavedKWhPerYear: saved, co2AvoidedKgPerYear: avoided,
            eurPerKWhSaved: Economics.eurPerKWhSaved(annualisedEURPerYear: annualised, savedKWhPerYear: saved),
            eurPerTonneCO2Avoided: Economics.eurPerTonneCO2Avoided(annualisedEURPerYear: annualised,
                                                                   avoidedKgPerYear: avoided),
            simplePaybackYears: Economics.simplePaybackYears(capexEUR: capex, billSavingEURPerYear: billSaving),
            storeys: storeys)
    }
}
