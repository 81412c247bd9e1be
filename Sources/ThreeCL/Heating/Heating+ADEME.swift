/// Mapping of the ADEME DPE XML `logement/installation_chauffage_collection` to the heating input (§9, §12–13).
extension HeatingInput {
    /// Reads every `installation_chauffage` of the dwelling (`donnee_entree`, plus the characteristics the
    /// diagnostician entered from a data plate, which the schema stores in `donnee_intermediaire`).
    public init(ademe logement: XMLElementNode, dwelling: DwellingDescription) throws(ThreeCLError) {
        let collection = try logement.required("installation_chauffage_collection")
        var installations: [HeatingInstallation] = []
        for node in collection.children("installation_chauffage") {
            installations.append(try HeatingInstallation(ademe: node, dwelling: dwelling))
        }
        guard !installations.isEmpty else {
            throw .missingElement(file: collection.file, path: collection.path + "/installation_chauffage")
        }
        self.init(installations: installations)
    }
}

extension HeatingInstallation {
    /// Reads one `installation_chauffage`.
    public init(ademe node: XMLElementNode, dwelling: DwellingDescription) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        let area = try de.optionalDouble("surface_chauffee") ?? dwelling.habitableAreaM2
        guard area > 0 else { throw de.invalid("surface_chauffee", expected: "a positive area in m²") }
        var emitters: [HeatEmitter] = []
        for e in node.child("emetteur_chauffage_collection")?.children("emetteur_chauffage") ?? [] {
            emitters.append(try HeatEmitter(ademe: e, installationAreaM2: area))
        }
        var generators: [HeatGenerator] = []
        for g in node.child("generateur_chauffage_collection")?.children("generateur_chauffage") ?? [] {
            generators.append(try HeatGenerator(ademe: g))
        }
        guard !emitters.isEmpty else {
            throw .missingElement(file: node.file, path: node.path + "/emetteur_chauffage_collection/emetteur_chauffage")
        }
        guard !generators.isEmpty else {
            throw .missingElement(
                file: node.file, path: node.path + "/generateur_chauffage_collection/generateur_chauffage")
        }
        self.init(
            heatedAreaM2: area, levelCount: max(1, try de.optionalInt("nombre_niveau_installation_ch") ?? 1),
            configurationId: try de.int("enum_cfg_installation_ch_id"),
            installationTypeId: try de.int("enum_type_installation_id"),
            consumptionMethodId: try de.optionalInt("enum_methode_calcul_conso_id"),
            enteredSolarCoverage: try de.optionalDouble("fch_saisi"),
            virtualisationRatio: try de.optionalDouble("ratio_virtualisation"), emitters: emitters, generators: generators)
    }
}

extension HeatEmitter {
    /// Reads one `emetteur_chauffage/donnee_entree`.
    public init(ademe node: XMLElementNode, installationAreaM2: Double) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        let tables = try MethodTables.bundled()
        let tvIntermittence = try de.optionalInt("tv_intermittence_id")
        // The DPE does not state individual metering; the intermittence row it cites does.
        var metering: Bool?
        if let id = tvIntermittence, let row = try? tables.row("intermittence", id: id),
            let text = row.string("comptage_individuel")
        {
            metering = text.hasPrefix("Présence")
        }
        self.init(
            heatedAreaM2: try de.optionalDouble("surface_chauffee") ?? installationAreaM2,
            emissionDistributionTypeId: try de.int("enum_type_emission_distribution_id"),
            networkInsulated: try de.optionalBool("reseau_distribution_isole") ?? false,
            intermittenceEquipmentId: try de.int("enum_equipement_intermittence_id"),
            regulationTypeId: try de.int("enum_type_regulation_id"), heatingTypeId: try de.int("enum_type_chauffage_id"),
            distributionTemperatureId: try de.optionalInt("enum_temp_distribution_ch_id") ?? 1,
            installationPeriodId: try de.optionalInt("enum_periode_installation_emetteur_id"),
            generatorLinkId: try de.optionalInt("enum_lien_generateur_emetteur_id") ?? 1,
            individualMetering: metering, tvEmissionId: try de.optionalInt("tv_rendement_emission_id"),
            tvDistributionId: try de.optionalInt("tv_rendement_distribution_ch_id"),
            tvRegulationId: try de.optionalInt("tv_rendement_regulation_id"), tvIntermittenceId: tvIntermittence)
    }
}

extension HeatGenerator {
    /// Reads one `generateur_chauffage`. Entered characteristics (by `enum_methode_saisie_carac_sys_id`: Rpn and
    /// Rpint from 3, Qp0 from 4, operating temperatures from 5, SCOP from 6) are taken from
    /// `donnee_intermediaire`, where the schema stores them, and so is Pn; the other table values are recomputed.
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        let di = node.child("donnee_intermediaire")
        let method = try de.optionalInt("enum_methode_saisie_carac_sys_id") ?? 1
        var pn: Double?
        var rpn: Double?
        var rpint: Double?
        var qp0: Double?
        var t30: Double?
        var t100: Double?
        var scop: Double?
        if let di {
            // Pn is recorded whenever it was known or sized (also with table values, method 1): the certified
            // software's efficiencies follow it, so it is read whatever the input method.
            pn = try di.optionalDouble("pn")
            if (3...5).contains(method) {
                rpn = try di.optionalDouble("rpn")
                rpint = try di.optionalDouble("rpint")
            }
            if (4...5).contains(method), let q = try di.optionalDouble("qp0") {
                // The schema holds Qp0 in W; some software wrote kW (values below 1).
                qp0 = q < 1 ? q * 1000 : q
            }
            if method == 5 {
                t30 = try di.optionalDouble("temp_fonc_30")
                t100 = try di.optionalDouble("temp_fonc_100")
            }
            if method == 6 {
                let s = try di.optionalDouble("scop")
                let c = try di.optionalDouble("cop")
                scop = s ?? c
            }
        }
        let pilot = try de.optionalDouble("pveilleuse")
        self.init(
            generatorTypeId: try de.int("enum_type_generateur_ch_id"),
            usageId: try de.optionalInt("enum_usage_generateur_id") ?? 1, energyTypeId: try de.int("enum_type_energie_id"),
            insideHeatedVolume: try de.optionalBool("position_volume_chauffe") ?? false, inputMethodId: method,
            generatorLinkId: try de.optionalInt("enum_lien_generateur_emetteur_id") ?? 1,
            balancedFlue: try de.optionalBool("presence_ventouse") ?? false,
            combustionRegulation: try de.optionalBool("presence_regulation_combustion") ?? false,
            pilotLight: (pilot ?? 0) > 0, nominalPowerW: pn, rpn: rpn, rpint: rpint, qp0W: qp0,
            pilotPowerW: pilot, operatingTemperature30C: t30, operatingTemperature100C: t100, enteredSCOP: scop,
            cascadePriority: try de.optionalInt("priorite_generateur_cascade"),
            tvGeneratorCombustionId: try de.optionalInt("tv_generateur_combustion_id"),
            tvGenerationEfficiencyId: try de.optionalInt("tv_rendement_generation_id"),
            tvSCOPId: try de.optionalInt("tv_scop_id"), heatNetworkId: de.string("identifiant_reseau_chaleur"),
            heatNetworkOrderDate: de.string("date_arrete_reseau_chaleur"))
    }
}
