import Foundation

/// Final energy of one heating generator (§9.1), with what was resolved on the way (for comparison with the DPE's
/// `generateur_chauffage/donnee_intermediaire`).
public struct GeneratorConsumption: Sendable, Hashable, Codable {
    public var installationIndex: Int
    public var generatorIndex: Int
    public var generatorTypeId: Int
    /// ADEME `enum_type_energie_id` of the energy consumed.
    public var energyTypeId: Int
    /// ADEME `enum_usage_generateur_id` (3 = also produces hot water).
    public var usageId: Int
    /// How the generation efficiency was obtained.
    public var kind: GeneratorKind
    /// Generation efficiency Rg (or SCOP), conventional and spendthrift (differs for combustion generators).
    public var generationEfficiency: Double
    public var generationEfficiencySpendthrift: Double
    /// Combustion characteristics (Pn, Rpn, Rpint, Qp0, operating temperatures), for combustion generators.
    public var combustion: CombustionCharacteristics?
    /// Share of the installation's need this generator covers (configuration coefficients, cascades).
    public var needShare: Double
    /// Need covered, kWh; consumption, kWh of final energy (`conso_ch`, `conso_ch_depensier`).
    public var needKWh: Double
    public var consumptionKWh: Double
    public var consumptionSpendthriftKWh: Double
    /// Generation auxiliaries, kWh of electricity (§15.1).
    public var generationAuxiliaryKWh: Double
}

/// The way a generator's efficiency is obtained.
public enum GeneratorKind: String, Sendable, Hashable, Codable {
    case combustion, heatPump, fixedEfficiency
}

/// Intermediate values of one emitter (`emetteur_chauffage/donnee_intermediaire`).
public struct EmitterResult: Sendable, Hashable, Codable {
    public var installationIndex: Int
    public var emitterIndex: Int
    public var i0: Double
    /// INT (§8).
    public var intermittence: Double
    public var efficiencies: EmitterEfficiencies
}

/// The heating chapter's outputs for the dwelling.
///
/// For a flat computed from its building's data (ADEME application methods 10–13, 15, 16, 19, 20, 22–25, 33, 34,
/// 38–40) the need and the gains are the building's, as the DPE records them, while the consumptions and
/// auxiliaries are the flat's.
public struct HeatingResult: Sendable, Hashable, Codable {
    /// `besoin_ch`, `besoin_ch_depensier`, kWh.
    public var needKWh: Double, needSpendthriftKWh: Double
    /// `apport_solaire_ch`, `apport_interne_ch`, in Wh as the DPE records them.
    public var solarGainsWh: Double, internalGainsWh: Double
    /// `fraction_apport_gratuit_ch`.
    public var freeGainFraction: Double
    /// `pertes_generateur_ch_recup`, kWh.
    public var recoverableGeneratorLossesKWh: Double
    /// Final energy per generator with its ADEME `enum_type_energie_id`.
    public var consumptionByGenerator: [GeneratorConsumption]
    /// Electricity of the auxiliaries, kWh (`conso_auxiliaire_generation_ch`, `conso_auxiliaire_distribution_ch`).
    public var generationAuxiliaryKWh: Double, distributionAuxiliaryKWh: Double
    /// `conso_ch`, `conso_ch_depensier`: final energy of all generators, kWh.
    public var consumptionKWh: Double
    public var consumptionSpendthriftKWh: Double
    /// Per-emitter intermediate values.
    public var emitters: [EmitterResult]
    /// The need's monthly detail.
    public var need: HeatingNeedResult
}

