/// The rental-ban calendar of the Loi Climat et Résilience (2021-1104, art. 160) and décret 2023-796 (domain.md §2).
public enum RentalBan {
    /// Final-energy limit for new leases from 1 January 2023, kWh final per m² and year.
    public static let finalEnergyLimitKWhPerM2: Double = 450
    /// Year from which the limit on final energy applies (new leases).
    public static let finalEnergyLimitYear = 2023

    /// First year from which a dwelling of this class may not be let (nil: not banned by the current calendar).
    /// G from 2025, F from 2028, E from 2034.
    public static func firstBannedYear(for dpeClass: DPEClass) -> Int? {
        switch dpeClass {
        case .g: 2025
        case .f: 2028
        case .e: 2034
        case .a, .b, .c, .d: nil
        }
    }

    /// The years in which a further class becomes banned from letting, ascending (2025, 2028, 2034).
    public static let banYears: [Int] = Array(Set(DPEClass.allCases.compactMap { firstBannedYear(for: $0) })).sorted()

    /// First year from which the dwelling may not be let, from its class and its final energy per m²
    /// (over 450 kWh/(m²·yr) final: banned for new leases since 2023).
    public static func firstBannedYear(for dpeClass: DPEClass, finalEnergyKWhPerM2: Double) -> Int? {
        let byFinal = finalEnergyKWhPerM2 > finalEnergyLimitKWhPerM2 ? finalEnergyLimitYear : nil
        switch (firstBannedYear(for: dpeClass), byFinal) {
        case (nil, nil): return nil
        case (let x?, nil): return x
        case (nil, let y?): return y
        case (let x?, let y?): return min(x, y)
        }
    }
}
