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
    /// The "from 2013" powers apply to a system installed after 2012, which is the case of any system of a
    /// building built after 2012 (`constructionPeriodId` 9 or 10) whatever `ventilation_post_2012` says.
    /// Evidence: 2592E0472851H (built 2013, `ventilation_post_2012` 0) records the "from 2013" power
    /// (11,143 kWh; 20,503 with the earlier one).
    public static func consumptionKWh(
        _ v: VentilationInput, values: AirRenewalValues, isHouse: Bool, constructionPeriodId: Int? = nil
    ) throws(ThreeCLError) -> Double {
        let (fam, hybrid) = try family(v.ventilationTypeId, origin: v.origin)
        guard fam != .none else { return 0 }
        let builtAfter2012 = (constructionPeriodId ?? 0) >= 9
        let after = (v.installedAfter2012 || builtAfter2012) && !hybrid
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

    /// §5 with §17.2 (collective systems): the part of a collective ventilation's electricity that the dwelling
    /// carries. A flat's DPE computes a collective system on the building's ventilated area (§4), so its fans'
    /// electricity is the building's; the flat's part is the share key the diagnostician entered
    /// (`cle_repartition_ventilation`), else its habitable area over the area the system ventilates. A house, a
    /// whole building or a system ventilating only the dwelling carries it all.
    /// Evidence: the 17 flats of the corpus with a key record `conso_auxiliaire_ventilation` = Caux × key (e.g.
    /// 2213E2971717J: 29,121 kWh × 0.00595 = 173.4 recorded; 2463E3164679Z: 4,034 × 0.0627 = 252.9 recorded).
    public static func dwellingShare(
        _ v: VentilationInput, values: AirRenewalValues, dwelling: DwellingDescription
    ) -> Double {
        guard !dwelling.isHouse, !dwelling.isWholeBuilding else { return 1 }
        if let key = v.distributionKey, key > 0, key <= 1 { return key }
        let served = values.ventilatedAreaM2
        guard served > dwelling.habitableAreaM2, dwelling.habitableAreaM2 > 0 else { return 1 }
        return dwelling.habitableAreaM2 / served
    }
}