/// §9 — Heating consumption of the dwelling: need (§9.1), intermittence (§8), emission/distribution/regulation,
/// generation (§12–13), several installations and generators (§9.1.3–9.1.4), auxiliaries (§15).
public enum HeatingCalculation {
    /// Computes the heating chapter.
    /// - Parameters:
    ///   - envelopeWPerK: GV (§3), W/K.
    ///   - southEquivalentAreaM2ByMonth: Sse,j (§6.2), 12 values.
    ///   - inertiaClassId: ADEME `classe_inertie` (§7).
    ///   - adjustedOccupants: Nadeq (§11), for the internal gains.
    ///   - recoverableHotWaterLossesKWhByMonth: recovered hot-water losses (§11/§9.1), 12 values.
    public static func compute(
        _ input: HeatingInput, dwelling: DwellingDescription, envelopeWPerK: Double,
        southEquivalentAreaM2ByMonth: [Double], inertiaClassId: Int, adjustedOccupants: Double,
        recoverableHotWaterLossesKWhByMonth: [Double], recoverableHotWaterLossesSpendthriftKWhByMonth: [Double]? = nil,
        tables: MethodTables
    ) throws(ThreeCLError) -> HeatingResult {
        let sh = needAreaM2(dwelling)
        let gv = envelopeWPerK
        guard gv > 0 else {
            throw .invalidValue(file: "", path: "deperdition_enveloppe", value: "\(gv)", expected: "a positive W/K")
        }

        let resolved = try resolveGenerators(input, dwelling: dwelling, envelopeWPerK: gv, tables: tables)
        let recoverable = resolved.recoverable
        let need = try HeatingNeed.compute(
            envelopeWPerK: gv, southEquivalentAreaM2ByMonth: southEquivalentAreaM2ByMonth, inertiaClassId: inertiaClassId,
            habitableAreaM2: sh, adjustedOccupants: adjustedOccupants, dwelling: dwelling,
            recoverableHotWaterLossesKWhByMonth: recoverableHotWaterLossesKWhByMonth,
            recoverableHotWaterLossesSpendthriftKWhByMonth: recoverableHotWaterLossesSpendthriftKWhByMonth,
            generators: recoverable, tables: tables)

        let parts = try consumption(
            input, dwelling: dwelling, envelopeWPerK: gv, inertiaClassId: inertiaClassId, needKWh: need.needKWh,
            needSpendthriftKWh: need.needSpendthriftKWh, monthlyNeedKWh: need.monthlyNeedKWh, tables: tables)
        let generators = parts.generators
        return HeatingResult(
            needKWh: need.needKWh, needSpendthriftKWh: need.needSpendthriftKWh, solarGainsWh: need.solarGainsWh,
            internalGainsWh: need.internalGainsWh, freeGainFraction: need.freeGainFraction,
            recoverableGeneratorLossesKWh: need.recoveredGeneratorLossesKWh, consumptionByGenerator: generators,
            generationAuxiliaryKWh: generators.reduce(0) { $0 + $1.generationAuxiliaryKWh },
            distributionAuxiliaryKWh: parts.distributionAuxiliaryKWh, consumptionKWh: generators.reduce(0) { $0 + $1.consumptionKWh },
            consumptionSpendthriftKWh: generators.reduce(0) { $0 + $1.consumptionSpendthriftKWh }, emitters: parts.emitters,
            need: need)
    }

    /// The generators' kinds and combustion characteristics, and those whose standby losses are recoverable (§9.1.1).
    public static func resolveGenerators(
        _ input: HeatingInput, dwelling: DwellingDescription, envelopeWPerK gv: Double, tables: MethodTables
    ) throws(ThreeCLError) -> (
        kinds: [[GeneratorKind]], combustion: [[CombustionCharacteristics?]], recoverable: [RecoverableGenerator],
        combustionPowerW: Double
    ) {
        // Generators: kind and characteristics (combustion ones need GV for their default power).
        var kinds: [[GeneratorKind]] = []
        var combustion: [[CombustionCharacteristics?]] = []
        var recoverable: [RecoverableGenerator] = []
        var combustionPowerW = 0.0
        for inst in input.installations {
            var k: [GeneratorKind] = []
            var c: [CombustionCharacteristics?] = []
            for g in inst.generators {
                let kind = try generatorKind(g, tables: tables)
                k.append(kind)
                if kind == .combustion {
                    let ch = try CombustionGenerator.characteristics(
                        g, installation: inst, envelopeWPerK: gv, dwelling: dwelling, tables: tables)
                    c.append(ch)
                    combustionPowerW += ch.nominalPowerW
                    let hotAir: Bool
                    if let kind = tables.combustionKind(rowId: ch.tableRowId) {
                        hotAir = kind.isHotAir
                    } else {
                        hotAir = tables.combustionKind(of: try tables.row("generateur_combustion", id: ch.tableRowId)).isHotAir
                    }
                    if g.insideHeatedVolume, ch.qp0W > 0, !hotAir {
                        recoverable.append(
                            RecoverableGenerator(
                                qp0W: ch.qp0W, nominalPowerW: ch.nominalPowerW, balancedFlue: g.balancedFlue,
                                alsoHotWater: g.usageId == 3))
                    }
                } else {
                    c.append(nil)
                }
            }
            kinds.append(k)
            combustion.append(c)
        }

        return (kinds, combustion, recoverable, combustionPowerW)
    }

