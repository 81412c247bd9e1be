import BuildingModel
import ThreeCL

/// The 3CL-DPE heating installation (§8–§9, §12–§13) of a simulator `HeatingSpec`: one installation serving the
/// whole habitable area, one generator, one emitter. The spec's own seasonal efficiency is not used: the method
/// computes generation, emission, distribution, regulation and intermittence from the types.
///
/// Generator (`enum_type_generateur_ch_id`) and energy (`enum_type_energie_id`) by system. Equipment a scenario
/// installs (a system other than the stock's) is new: the latest period of its type. The stock gives no age for
/// the equipment in place: a boiler lasts 15–25 years, so a boiler in a building older than 2006 is taken as a
/// replacement of 2001–2015 (gas standard, 89) or 1991–2015 (oil standard, 79), in a newer building as the one
/// of its construction (condensing); other equipment in place is taken from the last period before 2015. A boiler
/// whose technology the source names (`BoilerType`) is that technology's 2001–2015 generator in a building older
/// than 2006: gas standard 89, low temperature 92, condensing 96; oil 79, 81, 83.
///
/// | system | in place | new | energy | emitter (`enum_type_emission_distribution_id`) |
/// |---|---|---|---|---|
/// | electric convector | 98 | 98 | 1 | 1 convector (divided, room thermostats) |
/// | gas boiler | 89 / 96 (2006–2012) / 97 (after 2012) | 97 | 2 | 38 two-pipe radiators with TRVs, high temperature |
/// | oil boiler | 79 / 83 (2006–2012) / 84 (after 2012) | 84 | 3 | 38 |
/// | wood stove | 26 (1990–2004) | 42 (Flamme verte from 2018) | 4 | 21 wood stove |
/// | pellet boiler | 73 (2013–2019) | 74 (after 2019) | 5 | 38 |
/// | air/water heat pump | 5 (2008–2014) | 7 (after 2017) | 1 | 39 radiators, low/medium temperature |
/// | air/air heat pump | 2 (2008–2014) | 3 (from 2015) | 1 | 42 air blown through refrigerant |
/// | district heating | 142 (unlisted network) | 142 | 8 | 36 two-pipe radiators on a collective network |
///
/// Emitters: central heating with a central programmer without set-back minimum (`enum_equipement_intermittence_id`
/// 2; collective networks 6), divided heating without one (1); room-by-room regulation (2: the `intermittence`
/// table has rows for divided heating with it only);
/// the radiators' installation period from the building's (before 1981, 1981–2000, after 2000), new radiators
/// after 2000; networks not insulated.
extension HeatingInput {
    init(heating h: HeatingSpec, facts: ThreeCLBuildingFacts, dwelling: DwellingDescription, levels: Int) {
        let g = Self.generator(h.system, isNew: h.system != facts.heating, periodId: dwelling.constructionPeriodId,
                               boiler: facts.boiler)
        let area = dwelling.habitableAreaM2
        let emitterPeriod = h.system != facts.heating ? 3
            : dwelling.constructionPeriodId <= 2 ? 1 : dwelling.constructionPeriodId <= 6 ? 2 : 3
        let emitter: HeatEmitter
        switch h.system {
        case .electricConvector:
            emitter = HeatEmitter(heatedAreaM2: area, emissionDistributionTypeId: 1, intermittenceEquipmentId: 1,
                                  regulationTypeId: 2, heatingTypeId: 1, distributionTemperatureId: 1)
        case .woodStove:
            emitter = HeatEmitter(heatedAreaM2: area, emissionDistributionTypeId: 21, intermittenceEquipmentId: 1,
                                  regulationTypeId: 2, heatingTypeId: 1, distributionTemperatureId: 1)
        case .heatPumpAirAir:
            emitter = HeatEmitter(heatedAreaM2: area, emissionDistributionTypeId: 42, intermittenceEquipmentId: 1,
                                  regulationTypeId: 2, heatingTypeId: 1, distributionTemperatureId: 1)
        case .heatPumpAirWater:
            emitter = HeatEmitter(heatedAreaM2: area, emissionDistributionTypeId: 39, intermittenceEquipmentId: 2,
                                  regulationTypeId: 2, heatingTypeId: 2, distributionTemperatureId: 3,
                                  installationPeriodId: emitterPeriod)
        case .gasBoiler, .oilBoiler, .pelletBoiler:
            emitter = HeatEmitter(heatedAreaM2: area, emissionDistributionTypeId: 38, intermittenceEquipmentId: 2,
                                  regulationTypeId: 2, heatingTypeId: 2, distributionTemperatureId: 4,
                                  installationPeriodId: emitterPeriod)
        case .districtHeat:
            emitter = HeatEmitter(heatedAreaM2: area, emissionDistributionTypeId: 36, intermittenceEquipmentId: 6,
                                  regulationTypeId: 2, heatingTypeId: 2, distributionTemperatureId: 4,
                                  installationPeriodId: emitterPeriod)
        }
        self.init(installations: [HeatingInstallation(
            heatedAreaM2: area, levelCount: max(levels, 1), configurationId: 1,
            installationTypeId: h.system == .districtHeat ? 2 : 1, emitters: [emitter], generators: [g])])
    }

    /// The generator of a system (see the table above).
    static func generator(_ s: HeatingSystem, isNew: Bool, periodId: Int, boiler: BoilerType? = nil) -> HeatGenerator {
        switch s {
        case .electricConvector:
            return HeatGenerator(generatorTypeId: 98, energyTypeId: 1)
        case .gasBoiler:
            let inPlace = [BoilerType.standard: 89, .lowTemperature: 92, .condensing: 96][boiler ?? .standard]!
            let type = isNew || periodId >= 9 ? 97 : periodId == 8 ? 96 : inPlace
            return HeatGenerator(generatorTypeId: type, energyTypeId: 2, insideHeatedVolume: true, balancedFlue: true)
        case .oilBoiler:
            let inPlace = [BoilerType.standard: 79, .lowTemperature: 81, .condensing: 83][boiler ?? .standard]!
            let type = isNew || periodId >= 9 ? 84 : periodId == 8 ? 83 : inPlace
            return HeatGenerator(generatorTypeId: type, energyTypeId: 3, insideHeatedVolume: false)
        case .woodStove:
            return HeatGenerator(generatorTypeId: isNew ? 42 : 26, energyTypeId: 4)
        case .pelletBoiler:
            return HeatGenerator(generatorTypeId: isNew ? 74 : 73, energyTypeId: 5, insideHeatedVolume: false)
        case .heatPumpAirWater:
            return HeatGenerator(generatorTypeId: isNew ? 7 : 5, energyTypeId: 1, insideHeatedVolume: false)
        case .heatPumpAirAir:
            return HeatGenerator(generatorTypeId: isNew ? 3 : 2, energyTypeId: 1, insideHeatedVolume: false)
        case .districtHeat:
            return HeatGenerator(generatorTypeId: 142, energyTypeId: 8, insideHeatedVolume: false)
        }
    }
}

extension EnergyCarrier {
    /// ADEME `enum_type_energie_id`: electricity 1, natural gas 2, heating oil 3, wood logs 4, pellets 5, chips 6,
    /// district heating 8, coal 11, LPG 13.
    var ademeEnergyId: Int {
        switch self {
        case .electricity: 1
        case .naturalGas: 2
        case .heatingOil: 3
        case .woodLogs: 4
        case .woodPellets: 5
        case .woodChips: 6
        case .districtHeat: 8
        case .coal: 11
        case .lpg: 13
        }
    }
}
