import Foundation

/// A generator whose standby losses are partly recovered by the heated volume (§9.1.1).
public struct RecoverableGenerator: Sendable, Hashable, Codable {
    /// Standby losses Qp0, W.
    public var qp0W: Double
    /// Nominal power Pn, W.
    public var nominalPowerW: Double
    /// Balanced flue (Cper 0.75 instead of 0.5).
    public var balancedFlue: Bool
    /// Also produces hot water (adds the hot-water operating hours).
    public var alsoHotWater: Bool

    public init(qp0W: Double, nominalPowerW: Double, balancedFlue: Bool, alsoHotWater: Bool) {
        self.qp0W = qp0W
        self.nominalPowerW = nominalPowerW
        self.balancedFlue = balancedFlue
        self.alsoHotWater = alsoHotWater
    }
}

/// The heating need of the dwelling (§9.1), conventional (19 °C) and "spendthrift" (21 °C).
public struct HeatingNeedResult: Sendable, Hashable, Codable {
    /// Monthly need after the recovered losses, kWh (12 values), and the annual sum (`besoin_ch`).
    public var monthlyNeedKWh: [Double]
    public var needKWh: Double
    public var monthlySpendthriftNeedKWh: [Double]
    public var needSpendthriftKWh: Double
    /// Annual free gains, Wh as the DPE records them (`apport_solaire_ch`, `apport_interne_ch`).
    public var solarGainsWh: Double
    public var internalGainsWh: Double
    /// Σ F·GV·DH19 / Σ GV·DH19 (`fraction_apport_gratuit_ch`) and its 21 °C variant.
    public var freeGainFraction: Double
    public var freeGainFractionSpendthrift: Double
    /// Recovered generator standby losses, kWh (`pertes_generateur_ch_recup`) and the 21 °C variant.
    public var recoveredGeneratorLossesKWh: Double
    public var recoveredGeneratorLossesSpendthriftKWh: Double
}

/// §9.1 — Heating need by the monthly degree-hour method.
public enum HeatingNeed {
    /// §9.1 exponent α of the free-gain utilisation factor by inertia class (ADEME `classe_inertie`:
    /// 1 very heavy and 2 heavy → 3.6, 3 medium → 2.9, 4 light → 2.5).
    public static func inertiaExponent(inertiaClassId: Int) throws(ThreeCLError) -> Double {
        switch inertiaClassId {
        case 1, 2: return 3.6
        case 3: return 2.9
        case 4: return 2.5
        default:
            throw .unknownEnumValue(
                file: "", path: "enveloppe/inertie/enum_classe_inertie_id", value: "\(inertiaClassId)",
                enumeration: "classe_inertie (1–4)")
        }
    }

    /// §9.1 the "ilpa" variant of the climate tables (DH19, DH21, Nref, e) applies to buildings of heavy inertia
    /// (very heavy or heavy) made of old materials. The recorded DPE agree with this reading (the inertia condition
    /// included), so the dwelling's `oldMaterials` flag alone does not select it.
    public static func usesOldHeavyVariant(_ dwelling: DwellingDescription, inertiaClassId: Int) -> Bool {
        dwelling.oldMaterials && (inertiaClassId == 1 || inertiaClassId == 2)
    }

    /// The dwelling as the climate tables see it: `oldMaterials` set only for the ilpa variant (§9.1).
    public static func climateDwelling(_ dwelling: DwellingDescription, inertiaClassId: Int) -> DwellingDescription {
        var d = dwelling
        d.oldMaterials = usesOldHeavyVariant(dwelling, inertiaClassId: inertiaClassId)
        return d
    }

    /// §9.1 free-gain fraction of a month: X = (As + Ai) / (GV × DH), F = (X − X^α) / (1 − X^α); 0 when DH = 0.
    public static func freeGainFraction(
        solarGainsWh: Double, internalGainsWh: Double, envelopeWPerK: Double, degreeHours: Double, alpha: Double
    ) -> Double {
        guard degreeHours > 0, envelopeWPerK > 0 else { return 0 }
        let x = (solarGainsWh + internalGainsWh) / (envelopeWPerK * degreeHours)
        let xa = pow(x, alpha)
        // At X = 1 the expression tends to (α − 1) / α.
        if abs(1 - xa) < 1e-12 { return (alpha - 1) / alpha }
        return (x - xa) / (1 - xa)
    }

    /// §9.1.1 recovered standby losses of one generator for one month, Wh:
    /// Qrec = 0.48 × Cper × Qp0 × Dper, Cper = 0.75 (balanced flue) or 0.5,
    /// Dper = min(Nref, 1.3 × Bch / (0.3 × Pn)).
    ///
    /// Bch is taken in kWh and Pn in W in Dper, as the certified software do (their recorded
    /// `pertes_generateur_ch_recup` agree with that reading, 1000 times below the Wh reading).
    /// - Parameter needKWh: the month's heating need before recovery, kWh.
    public static func recoveredGeneratorLossesWh(
        _ g: RecoverableGenerator, heatingHours: Double, needKWh: Double
    ) -> Double {
        guard g.qp0W > 0, g.nominalPowerW > 0 else { return 0 }
        let cper = g.balancedFlue ? 0.75 : 0.5
        // The hot-water running hours (Nref × 1790 / 8760) are not added: the recorded values show the certified
        // software count the heating part only.
        let running = 1.3 * needKWh / (0.3 * g.nominalPowerW)
        return 0.48 * cper * g.qp0W * min(heatingHours, running)
    }

