/// The conversion of final into primary energy (arrêté du 31 mars 2021, annex; the electricity factor changed
/// from 2.3 to 1.9 for DPE established from 1 January 2026).
public struct PrimaryEnergyFactors: Sendable, Hashable, Codable {
    /// Electricity's factor (kWhEP/kWhEF): 2.3 before 2026, 1.9 from 1 January 2026.
    public var electricity: Double

    public static let electricityBefore2026 = 2.3
    public static let electricityFrom2026 = 1.9

    public init(electricity: Double = Self.electricityBefore2026) { self.electricity = electricity }

    /// The factors in force at a DPE's establishment date (`date_etablissement_dpe`, "YYYY-MM-DD"); 2.3 when the
    /// date is unknown.
    public static func inForce(onDPEDate date: String?) -> PrimaryEnergyFactors {
        guard let date, let year = Int(date.prefix(4)) else { return PrimaryEnergyFactors() }
        return PrimaryEnergyFactors(electricity: year >= 2026 ? electricityFrom2026 : electricityBefore2026)
    }

    /// Factor of an energy (`enum_type_energie_id`): electricity (1) the electricity factor, every other energy 1
    /// (fossil fuels, wood, district heating and cooling, electricity of renewable origin used in the building).
    public func factor(energyId: Int) -> Double { energyId == 1 ? electricity : 1 }
}
