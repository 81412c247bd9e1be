/// A building's DPE label computed by the 3CL-DPE 2021 engine, with the per-m² figures that gave it.
public struct ThreeCLLabel: Sendable, Hashable {
    /// Energy class (the double-threshold class, `classe_bilan_dpe`, is `label.overall`) and GHG class.
    public var label: DPELabel
    /// `ep_conso_5_usages_m2`: five-use primary energy per m² of habitable area, kWh/(m²·yr), rounded down as the DPE
    /// prints it.
    public var primaryEnergyKWhPerM2: Double
    /// `emission_ges_5_usages_m2`: five-use emissions, kgCO₂eq/(m²·yr), rounded down.
    public var greenhouseGasKgPerM2: Double
    /// `conso_5_usages_m2`: five-use final energy, kWh/(m²·yr), rounded down (the 2023 rental limit of 450 applies
    /// to it).
    public var finalEnergyKWhPerM2: Double

    public init(label: DPELabel, primaryEnergyKWhPerM2: Double, greenhouseGasKgPerM2: Double,
                finalEnergyKWhPerM2: Double) {
        self.label = label
        self.primaryEnergyKWhPerM2 = primaryEnergyKWhPerM2
        self.greenhouseGasKgPerM2 = greenhouseGasKgPerM2
        self.finalEnergyKWhPerM2 = finalEnergyKWhPerM2
    }

    /// First year the building may not be let: by class, or by the final-energy limit (`RentalBan`).
    public var rentalBanYear: Int? {
        RentalBan.firstBannedYear(for: label.overall, finalEnergyKWhPerM2: finalEnergyKWhPerM2)
    }
}
