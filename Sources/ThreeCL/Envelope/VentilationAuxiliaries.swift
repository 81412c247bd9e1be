/// §5 — electricity of the ventilation fans: Caux = 8.76 × Pvent_moy (kWh/year), Pvent_moy in W.
public enum VentilationAuxiliaries {
    /// The fan families of §5's table.
    enum Family { case none, selfRegulating, humidity, doubleFlow }

    /// §5: hours per year / 1000, turning a mean power in W into kWh/year.
    static let hoursPerYearKilo = 8.76
    /// §5: mean power of a house's fans, W (before 2013, from 2013).
    static let housePower: [Family: (before: Double, after: Double)] = [
        .selfRegulating: (65, 35), .humidity: (50, 15), .doubleFlow: (80, 35),
    ]
    /// §5: specific power of a collective system, W per (m³/h): before 2013, from 2013.
    static let collectivePower: [Family: (before: Double, after: Double)] = [
        .selfRegulating: (0.46, 0.25), .humidity: (0.46, 0.25), .doubleFlow: (1.1, 0.6),
    ]
    /// §5: share of time a hybrid ventilation runs its fan (house, collective).
    static let hybridRatioHouse = 0.083
    static let hybridRatioCollective = 0.167

    static func family(_ typeId: Int, origin: ElementOrigin) throws(ThreeCLError) -> (Family, hybrid: Bool) {
        switch typeId {
        case 1, 2, 25, 34, 35, 36, 37, 38: return (.none, false)
        case 26, 27, 28, 29, 30, 31: return (.selfRegulating, true)
        case 3, 4, 5, 6, 10, 11, 12, 32, 33: return (.selfRegulating, false)
        case 7, 8, 9, 13, 14, 15, 16, 17, 18: return (.humidity, false)
        case 19, 20, 21, 22, 23, 24: return (.doubleFlow, false)
        default: throw origin.unknown("enum_type_ventilation_id", typeId, "type_ventilation (1–38)")
        }
    }

    /// §5: the yearly electricity of a ventilation system, kWh: a house takes the tabulated fan power; a flat or a
    /// building the specific power × Qvarep_conv × ventilated area; a hybrid system only its fan's running share.
    public static func consumptionKWh(
        _ v: VentilationInput, values: AirRenewalValues, isHouse: Bool
    ) throws(ThreeCLError) -> Double {
        let (fam, hybrid) = try family(v.ventilationTypeId, origin: v.origin)
        guard fam != .none else { return 0 }
        let after = v.installedAfter2012 && !hybrid
        let ratio = hybrid ? (isHouse ? hybridRatioHouse : hybridRatioCollective) : 1
        let power: Double
        if isHouse {
            guard let p = housePower[fam] else { return 0 }
            power = (after ? p.after : p.before) * ratio
        } else {
            guard let p = collectivePower[fam] else { return 0 }
            power = (after ? p.after : p.before) * values.qvarep * values.ventilatedAreaM2 * ratio
        }
        return hoursPerYearKilo * power
    }
}
