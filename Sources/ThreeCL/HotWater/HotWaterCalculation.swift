/// The final energy of one energy carrier for hot water (a row of `sortie_par_energie` for `conso_ecs`).
public struct HotWaterEnergyConsumption: Sendable, Hashable, Codable {
    /// `enum_type_energie_id`.
    public var energyId: Int
    public var kWh: Double
    public var spendthriftKWh: Double
    /// District heating: the network identifier and the date of its order (for its CO₂ content).
    public var heatNetworkId: String?
    public var heatNetworkOrderDate: String?

    public init(energyId: Int, kWh: Double, spendthriftKWh: Double, heatNetworkId: String? = nil, heatNetworkOrderDate: String? = nil) {
        self.energyId = energyId
        self.kWh = kWh
        self.spendthriftKWh = spendthriftKWh
        self.heatNetworkId = heatNetworkId
        self.heatNetworkOrderDate = heatNetworkOrderDate
    }
}

/// The intermediate values of one generator, named like its `donnee_intermediaire`.
public struct HotWaterGeneratorResult: Sendable, Hashable, Codable {
    public var installationIndex: Int
    public var generatorIndex: Int
    public var kind: HotWaterGenerators.Kind
    /// `ratio_besoin_ecs`: the share of the dwelling's need this generator's installation carries.
    public var needRatio: Double
    /// `besoin_ecs` of the generator, kWh.
    public var needKWh: Double
    /// `rendement_distribution` of its installation.
    public var distributionEfficiency: Double
    /// `rendement_generation` / `rendement_generation_stockage` (combustion, network), COP for a thermodynamic one.
    public var generationEfficiency: Double?
    /// `rendement_stockage` (electric tank).
    public var storageEfficiency: Double?
    /// Standby losses of the tank Qg,w, Wh/year.
    public var storageLossesWh: Double
    /// `conso_ecs` / `conso_ecs_depensier` of the generator, kWh (before the building-to-dwelling weight).
    public var consumptionKWh: Double
    public var consumptionSpendthriftKWh: Double
    /// `conso_auxiliaire_generation_ecs`, kWh.
    public var generationAuxiliaryKWh: Double
    /// The factor that brings the generator's consumption to the dwelling (`cle_repartition_ecs` × `rdim`).
    public var weight: Double
}

/// §11–§15 The hot-water results of a dwelling.
public struct HotWaterResult: Sendable, Hashable, Codable {
    /// `nadeq`, `v40_ecs_journalier`.
    public var adultEquivalents: Double
    public var dailyVolume40L: Double
    /// `besoin_ecs`, `besoin_ecs_depensier`, kWh/year.
    public var needKWh: Double
    public var needSpendthriftKWh: Double
    /// Final energy by energy carrier (`sortie_par_energie/conso_ecs`).
    public var consumptionByGenerator: [HotWaterEnergyConsumption]
    /// `conso_ecs`, `conso_ecs_depensier`, kWh.
    public var consumptionKWh: Double
    public var consumptionSpendthriftKWh: Double
    /// `conso_auxiliaire_generation_ecs`, `conso_auxiliaire_distribution_ecs` (electricity), kWh.
    public var generationAuxiliaryKWh: Double
    public var distributionAuxiliaryKWh: Double
    /// What §9 subtracts from the heating need, kWh per month: distribution and storage losses recovered during the
    /// heating hours (Nref19; `pertes_distribution_ecs_recup` + `pertes_stockage_ecs_recup`), and the same for
    /// the "dépensier" behaviour (Nref21).
    public var recoverableLossesKWhByMonth: [Double]
    public var recoverableLossesSpendthriftKWhByMonth: [Double]
    /// The two parts, kWh/year (conventional).
    public var recoverableDistributionLossesKWh: Double
    public var recoverableStorageLossesKWh: Double
    /// Per generator.
    public var generators: [HotWaterGeneratorResult]
}

