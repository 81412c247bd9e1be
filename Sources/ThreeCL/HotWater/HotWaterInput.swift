/// The hot-water (ECS) systems of a dwelling as the method describes them (§11, §14): one or two installations,
/// each with its distribution and its generators. Named after the ADEME `installation_ecs` / `generateur_ecs`.
public struct HotWaterInput: Sendable, Hashable, Codable {
    public var installations: [HotWaterInstallation]

    public init(installations: [HotWaterInstallation]) { self.installations = installations }
}

/// One `installation_ecs`: a distribution network and the generators that feed it.
public struct HotWaterInstallation: Sendable, Hashable, Codable {
    /// `enum_type_installation_id`: 1 individual, 2 collective, 3 multi-building (modelled as a network), 4 hybrid.
    public var installationTypeId: Int
    /// `enum_methode_calcul_conso_id` (1 simple, 2–6 collective installations brought back to a dwelling…).
    public var calculationMethodId: Int
    /// `enum_cfg_installation_ecs_id`: 1 one system, 2 one system with solar, 3 two systems in the dwelling.
    public var configurationId: Int
    /// `surface_habitable`: the habitable area the installation serves, m².
    public var servedAreaM2: Double?
    /// `nombre_logement` served.
    public var dwellingCount: Int?
    /// `nombre_niveau_installation_ecs`.
    public var levelCount: Int?
    /// `tv_rendement_distribution_ecs_id` when the DPE cites the distribution row (§11.2 table).
    public var distributionTableId: Int?
    /// `enum_bouclage_reseau_ecs_id`: 1 not looped, 2 looped, 3 trace heating.
    public var loopId: Int?
    /// `reseau_distribution_isole` (collective networks).
    public var networkInsulated: Bool?
    /// `rdim`: number of identical dwellings this installation stands for (building DPE).
    public var identicalDwellings: Double?
    /// `cle_repartition_ecs`: the share of a collective installation given to the dwelling.
    public var repartitionKey: Double?
    /// `ratio_virtualisation` (§17.2.1, a collective generator virtualised for one dwelling).
    public var virtualisationRatio: Double?
    /// `enum_type_installation_solaire_id` when a solar system contributes (§11.3).
    public var solarInstallationTypeId: Int?
    /// `tv_facteur_couverture_solaire_id` when the DPE cites the row.
    public var solarCoverageTableId: Int?
    /// `fecs_saisi`: a solar coverage factor entered from a justified document.
    public var solarCoverageEntered: Double?
    public var generators: [HotWaterGenerator]

    public init(
        installationTypeId: Int = 1, calculationMethodId: Int = 1, configurationId: Int = 1, servedAreaM2: Double? = nil,
        dwellingCount: Int? = nil, levelCount: Int? = nil, distributionTableId: Int? = nil, loopId: Int? = nil,
        networkInsulated: Bool? = nil, identicalDwellings: Double? = nil, repartitionKey: Double? = nil,
        virtualisationRatio: Double? = nil, solarInstallationTypeId: Int? = nil, solarCoverageTableId: Int? = nil,
        solarCoverageEntered: Double? = nil, generators: [HotWaterGenerator]
    ) {
        self.installationTypeId = installationTypeId
        self.calculationMethodId = calculationMethodId
        self.configurationId = configurationId
        self.servedAreaM2 = servedAreaM2
        self.dwellingCount = dwellingCount
        self.levelCount = levelCount
        self.distributionTableId = distributionTableId
        self.loopId = loopId
        self.networkInsulated = networkInsulated
        self.identicalDwellings = identicalDwellings
        self.repartitionKey = repartitionKey
        self.virtualisationRatio = virtualisationRatio
        self.solarInstallationTypeId = solarInstallationTypeId
        self.solarCoverageTableId = solarCoverageTableId
        self.solarCoverageEntered = solarCoverageEntered
        self.generators = generators
    }

    /// Whether the installation is individual (`enum_type_installation_id` 1).
    public var isIndividual: Bool { installationTypeId == 1 }
}

