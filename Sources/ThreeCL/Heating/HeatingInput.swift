/// The heating installations of a dwelling as the method describes them (§9, §12–13, §15; ADEME
/// `installation_chauffage_collection`).
///
/// Attributes (type ids, energy, power, emitter kind…) are kept, not only resolved efficiencies, so that a retrofit
/// scenario can replace a generator or an emitter. The `tv…Id` fields are the table rows a DPE cites: when present
/// the engine uses them; a scenario that changes an element's attributes should set them to nil
/// (`withoutTableReferences()`), so that the rows are chosen again from the attributes.
public struct HeatingInput: Sendable, Hashable, Codable {
    public var installations: [HeatingInstallation]

    public init(installations: [HeatingInstallation]) { self.installations = installations }

    /// The same input with every cited table row dropped (rows chosen from the attributes).
    public func withoutTableReferences() -> HeatingInput {
        var copy = self
        for i in copy.installations.indices {
            for e in copy.installations[i].emitters.indices {
                copy.installations[i].emitters[e].dropTableReferences()
            }
            for g in copy.installations[i].generators.indices {
                copy.installations[i].generators[g].dropTableReferences()
            }
        }
        return copy
    }
}

/// One heating installation (`installation_chauffage`): emitters served by one or more generators.
public struct HeatingInstallation: Sendable, Hashable, Codable {
    /// Heated area of the installation, m² (`surface_chauffee`): its share of the dwelling's need (§9).
    public var heatedAreaM2: Double
    /// Levels served (`nombre_niveau_installation_ch`), for the distribution auxiliaries (§15.2).
    public var levelCount: Int
    /// ADEME `enum_cfg_installation_ch_id` (simple, with wood stove top-up, base + top-up…).
    public var configurationId: Int
    /// ADEME `enum_type_installation_id` (individual, collective…).
    public var installationTypeId: Int
    /// ADEME `enum_methode_calcul_conso_id`, when given.
    public var consumptionMethodId: Int?
    /// Solar coverage factor entered (`fch_saisi`), for installations with solar heating.
    public var enteredSolarCoverage: Double?
    /// Share of a collective installation attributed to the dwelling (`ratio_virtualisation`, §17.2.1): the
    /// generators' Pn are then the dwelling's part, the collective generator's power being Pn / ratio.
    public var virtualisationRatio: Double?
    public var emitters: [HeatEmitter]
    public var generators: [HeatGenerator]

    public init(
        heatedAreaM2: Double, levelCount: Int = 1, configurationId: Int = 1, installationTypeId: Int = 1,
        consumptionMethodId: Int? = nil, enteredSolarCoverage: Double? = nil, virtualisationRatio: Double? = nil,
        emitters: [HeatEmitter], generators: [HeatGenerator]
    ) {
        self.virtualisationRatio = virtualisationRatio
        self.heatedAreaM2 = heatedAreaM2
        self.levelCount = levelCount
        self.configurationId = configurationId
        self.installationTypeId = installationTypeId
        self.consumptionMethodId = consumptionMethodId
        self.enteredSolarCoverage = enteredSolarCoverage
        self.emitters = emitters
        self.generators = generators
    }
}

/// One emitter (`emetteur_chauffage`): emission, distribution, regulation (§9) and intermittence (§8).
public struct HeatEmitter: Sendable, Hashable, Codable {
    public var heatedAreaM2: Double
    /// ADEME `enum_type_emission_distribution_id`.
    public var emissionDistributionTypeId: Int
    /// Whether the distribution network is insulated (`reseau_distribution_isole`).
    public var networkInsulated: Bool
    /// ADEME `enum_equipement_intermittence_id`, `enum_type_regulation_id`, `enum_type_chauffage_id`.
    public var intermittenceEquipmentId: Int
    public var regulationTypeId: Int
    public var heatingTypeId: Int
    /// ADEME `enum_temp_distribution_ch_id` (none, low, medium, high).
    public var distributionTemperatureId: Int
    /// ADEME `enum_periode_installation_emetteur_id`, when known.
    public var installationPeriodId: Int?
    /// ADEME `enum_lien_generateur_emetteur_id` (main, top-up, bathroom top-up).
    public var generatorLinkId: Int
    /// Individual heat metering (collective heating), when known: selects the intermittence row.
    public var individualMetering: Bool?
    public var tvEmissionId: Int?
    public var tvDistributionId: Int?
    public var tvRegulationId: Int?
    public var tvIntermittenceId: Int?

    public init(
        heatedAreaM2: Double, emissionDistributionTypeId: Int, networkInsulated: Bool = false,
        intermittenceEquipmentId: Int, regulationTypeId: Int, heatingTypeId: Int, distributionTemperatureId: Int,
        installationPeriodId: Int? = nil, generatorLinkId: Int = 1, individualMetering: Bool? = nil,
        tvEmissionId: Int? = nil, tvDistributionId: Int? = nil, tvRegulationId: Int? = nil,
        tvIntermittenceId: Int? = nil
    ) {
        self.heatedAreaM2 = heatedAreaM2
        self.emissionDistributionTypeId = emissionDistributionTypeId
        self.networkInsulated = networkInsulated
        self.intermittenceEquipmentId = intermittenceEquipmentId
        self.regulationTypeId = regulationTypeId
        self.heatingTypeId = heatingTypeId
        self.distributionTemperatureId = distributionTemperatureId
        self.installationPeriodId = installationPeriodId
        self.generatorLinkId = generatorLinkId
        self.individualMetering = individualMetering
        self.tvEmissionId = tvEmissionId
        self.tvDistributionId = tvDistributionId
        self.tvRegulationId = tvRegulationId
        self.tvIntermittenceId = tvIntermittenceId
    }