    /// §9.1.3–9.1.4, §8, §12–13, §15: consumption of every generator for a given annual need (kWh), split by
    /// installation (heated area), configuration and cascade.
    public static func consumption(
        _ input: HeatingInput, dwelling: DwellingDescription, envelopeWPerK gv: Double, inertiaClassId: Int,
        needKWh: Double, needSpendthriftKWh: Double, monthlyNeedKWh: [Double]? = nil, tables: MethodTables
    ) throws(ThreeCLError) -> (generators: [GeneratorConsumption], emitters: [EmitterResult], distributionAuxiliaryKWh: Double) {
        let sh = needAreaM2(dwelling)
        let resolved = try resolveGenerators(input, dwelling: dwelling, envelopeWPerK: gv, tables: tables)
        let kinds = resolved.kinds
        let combustion = resolved.combustion
        let combustionPowerW = resolved.combustionPowerW
        // §13.2.1.2 sizing ratio of the combustion generators.
        let tbase = CombustionGenerator.baseTemperature(dwelling)
        let cdim = combustionPowerW / (gv * (19 - tbase))
        let cdimSpendthrift = combustionPowerW / (gv * (21 - tbase))

        var generators: [GeneratorConsumption] = []
        var emitters: [EmitterResult] = []
        var distributionAux = 0.0
        guard sh > 0 else {
            throw .invalidValue(file: "", path: "surface_habitable", value: "\(sh)", expected: "a positive area in m²")
        }
        guard dwelling.ceilingHeightM > 0 else {
            throw .invalidValue(file: "", path: "hsp", value: "\(dwelling.ceilingHeightM)", expected: "a positive height in m")
        }
        for (i, inst) in input.installations.enumerated() {
            guard inst.heatedAreaM2 > 0 else {
                throw .invalidValue(
                    file: "", path: "installation_chauffage[\(i + 1)]/surface_chauffee", value: "\(inst.heatedAreaM2)",
                    expected: "a positive area in m²")
            }
            guard !inst.emitters.isEmpty, !inst.generators.isEmpty else {
                throw .missingElement(
                    file: "", path: "installation_chauffage[\(i + 1)]/" + (inst.emitters.isEmpty ? "emetteur_chauffage" : "generateur_chauffage"))
            }
            let instShare = installationShare(inst, dwelling: dwelling, installationCount: input.installations.count)
            let instNeed = needKWh * instShare
            let instNeedSpendthrift = needSpendthriftKWh * instShare
            // Emitters: efficiencies and intermittence.
            var emitterFactor: [Double] = []
            for (e, em) in inst.emitters.enumerated() {
                let eff = try EmissionDistributionRegulation.efficiencies(em, tables: tables)
                let i0 = try Intermittence.i0(
                    emitter: em, installationTypeId: inst.installationTypeId, dwelling: dwelling,
                    inertiaClassId: inertiaClassId, tables: tables)
                let int = Intermittence.factor(
                    i0: i0, envelopeWPerK: gv, habitableAreaM2: sh, ceilingHeightM: dwelling.ceilingHeightM)
                emitters.append(EmitterResult(installationIndex: i, emitterIndex: e, i0: i0, intermittence: int, efficiencies: eff))
                emitterFactor.append(int / eff.product)
            }
            var shares = try needShares(inst, kinds: kinds[i], combustion: combustion[i], dwelling: dwelling, tables: tables)
            // §9.1.4 base + top-up: the base's share from its power when known (combustion generators, or a
            // power entered); otherwise the configuration's 75 % / 25 % coefficients stay.
            if inst.configurationId == 10, inst.generators.count == 2, !inst.emitters.isEmpty, instNeed > 0,
                let pnW = combustion[i][0]?.nominalPowerW ?? inst.generators[0].nominalPowerW
            {
                let baseEmitter = emitters.first { $0.installationIndex == i }?.efficiencies
                let base = try BaseAndTopUp.baseShare(
                    basePowerW: pnW, baseEmitter: baseEmitter?.product ?? 1, installationNeedKWh: instNeed,
                    monthlyNeedKWh: monthlyNeedKWh, dwelling: HeatingNeed.climateDwelling(dwelling, inertiaClassId: inertiaClassId),
                    tables: tables)
                shares = [base, 1 - base]
            }
            for (gi, g) in inst.generators.enumerated() {
                let kind = kinds[i][gi]
                let served = servedEmitters(inst, generatorIndex: gi, kinds: kinds[i])
                var factor = 0.0
                for e in served {
                    let paired = served.count == 1 && inst.emitters.count > 1 && inst.configurationId == 1
                    let ratio = served.count > 1 || paired ? inst.emitters[e].heatedAreaM2 / inst.heatedAreaM2 : 1
                    factor += ratio * emitterFactor[e]
                }
                var rg: Double
                var rgSpendthrift: Double
                switch kind {
                case .combustion:
                    guard let ch = combustion[i][gi] else { throw .unsupportedCase(file: "", path: "generateur_chauffage", what: "combustion") }
                    rg = try CombustionGenerator.generationEfficiency(g, characteristics: ch, sizingRatio: cdim, tables: tables)
                    rgSpendthrift = try CombustionGenerator.generationEfficiency(
                        g, characteristics: ch, sizingRatio: cdimSpendthrift, tables: tables)
                case .heatPump:
                    let emission = served.first.map { inst.emitters[$0].emissionDistributionTypeId }
                    rg = try HeatPump.seasonalPerformance(g, emissionTypeId: emission, dwelling: dwelling, tables: tables)
                    rgSpendthrift = rg
                case .fixedEfficiency:
                    rg = try SimpleGenerators.generationEfficiency(g, tables: tables)
                    rgSpendthrift = rg
                }
                guard rg > 0, rgSpendthrift > 0 else {
                    throw .unsupportedCase(file: "", path: "generateur_chauffage[\(gi + 1)]", what: "non-positive generation efficiency")
                }
                let share = shares[gi]
                let genNeed = instNeed * share
                // §15.1 with a virtualised collective generator, Paux is the collective generator's: Pn / ratio.
                let ratio = inst.virtualisationRatio.flatMap { $0 > 0 && $0 <= 1 ? $0 : nil } ?? 1
                let pn = (combustion[i][gi]?.nominalPowerW ?? g.nominalPowerW ?? 0) / ratio
                generators.append(
                    GeneratorConsumption(
                        installationIndex: i, generatorIndex: gi, generatorTypeId: g.generatorTypeId,
                        energyTypeId: g.energyTypeId, usageId: g.usageId, kind: kind, generationEfficiency: rg,
                        generationEfficiencySpendthrift: rgSpendthrift, combustion: combustion[i][gi], needShare: share,
                        needKWh: genNeed, consumptionKWh: genNeed * factor / rg,
                        consumptionSpendthriftKWh: instNeedSpendthrift * share * factor / rgSpendthrift,
                        generationAuxiliaryKWh: HeatingAuxiliaries.generationKWh(
                            typeId: combustion[i][gi]?.effectiveTypeId ?? effectiveTypeId(g, tables: tables), nominalPowerW: pn,
                            needKWh: genNeed)))
            }
            // For a flat computed from its building's data, the flat's part of the installation's circulators.
            let flatPart = min(1, instShare * sh / inst.heatedAreaM2)
            var typed = inst
            for k in typed.generators.indices { typed.generators[k].generatorTypeId = effectiveTypeId(inst.generators[k], tables: tables) }
            // §15.2.1 R: the need share of the first generator with a circulator, outside a simple installation.
            let networked = typed.generators.indices.first {
                HeatingAuxiliaries.hasDistributionAuxiliaries(typeId: typed.generators[$0].generatorTypeId)
            }
            let networkShare = inst.configurationId == 1 ? nil : networked.flatMap { shares.indices.contains($0) ? shares[$0] : nil }
            distributionAux += flatPart * (try HeatingAuxiliaries.distributionKWh(
                installation: typed, habitableAreaM2: sh, envelopeWPerK: gv,
                dwelling: HeatingNeed.climateDwelling(dwelling, inertiaClassId: inertiaClassId),
                generatorShare: networkShare, tables: tables))
        }
        return (generators, emitters, distributionAux)
    }

