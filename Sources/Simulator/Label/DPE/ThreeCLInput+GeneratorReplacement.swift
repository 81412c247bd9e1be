import BuildingModel
import ThreeCL

/// The ADEME generator a renovate heating system becomes on a DPE: its `enum_type_generateur_ch_id` (a current
/// model), its `enum_type_energie_id`, the emitters it needs and the hot-water generator that replaces a combined
/// (heating + hot water) one.
public struct DPEGeneratorTarget: Sendable, Hashable {
    /// What the new generator needs from the emitters.
    public enum Emitters: Sendable, Hashable {
        /// Radiators on a water network (boilers, air-to-water heat pumps): kept when already hydronic, else
        /// radiators with thermostatic valves on an individual low/medium-temperature network (emission 39).
        case hydronic
        /// The generator is its own emitter (ADEME `enum_type_emission_distribution_id`), no network.
        case own(Int)
    }

    public var generatorTypeId: Int
    public var energyId: Int
    public var label: String
    public var emitters: Emitters
    /// `enum_type_generateur_ecs_id` of the same appliance making hot water, nil when it cannot.
    public var hotWaterTypeId: Int?

    /// The target of a heating system, nil when a DPE cannot receive it (district heating needs the network's
    /// identifier and CO₂ content).
    public static func of(_ system: HeatingSystem) -> DPEGeneratorTarget? {
        switch system {
        case .heatPumpAirWater:
            DPEGeneratorTarget(generatorTypeId: 7, energyId: 1, label: "PAC air/eau installée après 2017",
                               emitters: .hydronic, hotWaterTypeId: 12)
        case .heatPumpAirAir:
            DPEGeneratorTarget(generatorTypeId: 3, energyId: 1, label: "PAC air/air installée à partir de 2015",
                               emitters: .own(42), hotWaterTypeId: nil)
        case .pelletBoiler:
            DPEGeneratorTarget(generatorTypeId: 74, energyId: 5, label: "chaudière bois granulés après 2019",
                               emitters: .hydronic, hotWaterTypeId: 34)
        case .gasBoiler:
            DPEGeneratorTarget(generatorTypeId: 97, energyId: 2, label: "chaudière gaz à condensation après 2015",
                               emitters: .hydronic, hotWaterTypeId: 57)
        case .oilBoiler:
            DPEGeneratorTarget(generatorTypeId: 84, energyId: 3, label: "chaudière fioul à condensation après 2015",
                               emitters: .hydronic, hotWaterTypeId: 44)
        case .woodStove:
            DPEGeneratorTarget(generatorTypeId: 42, energyId: 4,
                               label: "poêle bûche installé à partir de 2018 avec label flamme verte",
                               emitters: .own(21), hotWaterTypeId: nil)
        case .electricConvector:
            DPEGeneratorTarget(generatorTypeId: 98, energyId: 1, label: "convecteur électrique NFC, NF** et NF***",
                               emitters: .own(1), hotWaterTypeId: nil)
        case .districtHeat:
            nil
        }
    }

    /// Emission types on a water network (floor and ceiling heating, radiators, fan coils).
    static let hydronicEmissionIds: Set<Int> = Set(11...18).union(24...39).union(46...49)
    /// Generators heating by Joule effect (convectors, panels, radiators, storage heaters, electric floors).
    static let jouleGeneratorIds: ClosedRange<Int> = 98...105
}