/// One `generateur_ecs`.
public struct HotWaterGenerator: Sendable, Hashable, Codable {
    /// `enum_type_generateur_ecs_id`.
    public var typeId: Int
    /// `enum_type_energie_id`.
    public var energyId: Int
    /// `enum_usage_generateur_id`: 2 hot water only, 3 heating + hot water.
    public var usageId: Int
    /// `enum_methode_saisie_carac_sys_id`.
    public var inputMethodId: Int?
    /// `enum_type_stockage_ecs_id`: 1 instantaneous, 2 separate storage, 3 storage built into the generator.
    public var storageTypeId: Int
    /// `volume_stockage`, litres.
    public var storageVolumeL: Double
    /// `position_volume_chauffe`: the generator is inside the heated volume.
    public var inHeatedVolume: Bool?
    /// `position_volume_chauffe_stockage`: the storage is inside the heated volume.
    public var storageInHeatedVolume: Bool?
    /// `tv_pertes_stockage_id` when cited (§11.5 storage losses of electric tanks).
    public var storageLossTableId: Int?
    /// `tv_generateur_combustion_id` when cited (§13.2).
    public var combustionTableId: Int?
    /// `tv_scop_id` when cited (§14.2 thermodynamic generators).
    public var scopTableId: Int?
    /// `enum_periode_installation_ecs_thermo_id`.
    public var thermodynamicPeriodId: Int?
    /// `identifiant_reseau_chaleur`, `date_arrete_reseau_chaleur` (district heating, its CO₂ content).
    public var heatNetworkId: String?
    public var heatNetworkOrderDate: String?
    /// Combustion characteristics of §13.2 (nominal power Pn in W, full-load efficiency Rpn as a ratio, standby
    /// losses Qp0 in W, pilot light in W): entered values, or those the heating chapter resolved for a mixed
    /// generator. When absent, Rpn and Qp0 are evaluated from the `generateur_combustion` row with Pn.
    public var nominalPowerW: Double?
    public var fullLoadEfficiency: Double?
    public var standbyLossesW: Double?
    public var pilotPowerW: Double?
    /// COP of a thermodynamic generator when entered (else from the `scop` table).
    public var enteredCOP: Double?
    /// For a collective generator virtualised for one dwelling (§17.2.1): whether `storageVolumeL` is already the
    /// dwelling's share of the tank (true) or the whole tank (false).
    public var storageVolumeIsDwellingShare: Bool = false
    /// Where the generator was read from (file and element path), for error messages; nil when built in code.
    public var sourceFile: String?
    public var sourcePath: String?

    /// The element path for messages.
    var origin: (file: String, path: String) { (sourceFile ?? "", sourcePath ?? "generateur_ecs") }

    public init(
        typeId: Int, energyId: Int, usageId: Int = 2, inputMethodId: Int? = nil, storageTypeId: Int,
        storageVolumeL: Double = 0, inHeatedVolume: Bool? = nil, storageInHeatedVolume: Bool? = nil,
        storageLossTableId: Int? = nil, combustionTableId: Int? = nil, scopTableId: Int? = nil,
        thermodynamicPeriodId: Int? = nil, heatNetworkId: String? = nil, heatNetworkOrderDate: String? = nil,
        nominalPowerW: Double? = nil, fullLoadEfficiency: Double? = nil, standbyLossesW: Double? = nil,
        pilotPowerW: Double? = nil, enteredCOP: Double? = nil
    ) {
        self.typeId = typeId
        self.energyId = energyId
        self.usageId = usageId
        self.inputMethodId = inputMethodId
        self.storageTypeId = storageTypeId
        self.storageVolumeL = storageVolumeL
        self.inHeatedVolume = inHeatedVolume
        self.storageInHeatedVolume = storageInHeatedVolume
        self.storageLossTableId = storageLossTableId
        self.combustionTableId = combustionTableId
        self.scopTableId = scopTableId
        self.thermodynamicPeriodId = thermodynamicPeriodId
        self.heatNetworkId = heatNetworkId
        self.heatNetworkOrderDate = heatNetworkOrderDate
        self.nominalPowerW = nominalPowerW
        self.fullLoadEfficiency = fullLoadEfficiency
        self.standbyLossesW = standbyLossesW
        self.pilotPowerW = pilotPowerW
        self.enteredCOP = enteredCOP
    }

    /// Whether the generator stores hot water (`enum_type_stockage_ecs_id` 2 or 3 with a volume).
    public var hasStorage: Bool { storageTypeId != 1 && storageVolumeL > 0 }
}
