import Foundation

/// §11.2 Distribution of hot water: its efficiency (table `rendement_distribution_ecs`), its losses recovered for
/// heating (§9.1.1), and the loop circulator of collective networks (§15.2.3).
public enum HotWaterDistribution {
    /// §11.2 Distribution efficiency Rd: the row the DPE cites, else the row selected from the installation:
    /// individual → production in the heated volume (pieces supplied contiguous, row 1) or outside (row 3);
    /// collective → by network insulation and loop (non-insulated rows 4/5, insulated looped rows 6/7, insulated
    /// with trace heating or neither row 8; a multi-building installation takes the "non-contiguous" rows).
    public static func efficiency(
        _ inst: HotWaterInstallation, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        if let id = inst.distributionTableId {
            return try tables.row("rendement_distribution_ecs", id: id).number("rd")
        }
        return try tables.row("rendement_distribution_ecs", id: tableRowId(inst)).number("rd")
    }

    /// §11.2 The row of `rendement_distribution_ecs` selected from the installation's attributes.
    static func tableRowId(_ inst: HotWaterInstallation) -> Int {
        if inst.isIndividual || inst.installationTypeId == 4 {
            return (inst.generators.first?.inHeatedVolume ?? true) ? 1 : 3
        }
        let nonContiguous = inst.installationTypeId == 3
        if inst.networkInsulated == false { return nonContiguous ? 5 : 4 }
        if inst.loopId == 2 { return nonContiguous ? 7 : 6 }
        return 8
    }

    /// §9.1.1 / §11.2 Distribution losses recoverable for heating, kW averaged over the year (to multiply by the
    /// heating hours Nref of the month): 0.48 × (Qdw,ind,vc × rdim + Qdw,col,vc) / 8760, with
    /// Qdw,ind,vc = 0.5 × Lvc × Becs = 0.1 × Becs (Lvc = 0.2) and, for a collective network, Qdw,col,vc = 0.112 × Becs.
    public static func recoverableLossesKW(annualNeedKWh becs: Double, installation inst: HotWaterInstallation) -> Double {
        let individual = 0.1 * becs
        if inst.isIndividual {
            return 0.48 * individual * (inst.identicalDwellings ?? 1) / 8760
        }
        return 0.48 * (individual + 0.112 * becs) / 8760
    }

    /// §15.2.3 Consumption of the distribution auxiliaries (loop circulator) of a collective network, kWh/year,
    /// for the whole loop: zero for an individual or non-looped installation; for trace heating, 0.14 × Becs; for a
    /// looped network, the circulator's monthly consumption from the loop length Lb = 4 √(Sh/Niv) + 6 (Niv − 0.5),
    /// its pressure loss ΔPb = 0.2 Lb + 10 kPa, the flow of the drawing hours (5 h a day) carrying the distribution
    /// losses Qd,w = 0.24 × Becs (Lvc = 0.2 Sh, plus 0.112 and 0.028 for the collective network), the hydraulic power
    /// Phyd = q × ΔPb / 3.6, the efficiency Phyd^0.324 / 15.3, at least 20 W, and 20 W outside the drawing hours.
    /// - Parameters:
    ///   - monthlyNeedKWh: the need of all the dwellings the loop serves.
    ///   - servedAreaM2: their habitable area Sh.
    public static func loopAuxiliaryConsumptionKWh(
        _ inst: HotWaterInstallation, monthlyNeedKWh becs: [Double], servedAreaM2 sh: Double
    ) -> Double {
        if inst.isIndividual { return 0 }
        switch inst.loopId {
        case 3:
            return 0.14 * becs.reduce(0, +)
        case 2:
            let levels = Double(max(inst.levelCount ?? 1, 1))
            let lb = 4 * (sh / levels).squareRoot() + 6 * (levels - 0.5)
            let dpb = 0.2 * lb + 10
            var wh = 0.0
            for j in 0..<12 {
                let qdw = 0.24 * becs[j] * 1000
                let drawingHours = MethodMonth.days[j] * 5
                let flow = qdw / (5.815 * drawingHours) / 1000
                let phyd = flow * dpb / 3.6
                let pcirc = phyd > 0 ? max(20, phyd / (pow(phyd, 0.324) / 15.3)) : 20
                wh += drawingHours * pcirc + (MethodMonth.days[j] * 24 - drawingHours) * 20
            }
            return wh / 1000
        default:
            return 0
        }
    }
}