/// §11, §14, §15.1, §15.2.3 Hot water: need, distribution, storage, generation, auxiliaries, recovered losses.
public enum HotWaterCalculation {
    /// Application methods whose collective hot water is virtualised into a dwelling's share (`cle_repartition_ecs`).
    static let virtualisedMethods: Set<Int> = [4, 5, 32, 35, 36, 37]
    /// Application methods (RT2012/RE2020 study of a building) where the consumption is prorated by area.
    static let proratedMethods: Set<Int> = [15, 16, 19, 20, 22, 23, 24, 25]

    public static func compute(
        _ input: HotWaterInput, dwelling: DwellingDescription, tables: MethodTables
    ) throws(ThreeCLError) -> HotWaterResult {
        let nadeq = HotWaterNeed.adultEquivalents(dwelling: dwelling)
        let zone = dwelling.climateZone
        let altitude = dwelling.altitude
        let monthly = try HotWaterNeed.monthlyNeedKWh(adultEquivalents: nadeq, zone: zone, altitude: altitude, tables: tables)
        let monthlyDep = try HotWaterNeed.monthlyNeedKWh(
            adultEquivalents: nadeq, zone: zone, altitude: altitude, spendthrift: true, tables: tables)
        let need = monthly.reduce(0, +)
        let needDep = monthlyDep.reduce(0, +)
        let nref19 = try tables.monthly(.nref19, zone: zone, altitude: altitude, ilpa: dwelling.oldMaterials)
        let nref21 = try tables.monthly(.nref21, zone: zone, altitude: altitude, ilpa: dwelling.oldMaterials)

        let shares = areaShares(input.installations, dwelling: dwelling)
        let shareSum = shares.reduce(0, +)
        let method = dwelling.applicationMethodId
        let prorata: Double? = proratedMethods.contains(method)
            ? dwelling.habitableAreaM2 / (dwelling.buildingHabitableAreaM2 ?? dwelling.habitableAreaM2) : nil

        var generators: [HotWaterGeneratorResult] = []
        var byEnergy: [HotWaterEnergyConsumption] = []
        var consumption = 0.0, consumptionDep = 0.0, auxGen = 0.0, auxDist = 0.0
        var qdwKW = 0.0, qdwDepKW = 0.0, qgwKW = 0.0
        for (i, inst) in input.installations.enumerated() {
            let share = shares[i]
            let ratio = virtualisedMethods.contains(method) ? inst.repartitionKey ?? 1 : 1
            let instNeed = need * share * ratio
            let instNeedDep = needDep * share * ratio
            let rd = try HotWaterDistribution.efficiency(inst, tables: tables)
            let fecs = try HotWaterGenerators.solarCoverage(inst, dwelling: dwelling, tables: tables)
            qdwKW += HotWaterDistribution.recoverableLossesKW(annualNeedKWh: need * share, installation: inst)
            qdwDepKW += HotWaterDistribution.recoverableLossesKW(annualNeedKWh: needDep * share, installation: inst)
            qgwKW += try HotWaterStorage.recoverableLossesKW(inst, tables: tables)
            // The dwelling's part: the area prorata of a building study (over the part of the building the
            // installations serve), else the repartition key times the identical dwellings the installation stands for.
            let weight = prorata.map { shareSum > 0 ? $0 / shareSum : $0 }
                ?? (inst.repartitionKey ?? 1) * (inst.identicalDwellings ?? 1)
            auxDist += distributionAuxiliaryKWh(inst, dwelling: dwelling, monthlyNeedKWh: monthly, weight: weight)
            let genShare = 1 / Double(inst.generators.count)
            for (k, g) in inst.generators.enumerated() {
                let b = instNeed * genShare
                let bDep = instNeedDep * genShare
                let kind = try HotWaterGenerators.kind(g, installation: inst)
                let qgw = try HotWaterStorage.annualLossesWh(
                    g, virtualisationRatio: inst.isIndividual ? nil : inst.virtualisationRatio, tables: tables)
                var rg: Double? = nil, rs: Double? = nil
                let inv: Double, invDep: Double
                var pn: Double? = nil
                switch kind {
                case .electricTank:
                    let s = HotWaterStorage.electricStorageEfficiency(
                        lossesWh: qgw, distributionEfficiency: rd, needKWh: b, typeId: g.typeId)
                    let sDep = HotWaterStorage.electricStorageEfficiency(
                        lossesWh: qgw, distributionEfficiency: rd, needKWh: bDep, typeId: g.typeId)
                    rs = s
                    inv = 1 / s
                    invDep = 1 / sDep
                case .electricInstantaneous:
                    inv = 1
                    invDep = 1
                case .thermodynamic:
                    let cop = try HotWaterGenerators.coefficientOfPerformance(g, zone: zone, tables: tables)
                    rg = cop
                    inv = 1 / cop
                    invDep = 1 / cop
                case .districtHeating:
                    let r = HotWaterGenerators.districtHeatingEfficiency(g, installation: inst)
                    rg = r
                    inv = 1 / r
                    invDep = 1 / r
                case .instantaneousGasHeater, .gasAccumulator, .boiler:
                    let c = try HotWaterGenerators.combustionCharacteristics(g, tables: tables)
                    pn = c.pn
                    let f: (Double) -> Double
                    switch kind {
                    case .instantaneousGasHeater:
                        f = { HotWaterGenerators.instantaneousHeaterEfficiency(rpn: c.rpn, qp0: c.qp0, pveil: c.pveil, needKWh: $0) }
                    case .gasAccumulator:
                        guard let pnW = c.pn else {
                            throw .unsupportedCase(
                                file: g.origin.file, path: g.origin.path,
                                what: "the nominal power Pn of the gas accumulator (§14.1.3) is not given")
                        }
                        f = { HotWaterGenerators.accumulatorEfficiency(rpn: c.rpn, pn: pnW, pveil: c.pveil, storageLossesWh: qgw, needKWh: $0) }
                    default:
                        f = { HotWaterGenerators.boilerEfficiency(rpn: c.rpn, qp0: c.qp0, pveil: c.pveil, storageLossesWh: qgw, needKWh: $0) }
                    }
                    let r = f(b)
                    rg = r
                    inv = 1 / r
                    invDep = 1 / f(bDep)
                }
                let c = b * (1 - fecs) * inv / rd
                let cDep = bDep * (1 - fecs) * invDep / rd
                let aux = HotWaterGenerators.generationAuxiliaryKWh(
                    typeId: g.typeId, pnW: pn.map { $0 / (inst.virtualisationRatio ?? 1) }, needKWh: b)
                generators.append(HotWaterGeneratorResult(
                    installationIndex: i, generatorIndex: k, kind: kind, needRatio: share * ratio, needKWh: b,
                    distributionEfficiency: rd, generationEfficiency: rg, storageEfficiency: rs, storageLossesWh: qgw,
                    consumptionKWh: c, consumptionSpendthriftKWh: cDep, generationAuxiliaryKWh: aux, weight: weight))
                consumption += c * weight
                consumptionDep += cDep * weight
                auxGen += aux * weight
                if let j = byEnergy.firstIndex(where: { $0.energyId == g.energyId && $0.heatNetworkId == g.heatNetworkId }) {
                    byEnergy[j].kWh += c * weight
                    byEnergy[j].spendthriftKWh += cDep * weight
                } else {
                    byEnergy.append(HotWaterEnergyConsumption(
                        energyId: g.energyId, kWh: c * weight, spendthriftKWh: cDep * weight,
                        heatNetworkId: g.heatNetworkId, heatNetworkOrderDate: g.heatNetworkOrderDate))
                }
            }
        }
        let recovered = (0..<12).map { nref19[$0] * (qdwKW + qgwKW) }
        let recoveredDep = (0..<12).map { nref21[$0] * (qdwDepKW + qgwKW) }
        let sum19 = nref19.reduce(0, +)
        return HotWaterResult(
            adultEquivalents: nadeq, dailyVolume40L: HotWaterNeed.dailyVolume40L(adultEquivalents: nadeq),
            needKWh: need, needSpendthriftKWh: needDep, consumptionByGenerator: byEnergy, consumptionKWh: consumption,
            consumptionSpendthriftKWh: consumptionDep, generationAuxiliaryKWh: auxGen, distributionAuxiliaryKWh: auxDist,
            recoverableLossesKWhByMonth: recovered, recoverableLossesSpendthriftKWhByMonth: recoveredDep,
            recoverableDistributionLossesKWh: sum19 * qdwKW, recoverableStorageLossesKWh: sum19 * qgwKW,
            generators: generators)
    }