    /// ADEME application methods of a flat computed from its building's data (`methode_application_dpe_log`
    /// 10–13, 15, 16, 19, 20, 22–25, 33, 34, 38–40): GV and the need are the building's (§17.2.1).
    static let flatFromBuildingMethods: Set<Int> = [10, 11, 12, 13, 15, 16, 19, 20, 22, 23, 24, 25, 33, 34, 38, 39, 40]

    /// The area of the need's internal gains (§6.1) and of the installations' shares: the building's for a flat
    /// computed from its building's data, else the dwelling's habitable area.
    public static func needAreaM2(_ dwelling: DwellingDescription) -> Double {
        if flatFromBuildingMethods.contains(dwelling.applicationMethodId), let b = dwelling.buildingHabitableAreaM2, b > 0 {
            return b
        }
        return dwelling.habitableAreaM2
    }

    /// §9.1.3 share of the need an installation covers: its heated area over the need's area when the dwelling
    /// has several installations; the whole need when it has one (its heated area then does not split the need).
    /// For a flat computed from its building's data, the flat's part of the installation (at most its own area)
    /// over the building's area, so that the consumption is the flat's (§17.2.1).
    /// Evidence for the single installation: the two houses of the corpus whose only installation heats less than
    /// the habitable area (2376E3241961V: 81 of 90 m²; 2273E0303205P: 100 of 268.5 m²) record the installation's
    /// `besoin_ch` equal to the dwelling's.
    public static func installationShare(
        _ inst: HeatingInstallation, dwelling: DwellingDescription, installationCount: Int = 1
    ) -> Double {
        let area = needAreaM2(dwelling)
        if flatFromBuildingMethods.contains(dwelling.applicationMethodId), area != dwelling.habitableAreaM2 {
            return min(inst.heatedAreaM2, dwelling.habitableAreaM2) / area
        }
        if installationCount == 1, !dwelling.isWholeBuilding { return 1 }
        return inst.heatedAreaM2 / area
    }

