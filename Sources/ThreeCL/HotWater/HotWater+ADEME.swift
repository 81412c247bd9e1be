extension HotWaterInput {
    /// Maps `logement/installation_ecs_collection` (each `installation_ecs/donnee_entree` and its generators).
    public init(ademe logement: XMLElementNode) throws(ThreeCLError) {
        var list: [HotWaterInstallation] = []
        for node in logement.child("installation_ecs_collection")?.children("installation_ecs") ?? [] {
            list.append(try HotWaterInstallation(ademe: node))
        }
        self.init(installations: list)
    }
}

extension HotWaterInstallation {
    /// Maps one `installation_ecs` element.
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        var generators: [HotWaterGenerator] = []
        for g in node.child("generateur_ecs_collection")?.children("generateur_ecs") ?? [] {
            generators.append(try HotWaterGenerator(ademe: g))
        }
        // A virtualised collective tank (§17.2.1) is recorded either whole or as the dwelling's share: a share is
        // recognised as a volume that is not whole litres while volume / ratio_virtualisation is.
        let ratio = try de.optionalDouble("ratio_virtualisation")
        if let r = ratio, r > 0, r < 1 {
            for i in generators.indices {
                let v = generators[i].storageVolumeL
                let whole = v / r
                if v > 0, abs(v - v.rounded()) > 0.01, abs(whole - whole.rounded()) < 0.05 {
                    generators[i].storageVolumeIsDwellingShare = true
                }
            }
        }
        guard !generators.isEmpty else {
            throw .missingElement(file: node.file, path: node.path + "/generateur_ecs_collection/generateur_ecs")
        }
        let type = try de.int("enum_type_installation_id")
        guard (1...4).contains(type) else {
            throw .unknownEnumValue(
                file: de.file, path: de.path + "/enum_type_installation_id", value: "\(type)",
                enumeration: "type_installation (1–4)")
        }
        self.init(
            installationTypeId: type, calculationMethodId: try de.optionalInt("enum_methode_calcul_conso_id") ?? 1,
            configurationId: try de.optionalInt("enum_cfg_installation_ecs_id") ?? 1,
            servedAreaM2: try de.optionalDouble("surface_habitable"), dwellingCount: try de.optionalInt("nombre_logement"),
            levelCount: try de.optionalInt("nombre_niveau_installation_ecs"),
            distributionTableId: try de.optionalInt("tv_rendement_distribution_ecs_id"),
            loopId: try de.optionalInt("enum_bouclage_reseau_ecs_id"),
            networkInsulated: try de.optionalBool("reseau_distribution_isole"),
            identicalDwellings: try de.optionalDouble("rdim"), repartitionKey: try de.optionalDouble("cle_repartition_ecs"),
            virtualisationRatio: ratio,
            solarInstallationTypeId: try de.optionalInt("enum_type_installation_solaire_id"),
            solarCoverageTableId: try de.optionalInt("tv_facteur_couverture_solaire_id"),
            solarCoverageEntered: try de.optionalDouble("fecs_saisi"), generators: generators)
    }
}

extension HotWaterGenerator {
    /// Maps one `generateur_ecs` element. The combustion characteristics (Pn, Rpn, Qp0, Pveilleuse) are the
    /// generator's as resolved for §13.2 (`donnee_intermediaire`: entered values, or tabulated with the Pn of §13.2).
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        let di = node.child("donnee_intermediaire")
        let storage = try de.optionalInt("enum_type_stockage_ecs_id") ?? 1
        guard (1...3).contains(storage) else {
            throw .unknownEnumValue(
                file: de.file, path: de.path + "/enum_type_stockage_ecs_id", value: "\(storage)",
                enumeration: "type_stockage_ecs (1–3)")
        }
        var qp0 = try di?.optionalDouble("qp0")
        var pilot = try di?.optionalDouble("pveilleuse")
        // Some software record Qp0 and the pilot light in kW: below 1 W is not physical (§13.2 gives W).
        if let q = qp0, q > 0, q < 1 { qp0 = q * 1000 }
        if let p = pilot, p > 0, p < 1 { pilot = p * 1000 }
        self.init(
            typeId: try de.int("enum_type_generateur_ecs_id"), energyId: try de.int("enum_type_energie_id"),
            usageId: try de.optionalInt("enum_usage_generateur_id") ?? 2,
            inputMethodId: try de.optionalInt("enum_methode_saisie_carac_sys_id"), storageTypeId: storage,
            storageVolumeL: try de.optionalDouble("volume_stockage") ?? 0,
            inHeatedVolume: try de.optionalBool("position_volume_chauffe"),
            storageInHeatedVolume: try de.optionalBool("position_volume_chauffe_stockage"),
            storageLossTableId: try de.optionalInt("tv_pertes_stockage_id"),
            combustionTableId: try de.optionalInt("tv_generateur_combustion_id"),
            scopTableId: try de.optionalInt("tv_scop_id"),
            thermodynamicPeriodId: try de.optionalInt("enum_periode_installation_ecs_thermo_id"),
            heatNetworkId: de.string("identifiant_reseau_chaleur"),
            heatNetworkOrderDate: de.string("date_arrete_reseau_chaleur"),
            nominalPowerW: try di?.optionalDouble("pn"), fullLoadEfficiency: try di?.optionalDouble("rpn"),
            standbyLossesW: qp0, pilotPowerW: pilot,
            enteredCOP: try di?.optionalDouble("cop"))
        sourceFile = node.file
        sourcePath = node.path
    }
}