    /// §9.1 heating need, conventional and spendthrift.
    ///
    /// Bch,j = GV × (1 − Fj) × DH19,j / 1000 − Qrec,j (kWh, not below 0), with DH19 and Nref19 of the "ilpa"
    /// variant for buildings of old materials; the spendthrift variant uses DH21 and Nref21 (§9.1, "scénario
    /// dépensier"). Qrec,j are the recovered hot-water losses (§11, given) and generator standby losses (§9.1.1).
    /// - Parameters:
    ///   - envelopeWPerK: GV, the envelope's loss coefficient (§3), W/K.
    ///   - southEquivalentAreaM2ByMonth: Sse,j (§6.2), 12 values.
    ///   - habitableAreaM2: Sh of the internal gains.
    ///   - adjustedOccupants: Nadeq (§11).
    ///   - recoverableHotWaterLossesKWhByMonth: recovered hot-water distribution and storage losses, 12 values.
    public static func compute(
        envelopeWPerK: Double, southEquivalentAreaM2ByMonth: [Double], inertiaClassId: Int, habitableAreaM2: Double,
        adjustedOccupants: Double, dwelling: DwellingDescription, recoverableHotWaterLossesKWhByMonth: [Double],
        recoverableHotWaterLossesSpendthriftKWhByMonth: [Double]? = nil, generators: [RecoverableGenerator] = [],
        tables: MethodTables
    ) throws(ThreeCLError) -> HeatingNeedResult {
        guard recoverableHotWaterLossesKWhByMonth.count == 12 else {
            throw .invalidValue(
                file: "", path: "recoverableHotWaterLossesKWhByMonth",
                value: "\(recoverableHotWaterLossesKWhByMonth.count) values", expected: "12 monthly values")
        }
        let dwelling = climateDwelling(dwelling, inertiaClassId: inertiaClassId)
        let zone = dwelling.climateZone
        let altitude = dwelling.altitude
        let ilpa = dwelling.oldMaterials
        let dh19 = try tables.monthly(.dh19, zone: zone, altitude: altitude, ilpa: ilpa)
        let dh21 = try tables.monthly(.dh21, zone: zone, altitude: altitude, ilpa: ilpa)
        let nref19 = try tables.monthly(.nref19, zone: zone, altitude: altitude, ilpa: ilpa)
        let nref21 = try tables.monthly(.nref21, zone: zone, altitude: altitude, ilpa: ilpa)
        let solar = try FreeGains.monthlySolarGainsWh(
            southEquivalentAreaM2ByMonth: southEquivalentAreaM2ByMonth, dwelling: dwelling, tables: tables)
        let alpha = try inertiaExponent(inertiaClassId: inertiaClassId)
        let gv = envelopeWPerK
        let spendthriftLosses = recoverableHotWaterLossesSpendthriftKWhByMonth ?? recoverableHotWaterLossesKWhByMonth

        var out = HeatingNeedResult(
            monthlyNeedKWh: [], needKWh: 0, monthlySpendthriftNeedKWh: [], needSpendthriftKWh: 0, solarGainsWh: 0,
            internalGainsWh: 0, freeGainFraction: 0, freeGainFractionSpendthrift: 0, recoveredGeneratorLossesKWh: 0,
            recoveredGeneratorLossesSpendthriftKWh: 0)
        var weighted19 = 0.0, total19 = 0.0, weighted21 = 0.0, total21 = 0.0
        for j in 0..<12 {
            let ai19 = FreeGains.internalGainsWh(
                habitableAreaM2: habitableAreaM2, adjustedOccupants: adjustedOccupants, heatingHours: nref19[j])
            let ai21 = FreeGains.internalGainsWh(
                habitableAreaM2: habitableAreaM2, adjustedOccupants: adjustedOccupants, heatingHours: nref21[j])
            out.solarGainsWh += solar[j]
            out.internalGainsWh += ai19
            let f19 = freeGainFraction(
                solarGainsWh: solar[j], internalGainsWh: ai19, envelopeWPerK: gv, degreeHours: dh19[j], alpha: alpha)
            let f21 = freeGainFraction(
                solarGainsWh: solar[j], internalGainsWh: ai21, envelopeWPerK: gv, degreeHours: dh21[j], alpha: alpha)
            weighted19 += f19 * gv * dh19[j]
            total19 += gv * dh19[j]
            weighted21 += f21 * gv * dh21[j]
            total21 += gv * dh21[j]
            let gross19Wh = dh19[j] > 0 ? gv * (1 - f19) * dh19[j] : 0
            let gross21Wh = dh21[j] > 0 ? gv * (1 - f21) * dh21[j] : 0
            var gen19 = 0.0, gen21 = 0.0
            for g in generators {
                gen19 += recoveredGeneratorLossesWh(g, heatingHours: nref19[j], needKWh: gross19Wh / 1000)
                gen21 += recoveredGeneratorLossesWh(g, heatingHours: nref21[j], needKWh: gross21Wh / 1000)
            }
            out.recoveredGeneratorLossesKWh += gen19 / 1000
            out.recoveredGeneratorLossesSpendthriftKWh += gen21 / 1000
            let b19 = max(0, gross19Wh / 1000 - recoverableHotWaterLossesKWhByMonth[j] - gen19 / 1000)
            let b21 = max(0, gross21Wh / 1000 - spendthriftLosses[j] - gen21 / 1000)
            out.monthlyNeedKWh.append(b19)
            out.monthlySpendthriftNeedKWh.append(b21)
            out.needKWh += b19
            out.needSpendthriftKWh += b21
        }
        out.freeGainFraction = total19 > 0 ? weighted19 / total19 : 0
        out.freeGainFractionSpendthrift = total21 > 0 ? weighted21 / total21 : 0
        return out
    }
}