    /// §9.1.3 the emitters a generator serves: all of them when there is one; else those linked to its role
    /// (main, top-up, bathroom: `enum_lien_generateur_emetteur_id`), the role being the generator's own link
    /// when the links tell the generators apart, else its position; in a simple installation with as many
    /// generators as emitters all on the same link, generator i serves emitter i (base + top-up likewise).
    static func servedEmitters(_ inst: HeatingInstallation, generatorIndex gi: Int, kinds: [GeneratorKind]) -> [Int] {
        let emitters = inst.emitters
        guard emitters.count > 1 else { return [0] }
        let gens = inst.generators
        let links = gens.map(\.generatorLinkId)
        if inst.configurationId == 10, gens.count == emitters.count { return [gi] }
        if inst.configurationId == 1, gens.count == emitters.count, gens.count > 1, Set(links).count == 1,
            Set(emitters.map(\.generatorLinkId)).count == 1, !kinds.allSatisfy({ $0 == .combustion })
        {
            return [gi]
        }
        let link: Int
        if Set(links).count == gens.count || inst.configurationId == 1 || inst.configurationId == 2
            || inst.configurationId == 8 || inst.configurationId == 11
        {
            link = gens[gi].generatorLinkId
        } else {
            link = gi + 1
        }
        let linked = emitters.indices.filter { emitters[$0].generatorLinkId == link }
        return linked.isEmpty ? Array(emitters.indices) : linked
    }

    /// The generator type the tables describe: for the "default collective system" (ADEME type 119), the first
    /// type of the row the DPE cites (§17.2.1.1); else the generator's own type.
    public static func effectiveTypeId(_ g: HeatGenerator, tables: MethodTables) -> Int {
        let boiler = CombustionGenerator.equivalentBoilerTypeId(typeId: g.generatorTypeId, installationYear: g.installationYear)
        guard boiler == g.generatorTypeId else { return boiler }
        guard g.generatorTypeId == 119 else { return g.generatorTypeId }
        let cited: TableRow?
        if let id = g.tvGeneratorCombustionId { cited = try? tables.row("generateur_combustion", id: id) }
        else if let id = g.tvGenerationEfficiencyId { cited = try? tables.row("rendement_generation", id: id) }
        else if let id = g.tvSCOPId { cited = try? tables.row("scop", id: id) }
        else { cited = nil }
        return cited?.ids("enum_type_generateur_ch_id").first { $0 != 119 } ?? g.generatorTypeId
    }