extension ThreeCLInput {
    /// Replaces the main generator of every individual heating installation by `target` (§12: its efficiency is
    /// then the method's: SCOP from the `scop` table for a heat pump, the `generateur_combustion` row at the
    /// default Pn for a boiler). Top-up generators stay. Emitters the new generator cannot serve are replaced
    /// (water radiators for a boiler or an air-to-water heat pump). A generator that also made the hot water is
    /// replaced in the hot-water installations too. When the heating stops or starts being by Joule effect, the
    /// default U tables' rows are selected again (§3.2, `effet_joule`).
    /// - Complexity: O(generators + emitters + envelope elements).
    public mutating func replaceHeatGenerators(
        with target: DPEGeneratorTarget, catalogueEfficiency: Double?, context: DPEMeasureContext
    ) -> DPEMeasureEdit {
        var edit = DPEMeasureEdit()
        var mixedReplaced = false
        var newEmitterId: Int?
        for i in heating.installations.indices {
            let inst = heating.installations[i]
            let name = "installation de chauffage \(i + 1)"
            guard inst.installationTypeId == 1 else {
                edit.skip(name, "a collective installation: a dwelling's DPE cannot replace the building's generator")
                continue
            }
            var mains = inst.generators.indices.filter { inst.generators[$0].generatorLinkId == 1 }
            if mains.isEmpty, !inst.generators.isEmpty { mains = [0] }
            guard let first = mains.first else {
                edit.skip(name, "no generator to replace")
                continue
            }
            let mixed = mains.contains { inst.generators[$0].usageId == 3 }
            if mixed && target.hotWaterTypeId == nil {
                edit.skip(name, "its generator also makes the hot water, which a \(target.label) cannot")
                continue
            }
            if mains.allSatisfy({ inst.generators[$0].generatorTypeId == target.generatorTypeId }) {
                edit.skip(name, "already a \(target.label)")
                continue
            }
            let old = inst.generators[first]
            let new = HeatGenerator(
                generatorTypeId: target.generatorTypeId, usageId: mixed ? 3 : 1, energyTypeId: target.energyId,
                insideHeatedVolume: old.insideHeatedVolume, inputMethodId: 1, generatorLinkId: 1)
            var installation = inst
            installation.generators = [new] + inst.generators.indices.filter { !mains.contains($0) }.map { inst.generators[$0] }
            if installation.generators.count == 1 && ![1, 2].contains(installation.configurationId) {
                installation.configurationId = 1
            }
            for e in installation.emitters.indices where installation.emitters[e].generatorLinkId == 1 {
                var em = installation.emitters[e]
                switch target.emitters {
                case .hydronic:
                    if !DPEGeneratorTarget.hydronicEmissionIds.contains(em.emissionDistributionTypeId) {
                        em.emissionDistributionTypeId = 39
                        em.heatingTypeId = 2
                        em.distributionTemperatureId = 3
                        em.networkInsulated = false
                        em.installationPeriodId = 3
                        em.regulationTypeId = 2
                        if !edit.notes.contains(DPEGeneratorNotes.radiators) { edit.notes.append(DPEGeneratorNotes.radiators) }
                    }
                case .own(let id):
                    em.emissionDistributionTypeId = id
                    em.heatingTypeId = 1
                    em.distributionTemperatureId = 1
                    em.regulationTypeId = 2
                }
                em.tvEmissionId = nil
                em.tvDistributionId = nil
                em.tvRegulationId = nil
                em.tvIntermittenceId = nil
                installation.emitters[e] = em
                newEmitterId = newEmitterId ?? em.emissionDistributionTypeId
            }
            heating.installations[i] = installation
            mixedReplaced = mixedReplaced || mixed
            edit.elements.append(name + ": " + target.label)
        }
        guard edit.changedSomething else { return edit }
        if mixedReplaced, let hw = target.hotWaterTypeId { replaceCombinedHotWater(typeId: hw, energyId: target.energyId, edit: &edit) }
        updateJouleEffect(edit: &edit)
        edit.notes.append(efficiencyNote(target, emissionId: newEmitterId, catalogue: catalogueEfficiency, context: context))
        return edit
    }

    /// The hot-water generators that the replaced heating generator fed (`enum_usage_generateur_id` 3) become the
    /// new appliance's hot-water side; their storage is kept.
    mutating func replaceCombinedHotWater(typeId: Int, energyId: Int, edit: inout DPEMeasureEdit) {
        for i in hotWater.installations.indices {
            for g in hotWater.installations[i].generators.indices where hotWater.installations[i].generators[g].usageId == 3 {
                let old = hotWater.installations[i].generators[g]
                var n = HotWaterGenerator(
                    typeId: typeId, energyId: energyId, usageId: 3, inputMethodId: 1, storageTypeId: old.storageTypeId,
                    storageVolumeL: old.storageVolumeL, inHeatedVolume: old.inHeatedVolume,
                    storageInHeatedVolume: old.storageInHeatedVolume)
                n.sourceFile = old.sourceFile
                n.sourcePath = old.sourcePath
                hotWater.installations[i].generators[g] = n
                edit.replacedCombinedHotWater = true
                edit.elements.append("installation d'ECS \(i + 1): same appliance (enum_type_generateur_ecs_id \(typeId))")
            }
        }
    }