    /// §15.2.3 The dwelling's part of a collective loop's auxiliaries. The loop serves the building: for a DPE
    /// computed on the building (a whole building, or a flat generated from it) the need and area are the building's
    /// and the result is weighted like the consumption; for a flat computed alone, the building's area is the
    /// recorded one when larger than the flat's, else the flat's area over the virtualisation ratio, and the loop's
    /// consumption is shared by area.
    static func distributionAuxiliaryKWh(
        _ inst: HotWaterInstallation, dwelling: DwellingDescription, monthlyNeedKWh monthly: [Double], weight: Double
    ) -> Double {
        guard !inst.isIndividual else { return 0 }
        // A district-heating installation: the network's efficiency (§14.4) covers its distribution; the certified
        // software record no loop auxiliaries for it.
        if inst.installationTypeId == 3 || inst.generators.allSatisfy({ $0.energyId == 8 }) { return 0 }
        let sh = dwelling.habitableAreaM2
        if dwelling.isWholeBuilding || HotWaterNeed.isComputedOnBuilding(dwelling) {
            let served = inst.servedAreaM2 ?? dwelling.buildingHabitableAreaM2 ?? sh
            let loop = HotWaterDistribution.loopAuxiliaryConsumptionKWh(inst, monthlyNeedKWh: monthly, servedAreaM2: served)
            return dwelling.isWholeBuilding ? loop : loop * weight
        }
        var building = sh
        if let b = dwelling.buildingHabitableAreaM2, b > sh {
            building = b
        } else if let r = inst.virtualisationRatio, r > 0, r < 1 {
            building = sh / r
        }
        let scale = building / sh
        let loop = HotWaterDistribution.loopAuxiliaryConsumptionKWh(
            inst, monthlyNeedKWh: monthly.map { $0 * scale }, servedAreaM2: building)
        return loop / scale
    }