    /// How the generator's efficiency is obtained: the table row the DPE cites decides, else the tables that
    /// describe its type (heat pumps, combustion generators, fixed efficiencies).
    public static func generatorKind(_ g: HeatGenerator, tables: MethodTables) throws(ThreeCLError) -> GeneratorKind {
        if g.tvSCOPId != nil { return .heatPump }
        if g.tvGeneratorCombustionId != nil { return .combustion }
        if g.tvGenerationEfficiencyId != nil { return .fixedEfficiency }
        if try HeatPump.isHeatPump(typeId: g.generatorTypeId, tables: tables) { return .heatPump }
        if try CombustionGenerator.isCombustion(typeId: g.generatorTypeId, tables: tables) { return .combustion }
        if try SimpleGenerators.isSimple(typeId: g.generatorTypeId, tables: tables) { return .fixedEfficiency }
        let label = (try? ADEMEEnumerations.bundled())?.label("type_generateur_ch", g.generatorTypeId) ?? "unknown type"
        throw .unsupportedCase(
            file: "", path: "generateur_chauffage/donnee_entree/enum_type_generateur_ch_id",
            what: "generator type \(g.generatorTypeId) (\(label)) is described by no table of the method; "
                + "its table row (tv_generateur_combustion_id, tv_rendement_generation_id or tv_scop_id) is needed")
    }

    /// §9.1.4 share of the installation's need each generator covers, by installation configuration:
    /// cascades of combustion generators by nominal power (§13.2.1.3); main generator 75 % and wood top-up 25 %;
    /// wood with a bathroom electric heater 90 % / 10 %; boiler backing a heat pump by climate zone
    /// (heat pump 80 % in H1, 83 % in H2, 88 % in H3, §9.1.4.3); solar heating leaves (1 − Fch).
    static func needShares(
        _ inst: HeatingInstallation, kinds: [GeneratorKind], combustion: [CombustionCharacteristics?],
        dwelling: DwellingDescription, tables: MethodTables
    ) throws(ThreeCLError) -> [Double] {
        let n = inst.generators.count
        // Role of each generator: by its link to the emitters (1 main, 2 top-up, 3 bathroom), else its position.
        let links = inst.generators.map(\.generatorLinkId)
        let distinctLinks = Set(links).count == n
        func role(_ i: Int) -> Int { distinctLinks ? links[i] - 1 : i }
        let heatPumpShare: Double
        switch dwelling.climateZone {
        case .h1a, .h1b, .h1c: heatPumpShare = 0.8
        case .h2a, .h2b, .h2c, .h2d: heatPumpShare = 0.83
        case .h3: heatPumpShare = 0.88
        }
        func solarCoverage() throws(ThreeCLError) -> Double {
            if let f = inst.enteredSolarCoverage { return f }
            let row = try tables.firstRow(
                "facteur_couverture_solaire", matching: ["enum_zone_climatique_id": dwelling.climateZone.rawValue])
            return try row.number("facteur_couverture_solaire")
        }
        func splitAmongSameRole(_ coefficients: [Double]) -> [Double] {
            (0..<n).map { i in
                let r = role(i)
                let same = (0..<n).filter { role($0) == r }.count
                return (r < coefficients.count ? coefficients[r] : 0) / Double(max(1, same))
            }
        }
        switch inst.configurationId {
        case 1:
            guard n > 1 else { return [1] }
            // §9.1.4.3 hybrid heat pumps (ADEME types 145–170: a heat-pump part and a boiler part): fixed split
            // by climate zone.
            if inst.generators.allSatisfy({ (145...170).contains($0.generatorTypeId) }) {
                let pumps = kinds.filter { $0 == .heatPump }.count
                let others = n - pumps
                if pumps > 0, others > 0 {
                    return kinds.map {
                        $0 == .heatPump ? heatPumpShare / Double(pumps) : (1 - heatPumpShare) / Double(others)
                    }
                }
            }
            if n == inst.emitters.count, Set(links).count == 1, Set(inst.emitters.map(\.generatorLinkId)).count == 1,
                !kinds.allSatisfy({ $0 == .combustion })
            {
                // Each generator serves its own emitter, weighted by that emitter's area (§9.1.3).
                return Array(repeating: 1, count: n)
            }
            if kinds.allSatisfy({ $0 == .combustion }) {
                let powers = combustion.map { $0?.nominalPowerW ?? 0 }
                let total = powers.reduce(0, +)
                if total > 0 { return powers.map { $0 / total } }
            }
            return Array(repeating: 1 / Double(n), count: n)
        case 2:
            let f = try solarCoverage()
            return Array(repeating: (1 - f) / Double(n), count: n)
        case 3, 6, 10:
            return splitAmongSameRole([0.75, 0.25])
        case 4:
            // Wood 90 %, the bathroom's electric heater 10 %: the heater is linked as the bathroom's generator
            // (link 3) or as the second one.
            return splitAmongSameRole([0.9, 0.1, 0.1])
        case 5:
            return splitAmongSameRole([0.75 * 0.9, 0.25 * 0.9, 0.1])
        case 7:
            let f = try solarCoverage()
            return splitAmongSameRole([0.75 * (1 - f), 0.25 * (1 - f)])
        case 8, 9:
            let topUp = inst.configurationId == 9 ? 0.25 : 0
            let main = 1 - topUp
            return (0..<n).map { i in
                if inst.configurationId == 9, links[i] == 2 { return topUp }
                let mains = (0..<n).filter { !(inst.configurationId == 9 && links[$0] == 2) }
                let pumps = mains.filter { kinds[$0] == .heatPump }.count
                let others = mains.count - pumps
                if pumps == 0 || others == 0 { return main / Double(max(1, mains.count)) }
                return kinds[i] == .heatPump
                    ? main * heatPumpShare / Double(pumps) : main * (1 - heatPumpShare) / Double(others)
            }
        case 11:
            return Array(repeating: 1 / Double(n), count: n)
        default:
            throw .unknownEnumValue(
                file: "", path: "installation_chauffage/donnee_entree/enum_cfg_installation_ch_id",
                value: "\(inst.configurationId)", enumeration: "cfg_installation_ch (1–11)")
        }
    }
}