    mutating func dropTableReferences() {
        tvEmissionId = nil
        tvDistributionId = nil
        tvRegulationId = nil
        tvIntermittenceId = nil
    }
}

/// One generator (`generateur_chauffage`).
///
/// Characteristics entered by the diagnostician (from the data plate, by `inputMethodId`) override the table's
/// default values as §13.2.1 allows: `nominalPowerW` from method 2, `rpn`/`rpint` from 3, `qp0W` from 4,
/// operating temperatures from 5, `enteredSCOP` from 6.
public struct HeatGenerator: Sendable, Hashable, Codable {
    /// ADEME `enum_type_generateur_ch_id`.
    public var generatorTypeId: Int
    /// ADEME `enum_usage_generateur_id` (1 heating, 3 heating + hot water).
    public var usageId: Int
    /// ADEME `enum_type_energie_id`.
    public var energyTypeId: Int
    /// Inside the heated volume (`position_volume_chauffe`): its standby losses are recoverable (§9.1.1).
    public var insideHeatedVolume: Bool
    /// ADEME `enum_methode_saisie_carac_sys_id` (1 = table values).
    public var inputMethodId: Int
    public var generatorLinkId: Int
    /// Balanced flue (`presence_ventouse`): E/F of the standby-loss formulas and Cper (§9.1.1).
    public var balancedFlue: Bool
    /// Combustion regulation (`presence_regulation_combustion`), §13.2.1.
    public var combustionRegulation: Bool
    /// Pilot light present (its power then counts, §13.2.1).
    public var pilotLight: Bool
    public var nominalPowerW: Double?
    /// Efficiencies at full and intermediate load as fractions (0.92), when entered.
    public var rpn: Double?
    public var rpint: Double?
    public var qp0W: Double?
    public var pilotPowerW: Double?
    public var operatingTemperature30C: Double?
    public var operatingTemperature100C: Double?
    public var enteredSCOP: Double?
    /// Priority in a cascade (`priorite_generateur_cascade`), when given.
    public var cascadePriority: Int?
    public var tvGeneratorCombustionId: Int?
    public var tvGenerationEfficiencyId: Int?
    public var tvSCOPId: Int?
    /// District heating: the network (`identifiant_reseau_chaleur`) and the date of the order listing its CO₂
    /// content (`date_arrete_reseau_chaleur`), which choose its emission factor (annex, `reseau_chaleur_20xx`).
    public var heatNetworkId: String?
    public var heatNetworkOrderDate: String?
    /// Year the generator was installed, when known (it chooses the boiler an "autre système à combustion" is
    /// computed as, `CombustionGenerator.equivalentBoilerTypeId`); the ADEME XML keeps it outside `donnee_entree`.
    public var installationYear: Int?

    public init(
        generatorTypeId: Int, usageId: Int = 1, energyTypeId: Int, insideHeatedVolume: Bool = true,
        inputMethodId: Int = 1, generatorLinkId: Int = 1, balancedFlue: Bool = false,
        combustionRegulation: Bool = false, pilotLight: Bool = false, nominalPowerW: Double? = nil,
        rpn: Double? = nil, rpint: Double? = nil, qp0W: Double? = nil, pilotPowerW: Double? = nil,
        operatingTemperature30C: Double? = nil, operatingTemperature100C: Double? = nil,
        enteredSCOP: Double? = nil, cascadePriority: Int? = nil, tvGeneratorCombustionId: Int? = nil,
        tvGenerationEfficiencyId: Int? = nil, tvSCOPId: Int? = nil, heatNetworkId: String? = nil,
        heatNetworkOrderDate: String? = nil, installationYear: Int? = nil
    ) {
        self.generatorTypeId = generatorTypeId
        self.usageId = usageId
        self.energyTypeId = energyTypeId
        self.insideHeatedVolume = insideHeatedVolume
        self.inputMethodId = inputMethodId
        self.generatorLinkId = generatorLinkId
        self.balancedFlue = balancedFlue
        self.combustionRegulation = combustionRegulation
        self.pilotLight = pilotLight
        self.nominalPowerW = nominalPowerW
        self.rpn = rpn
        self.rpint = rpint
        self.qp0W = qp0W
        self.pilotPowerW = pilotPowerW
        self.operatingTemperature30C = operatingTemperature30C
        self.operatingTemperature100C = operatingTemperature100C
        self.enteredSCOP = enteredSCOP
        self.cascadePriority = cascadePriority
        self.tvGeneratorCombustionId = tvGeneratorCombustionId
        self.tvGenerationEfficiencyId = tvGenerationEfficiencyId
        self.tvSCOPId = tvSCOPId
        self.heatNetworkId = heatNetworkId
        self.heatNetworkOrderDate = heatNetworkOrderDate
        self.installationYear = installationYear
    }

    mutating func dropTableReferences() {
        tvGeneratorCombustionId = nil
        tvGenerationEfficiencyId = nil
        tvSCOPId = nil
    }
}
