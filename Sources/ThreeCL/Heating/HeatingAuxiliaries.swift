import Foundation

/// §15 — Electricity of the heating auxiliaries: generation (burner fans, pumps inside boilers) and distribution
/// (circulators of hydronic networks).
public enum HeatingAuxiliaries {
    /// §15.1 the constants G (W) and H (W/kW) of Paux,g = G + H × Pn by generator type (ADEME
    /// `type_generateur_ch`): gas, LPG and oil boilers 20 + 1.6 Pn (Pn capped at 400 kW); gas radiators G = 40;
    /// hot-air generators H = 4 (Pn capped at 300 kW); wood boilers with a fan 73.3 + 10.5 Pn (capped at 70 kW).
    static func constants(typeId: Int, woodBoilerFan: Bool) -> (g: Double, h: Double, capKW: Double)? {
        switch typeId {
        case 75...97, 127...139, 148...151, 160, 161: return (20, 1.6, 400)
        case 53, 54: return (40, 0, .infinity)
        case 50...52: return (0, 4, 300)
        case 55...74, 152...156: return woodBoilerFan ? (73.3, 10.5, 70) : nil
        default: return nil
        }
    }

    /// §15.1 generation auxiliaries of a generator, kWh: Caux,g = Paux,g × Bch / Pn, Paux,g = G + H × min(Pn, cap).
    /// - Parameters:
    ///   - needKWh: the part of the heating need the generator covers.
    ///   - nominalPowerW: Pn.
    public static func generationKWh(typeId: Int, nominalPowerW: Double, needKWh: Double, woodBoilerFan: Bool = false) -> Double {
        guard nominalPowerW > 0, let c = constants(typeId: typeId, woodBoilerFan: woodBoilerFan) else { return 0 }
        let paux = c.g + c.h * min(nominalPowerW / 1000, c.capKW)
        return paux * needKWh / nominalPowerW
    }

    /// §15.2 whether a generator type has distribution auxiliaries (an external circulator): hydronic generators
    /// (heat pumps other than air/air, boilers, district heating, air heaters); not stoves, gas radiators nor
    /// direct electric emitters.
    public static func hasDistributionAuxiliaries(typeId: Int) -> Bool {
        typeId >= 106 || (55...97).contains(typeId) || (48...52).contains(typeId) || (4...19).contains(typeId)
    }

    /// §15.2.1 distribution auxiliaries of an installation, kWh: Pcirc × ΣNref19 / 1000 with
    /// Pcirc = max(30, 6.44 × (ΔP × Qv / n)^0.676 × n) W, n = max(1, S / 400) circulators,
    /// ΔP = 0.15 × Lem + ΔPem (kPa), Lem = 5 × Fcot × (Niv + √(S / Niv)),
    /// Qv = Pnc × S / Sh × R / (1.163 × ΔθDim), Pnc = GV × (20 − Tbase) / 1000 (kW), R the share of the
    /// installation's need the networked generator covers: 1 / Ngen in a simple installation, else
    /// `generatorShare`, the need share of its first generator with a circulator (a boiler backed by a wood stove
    /// covers 75 %, §9.1.4).
    /// Evidence for R: the 17 installations of the corpus with a top-up (configurations 3, 5, 6, 10) whose
    /// circulator is above its 30 W floor record Pcirc with R = the main generator's share (e.g. 2187E0982378D,
    /// boiler + wood stove: 423.4 kWh recorded, 321.9 with R = 1/2, 423.5 with R = 0.75).
    public static func distributionKWh(
        installation: HeatingInstallation, habitableAreaM2: Double, envelopeWPerK: Double,
        dwelling: DwellingDescription, generatorShare: Double? = nil, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        // A collective multi-building installation modelled as a district heating network (ADEME
        // `type_installation` 3) still has its own hydronic network and circulators. Evidence: the two flats of
        // the corpus on such an installation whose software records the distribution auxiliaries (2275E3186431Z,
        // 2302E4043473J) record 173.8 kWh, the 30 W floor; counting them brings 9 of the 15 flats on such
        // installations closer to their recorded primary energy, 3 farther (4 more within 5 %, none leaving it).
        guard installation.generators.contains(where: { hasDistributionAuxiliaries(typeId: $0.generatorTypeId) }),
            let first = installation.emitters.first
        else { return 0 }
        let nref = try tables.monthly(
            "nref19", zone: dwelling.climateZone, altitude: dwelling.altitude, ilpa: dwelling.oldMaterials
        ).reduce(0, +)
        var deltaPem = 35.0
        var fcot = 0.802
        let type = first.emissionDistributionTypeId
        if [6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 43, 44].contains(type) {
            deltaPem = 15
            fcot = 0.156
        } else if (24...31).contains(type) {
            deltaPem = 30
        } else if [10, 19, 32, 33, 34, 35, 36, 37, 38, 39, 45].contains(type) {
            deltaPem = 10
        }
        if installation.emitters.count > 1 { fcot = 0.802 }
        let levels = Double(max(1, installation.levelCount))
        let s = installation.heatedAreaM2
        let n = max(1, s / 400)
        let lem = 5 * fcot * (levels + (s / levels).squareRoot())
        let deltaP = 0.15 * lem + deltaPem
        let generators = Double(installation.configurationId == 1 ? 1 : max(1, installation.generators.count))
        let share = generatorShare.flatMap { $0 > 0 && $0 <= 1 ? $0 : nil } ?? 1 / generators
        let ratio = s / habitableAreaM2 * share
        let highTemperature = installation.emitters.contains {
            $0.distributionTemperatureId == 4 || $0.emissionDistributionTypeId == 5
        }
        let deltaDim = highTemperature ? 15.0 : 7.5
        let pnc = envelopeWPerK * (20 - CombustionGenerator.baseTemperature(dwelling)) / 1000
        let qv = pnc * ratio / (1.163 * deltaDim)
        let pcirc = max(30, 6.44 * pow(deltaP * qv / n, 0.676) * n)
        return pcirc * nref / 1000
    }
}
