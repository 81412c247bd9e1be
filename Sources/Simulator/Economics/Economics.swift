import Foundation

/// Cost-effectiveness of a package of works.
public enum Economics {
    /// Capital recovery factor: the share of a capital paid back each year over `years` at `rate`,
    /// CRF = r / (1 − (1 + r)^−n); 1/n when r = 0 (EN 15459-1:2017 §6 annuity method).
    public static func capitalRecoveryFactor(rate: Double, years: Double) -> Double {
        precondition(years > 0)
        guard rate != 0 else { return 1 / years }
        return rate / (1 - pow(1 + rate, -years))
    }

    /// Annualised cost of measures, € per year: Σ capexᵢ × CRF(r, lifetimeᵢ).
    public static func annualisedCostEURPerYear(_ measures: [AppliedMeasure], discountRate: Double) -> Double {
        measures.reduce(0) {
            $0 + $1.capexEUR * capitalRecoveryFactor(rate: discountRate, years: $1.lifetimeYears)
        }
    }

    /// € per kWh saved: annualised cost / final energy saved per year (nil when nothing is saved).
    public static func eurPerKWhSaved(annualisedEURPerYear: Double, savedKWhPerYear: Double) -> Double? {
        savedKWhPerYear > 0 ? annualisedEURPerYear / savedKWhPerYear : nil
    }

    /// € per tonne of CO₂ avoided: annualised cost / tonnes avoided per year (nil when nothing is avoided).
    public static func eurPerTonneCO2Avoided(annualisedEURPerYear: Double, avoidedKgPerYear: Double) -> Double? {
        avoidedKgPerYear > 0 ? annualisedEURPerYear / (avoidedKgPerYear / 1000) : nil
    }

    /// Simple payback, years: capex / yearly bill saving (nil when the bill does not fall).
    public static func simplePaybackYears(capexEUR: Double, billSavingEURPerYear: Double) -> Double? {
        billSavingEURPerYear > 0 ? capexEUR / billSavingEURPerYear : nil
    }
}

extension Economics {
    /// Calculation period of the net present value, years: 30 years for residential buildings
    /// (EN 15459-1:2017, §5.3).
    public static let analysisPeriodYears = 30.0

    /// Net present value of a package of works over `years` at `discountRate`, € (higher is better), by the
    /// annuity method of EN 15459-1: the yearly net benefit (bill saving − annualised cost of the measures,
    /// each over its own lifetime) times the present-value factor 1 / CRF(r, years). A measure outliving the
    /// period is thus charged only its share of the period (its residual value is credited).
    public static func netPresentValueEUR(billSavingEURPerYear: Double, annualisedCostEURPerYear: Double,
                                          discountRate: Double, years: Double = analysisPeriodYears) -> Double {
        (billSavingEURPerYear - annualisedCostEURPerYear) / capitalRecoveryFactor(rate: discountRate, years: years)
    }
}
