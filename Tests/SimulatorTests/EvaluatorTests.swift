import BuildingModel
import Testing
@testable import Simulator

@Suite struct EvaluatorTests {
    @Test func wholeChainWithTheDegreeHourModel() throws {
        let (c, s) = try RetrofitFixtures.bundled()
        let (b, f) = RetrofitFixtures.terracedHouse()
        let baseline = Envelope(building: b, facades: f)
        let applier = ScenarioApplier(set: s, catalogue: c, verdicts: RetrofitFixtures.protectedCentre)
        let evaluator = Evaluator(needModel: DegreeHourNeedModel())
        let baseBalance = try evaluator.baselineBalance(baseline)

        let before = try evaluator.evaluate(
            applier.apply(try #require(s["baseline"]), to: b, facades: f, isProtected: true), baseline: baseline,
            baselineBalance: baseBalance)
        let after = try evaluator.evaluate(
            applier.apply(try #require(s["envelope-heritage"]), to: b, facades: f, isProtected: true),
            baseline: baseline, baselineBalance: baseBalance)

        // Baseline: no works, no savings, no cost.
        #expect(before.capexEUR == 0)
        #expect(abs(before.finalEnergySavedKWhPerYear) < 1e-9)
        #expect(before.simplePaybackYears == nil)
        // Electric convectors: every kWh is electricity; primary = 1.9 × final.
        #expect(before.finalEnergyByCarrierKWh.keys.sorted() == [.electricity])
        #expect(abs(before.primaryEnergyKWh - 1.9 * before.finalEnergyKWh) < 1e-6)
        // Hand check of the hot-water convention: 3 dwellings of S/3 m² each.
        let sPer = baseline.referenceAreaM2 / 3
        #expect(abs(before.hotWaterNeedKWh - 3 * HotWaterNeed.needKWh(referenceAreaM2: sPer)) < 1e-9)

        // Works: lower need and energy, a class no worse, positive cost and savings, consistent economics.
        #expect(after.heatingNeedKWh < before.heatingNeedKWh)
        #expect(after.label.overall <= before.label.overall)
        #expect(after.capexEUR > 0)
        #expect(after.finalEnergySavedKWhPerYear > 0)
        #expect(after.co2AvoidedKgPerYear > 0)
        let perKWh = try #require(after.eurPerKWhSaved)
        #expect(abs(perKWh - after.annualisedCostEURPerYear / after.finalEnergySavedKWhPerYear) < 1e-9)
        let payback = try #require(after.simplePaybackYears)
        #expect(abs(payback - after.capexEUR / after.billSavingEURPerYear) < 1e-9)
        #expect(after.needsABFApproval)  // wooden windows are conditional in the fixture's protected centre
        #expect(after.worstMoistureRisk != nil)
        #expect(after.worstMoistureRisk! < .high)

        // Per storey: three dwellings with their own class and ban year, the worst one reported.
        #expect(after.storeys.count == 3)
        let worst = try #require(after.worstStoreyIndex)
        #expect(after.storeys.allSatisfy { $0.label.overall <= after.storeys[worst].label.overall })
        #expect(after.worstStoreyRentalBanYear == after.storeys[worst].rentalBanYear)
        for st in after.storeys {
            #expect(st.rentalBanYear == RentalBan.firstBannedYear(for: st.label.overall,
                                                                  finalEnergyKWhPerM2: st.finalEnergyKWhPerM2))
        }
        // Legal outcome consistent with the ban year.
        switch (after.legalOutcome, after.rentalBanYear) {
        case (.compliant, nil): break
        case (.bannedFrom(let y), let z?): #expect(y == z)
        default: Issue.record("legal outcome \(after.legalOutcome) vs ban year \(String(describing: after.rentalBanYear))")
        }
        // Flat rows for the batch runner.
        #expect(after.row.count == ScenarioOutcome.columns.count)
        #expect(Set(ScenarioOutcome.columns).count == ScenarioOutcome.columns.count)
        #expect(after.storeyRows.allSatisfy { $0.count == ScenarioOutcome.storeyColumns.count })
    }

    /// A need model that gives hourly temperatures feeds the overheating columns, per storey and worst storey.
    @Test func overheatingFromTheNeedModel() throws {
        struct HotTop: NeedModel {
            func needs(for envelope: Envelope) -> [StoreyNeeds] {
                envelope.storeys.map { s in
                    let peak = s.isUnderRoof ? 31.0 : 26.0
                    return StoreyNeeds(heatingNeedKWh: 1000, coolingNeedKWh: 0,
                                       freeFloatOperativeTemperaturesC: Array(repeating: peak, count: 8760))
                }
            }
        }
        let (b, f) = RetrofitFixtures.terracedHouse()
        let env = Envelope(building: b, facades: f)
        let applied = AppliedScenario(scenarioID: "none", isApplicable: true, notApplicableReason: nil,
                                      envelope: env, applied: [], skipped: [], blockedByHeritage: nil)
        let o = try Evaluator(needModel: HotTop()).evaluate(applied, baseline: env)
        let summer = OverheatingMetrics.summerHours.count
        #expect(o.worstOverheatingStoreyIndex == 2)
        #expect(o.worstOverheatingHours == summer)
        #expect(abs(o.worstOverheatingDegreeHoursKh! - 3.0 * Double(summer)) < 1e-6)
        #expect(o.storeys[0].overheating?.hoursAboveThreshold == 0)
    }

    @Test func economics() {
        #expect(abs(Economics.capitalRecoveryFactor(rate: 0, years: 20) - 0.05) < 1e-12)
        // r = 3 %, n = 30: 0.03 / (1 − 1.03^−30) = 0.051019…
        #expect(abs(Economics.capitalRecoveryFactor(rate: 0.03, years: 30) - 0.0510193) < 1e-6)
        #expect(Economics.eurPerKWhSaved(annualisedEURPerYear: 100, savedKWhPerYear: 0) == nil)
        #expect(Economics.eurPerTonneCO2Avoided(annualisedEURPerYear: 100, avoidedKgPerYear: 500) == 200)
        #expect(Economics.simplePaybackYears(capexEUR: 1000, billSavingEURPerYear: 100) == 10)
    }

    @Test func hotWaterAdultEquivalents() {
        #expect(HotWaterNeed.adultEquivalents(referenceAreaM2: 20) == 1)
        #expect(abs(HotWaterNeed.adultEquivalents(referenceAreaM2: 50) - 1.375) < 1e-12)
        #expect(abs(HotWaterNeed.adultEquivalents(referenceAreaM2: 100) - (1.75 + 0.3 * 0.75)) < 1e-12)
    }
}
