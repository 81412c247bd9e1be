import BuildingModel
import ThreeCL

/// The 3CL-DPE hot-water installation (§11, §14) of a simulator `HotWaterSpec`: one individual installation per
/// building (one per dwelling in a whole-building DPE, `dwellingCount` of them), serving the habitable area.
/// The spec's own efficiency is not used: the method computes storage, distribution and generation.
///
/// - Gas or oil, with a boiler of the same energy heating the building (`HotWaterSpec.defaults`): the boiler
///   makes the hot water too (`enum_usage_generateur_id` 3), instantaneously (a combination boiler), as the
///   generator of the same type in `enum_type_generateur_ecs_id` (gas 89/92/96/97 → 49/52/56/57, oil
///   79/81/83/84 → 39/41/43/44); its Pn is the heating's (§13.2.1 default from GV, set by `ThreeCLLabeler`).
/// - Gas without a gas boiler: an instantaneous gas water heater 2001–2015 (66).
/// - Electricity (the default), and any other energy the method has no individual water heater for: an electric
///   storage water heater, vertical, category unknown (69), 150 litres per dwelling, in the heated volume (the
///   method's usual default for an old dwelling).
/// - District heating: the network (119, unlisted).
extension HotWaterInput {
    /// Litres of an electric storage water heater per dwelling.
    static let tankLitresPerDwelling = 150.0

    init(hotWater w: HotWaterSpec, heating: HeatingInput, dwelling: DwellingDescription, levels: Int) {
        let n = Double(max(dwelling.dwellingCount ?? 1, 1))
        let boiler = heating.installations.first?.generators.first { $0.energyTypeId == w.carrier.ademeEnergyId }
        let ecsTypeByHeatingType = [89: 49, 92: 52, 96: 56, 97: 57, 79: 39, 81: 41, 83: 43, 84: 44]
        let generator: HotWaterGenerator
        if let b = boiler, let type = ecsTypeByHeatingType[b.generatorTypeId] {
            generator = HotWaterGenerator(typeId: type, energyId: b.energyTypeId, usageId: 3, storageTypeId: 1,
                                          inHeatedVolume: b.insideHeatedVolume)
        } else if w.carrier == .naturalGas {
            generator = HotWaterGenerator(typeId: 66, energyId: 2, storageTypeId: 1, inHeatedVolume: true)
        } else if w.carrier == .districtHeat {
            generator = HotWaterGenerator(typeId: 119, energyId: 8, storageTypeId: 1, inHeatedVolume: false)
        } else {
            generator = HotWaterGenerator(typeId: 69, energyId: 1, storageTypeId: 3,
                                          storageVolumeL: Self.tankLitresPerDwelling * n, inHeatedVolume: true,
                                          storageInHeatedVolume: true)
        }
        self.init(installations: [HotWaterInstallation(
            servedAreaM2: dwelling.habitableAreaM2, dwellingCount: dwelling.dwellingCount, levelCount: max(levels, 1),
            generators: [generator])])
    }
}

extension CoolingInput {
    /// §10: an air-to-air heat pump from 2015 (`enum_type_generateur_fr_id` 3, its SEER from the table) cooling the
    /// whole habitable area, when the envelope has cooling; none otherwise.
    init(cooling c: CoolingSpec?, dwelling: DwellingDescription) {
        guard let c else {
            self.init(systems: [])
            return
        }
        self.init(systems: [CoolingSystem(cooledAreaM2: dwelling.habitableAreaM2, installationPeriodId: 3,
                                          generatorTypeId: 3, energyId: c.carrier.ademeEnergyId)])
    }
}