/// §9.1.4 collective base + individual top-up (`enum_cfg_installation_ch_id` 10): the base generator covers the
/// need while the outdoor temperature stays above the temperature t where its power Pe falls short.
enum BaseAndTopUp {
    /// The base generator's share of the installation's need.
    ///
    /// Pe = Pn × Re × Rd × Rr (kW); t = 14 − Pe × ΣDH14 / Bch; per month x = 0.5 (t − Tbase) / (Text − Tbase),
    /// DHt = Nref × (Text − Tbase) × x⁵ (14 − 28x + 20x² − 5x³) (≥ 0); the base covers Bch,j × (1 − DHt / DH14,j).
    /// - Parameter monthlyNeedKWh: the dwelling's monthly need; without it the need is spread like DH19.
    static func baseShare(
        basePowerW: Double, baseEmitter: Double, installationNeedKWh: Double, monthlyNeedKWh: [Double]?,
        dwelling: DwellingDescription, tables: MethodTables
    ) throws(ThreeCLError) -> Double {
        let zone = dwelling.climateZone, altitude = dwelling.altitude, ilpa = dwelling.oldMaterials
        let dh14 = try tables.monthly(.dh14, zone: zone, altitude: altitude, ilpa: ilpa)
        let text = try tables.monthly(.text, zone: zone, altitude: altitude, ilpa: ilpa)
        let nref = try tables.monthly(.nref19, zone: zone, altitude: altitude, ilpa: ilpa)
        let profile: [Double]
        if let m = monthlyNeedKWh, m.count == 12, m.reduce(0, +) > 0 { profile = m } else {
            profile = try tables.monthly(.dh19, zone: zone, altitude: altitude, ilpa: ilpa)
        }
        let total = profile.reduce(0, +)
        guard total > 0, installationNeedKWh > 0 else { return 1 }
        let tbase = CombustionGenerator.baseTemperature(dwelling)
        let pe = basePowerW / 1000 * baseEmitter
        let t = 14 - pe * dh14.reduce(0, +) / installationNeedKWh
        var base = 0.0
        for j in 0..<12 {
            let monthNeed = installationNeedKWh * profile[j] / total
            guard dh14[j] > 0, text[j] != tbase else { continue }
            let x = 0.5 * (t - tbase) / (text[j] - tbase)
            let dht = max(0, nref[j] * (text[j] - tbase) * pow(x, 5) * (14 - 28 * x + 20 * x * x - 5 * x * x * x))
            let ratio = 1 - dht / dh14[j]
            if ratio > 0 { base += monthNeed * min(1, ratio) }
        }
        return min(1, max(0, base / installationNeedKWh))
    }
}