    /// §3.2: the default U tables depend on whether the dwelling is heated by Joule effect; when the new
    /// generators change it, the default rows (methods 2, 7, 8) are selected again.
    mutating func updateJouleEffect(edit: inout DPEMeasureEdit) {
        let mains = heating.installations.flatMap { $0.generators.filter { $0.generatorLinkId == 1 } }
        let joule = !mains.isEmpty && mains.allSatisfy { DPEGeneratorTarget.jouleGeneratorIds.contains($0.generatorTypeId) }
        guard joule != envelope.jouleHeating else { return }
        envelope.jouleHeating = joule
        let byTable: Set<Int> = [2, 7, 8]
        for i in envelope.walls.indices where byTable.contains(envelope.walls[i].uMethodId) { envelope.walls[i].umurRowId = nil }
        for i in envelope.lowFloors.indices where byTable.contains(envelope.lowFloors[i].uMethodId) {
            envelope.lowFloors[i].upbRowId = nil
        }
        for i in envelope.highFloors.indices where byTable.contains(envelope.highFloors[i].uMethodId) {
            envelope.highFloors[i].uphRowId = nil
        }
        edit.notes.append("heating \(joule ? "now" : "no longer") by Joule effect: default U rows selected again (effet_joule \(joule ? 1 : 0))")
    }

    func efficiencyNote(
        _ target: DPEGeneratorTarget, emissionId: Int?, catalogue: Double?, context: DPEMeasureContext
    ) -> String {
        let cat = catalogue.map { " (the catalogue's \(DPEFormat.number($0, 2)) is not used)" } ?? ""
        let g = HeatGenerator(generatorTypeId: target.generatorTypeId, energyTypeId: target.energyId)
        if let isPump = try? HeatPump.isHeatPump(typeId: target.generatorTypeId, tables: context.tables), isPump,
            let scop = try? HeatPump.seasonalPerformance(g, emissionTypeId: emissionId, dwelling: dwelling, tables: context.tables)
        {
            return "SCOP \(DPEFormat.number(scop, 2)) from the method's scop table\(cat)"
        }
        return "generation efficiency from the method's tables for a \(target.label)\(cat)"
    }

    /// Gives a combined boiler's hot-water side the Pn the heating chapter takes by default (§13.2.1:
    /// from GV after works), which §14.1 needs. Call it once after all the measures, when a combined generator
    /// was replaced (`DPEMeasureEdit.replacedCombinedHotWater`).
    public mutating func sizeCombinedBoilers(tables: MethodTables) throws(ThreeCLError) {
        let needsPn = hotWater.installations.contains { inst in
            inst.generators.contains { $0.usageId == 3 && $0.nominalPowerW == nil && $0.fullLoadEfficiency == nil }
        }
        guard needsPn else { return }
        let gv = try EnvelopeCalculation.compute(envelope, dwelling: dwelling, tables: tables).envelopeWPerK
        let pn = CombustionGenerator.defaultNominalPowerW(envelopeWPerK: gv, dwelling: dwelling)
        for i in hotWater.installations.indices {
            for g in hotWater.installations[i].generators.indices {
                let gen = hotWater.installations[i].generators[g]
                if gen.usageId == 3, gen.nominalPowerW == nil, gen.fullLoadEfficiency == nil {
                    hotWater.installations[i].generators[g].nominalPowerW = pn
                }
            }
        }
    }
}

enum DPEGeneratorNotes {
    static let radiators = "water radiators with thermostatic valves assumed in place of the old emitters "
        + "(emission 39; their cost is not in the measure's)"
}
