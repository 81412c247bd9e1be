/// Domestic hot-water need by the DPE convention (3CL-DPE 2021 §11; domain.md §1).
///
/// Need = 1.163 Wh/(L·K) × N_adeq × 56 L/day × (40 °C − θ_cold) × 365 days. N_adeq (adult-equivalent
/// occupants of one dwelling) from the reference area S (3CL §11, as in Open3CL `calc_nadeq_individuel`):
/// N_max = 1 for S < 30 m², 1.75 − 0.01875·(70 − S) for 30 ≤ S < 70, 0.025·S above;
/// N_adeq = N_max when N_max < 1.75, else 1.75 + 0.3·(N_max − 1.75).
/// θ_cold: yearly mean cold-water temperature, 11.5 °C (estimate for zone H2; the method uses monthly values).
public enum HotWaterNeed {
    public static let litresPerOccupantPerDay = 56.0
    public static let hotWaterTemperatureC = 40.0
    public static let defaultColdWaterTemperatureC = 11.5

    public static func adultEquivalents(referenceAreaM2 s: Double) -> Double {
        let nMax: Double = s < 30 ? 1 : s < 70 ? 1.75 - 0.01875 * (70 - s) : 0.025 * s
        return nMax < 1.75 ? nMax : 1.75 + 0.3 * (nMax - 1.75)
    }

    /// Yearly need of one dwelling, kWh.
    public static func needKWh(referenceAreaM2: Double,
                               coldWaterTemperatureC: Double = defaultColdWaterTemperatureC) -> Double {
        1.163e-3 * adultEquivalents(referenceAreaM2: referenceAreaM2) * litresPerOccupantPerDay
            * (hotWaterTemperatureC - coldWaterTemperatureC) * 365
    }
}