    /// §11.4 / §17.2 The share of the need each installation carries: its served area over the area all the
    /// installations serve (Σ rdim × S, so that a building's installations standing for rdim identical dwellings,
    /// or two systems of one dwelling serving it all, split the need as the method does: half each for two systems
    /// of a dwelling, §11.4); without served areas, equal shares.
    /// On a DPE computed on the building whose individual installations give no rdim, the served areas are parts of
    /// the building's area.
    static func areaShares(_ installations: [HotWaterInstallation], dwelling: DwellingDescription) -> [Double] {
        let n = installations.count
        guard n > 0 else { return [] }
        let areas = installations.map { $0.servedAreaM2 ?? 0 }
        var total = zip(installations, areas).reduce(0.0) { $0 + ($1.0.identicalDwellings ?? 1) * $1.1 }
        if dwelling.isWholeBuilding || HotWaterNeed.isComputedOnBuilding(dwelling),
            installations.allSatisfy({ $0.identicalDwellings == nil && $0.isIndividual }),
            let building = dwelling.buildingHabitableAreaM2, building > total {
            total = building
        }
        if areas.allSatisfy({ $0 > 0 }), total > 0 { return areas.map { $0 / total } }
        return installations.map { 1 / (Double(n) * ($0.identicalDwellings ?? 1)) }
    }
}
