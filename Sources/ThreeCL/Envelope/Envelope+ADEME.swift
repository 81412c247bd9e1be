/// Reading §3–§7 inputs from an ADEME DPE XML (`logement/enveloppe`, `logement/ventilation_collection`): each element's
/// `donnee_entree`, keeping both the attributes and the table rows (`tv_*_id`) the diagnostician cited.
extension ElementOrigin {
    init(_ node: XMLElementNode) { self.init(file: node.file, path: node.path) }
}

extension AdjacencyInput {
    /// Reads `enum_type_adjacence_id`, `enum_cfg_isolation_lnc_id`, `surface_aiu`, `surface_aue`,
    /// `tv_coef_reduction_deperdition_id` from a `donnee_entree`.
    public init(ademe de: XMLElementNode) throws(ThreeCLError) {
        self.init(
            typeAdjacenceId: try de.int("enum_type_adjacence_id"),
            cfgIsolationLncId: try de.optionalInt("enum_cfg_isolation_lnc_id"),
            surfaceAiuM2: try de.optionalDouble("surface_aiu"), surfaceAueM2: try de.optionalDouble("surface_aue"),
            reductionRowId: try de.optionalInt("tv_coef_reduction_deperdition_id"))
    }
}

extension WallInput {
    /// Reads a `mur` element. Without a recorded structure thickness, the thickness of the cited `umur0` row is taken
    /// (some software only cite the row).
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        var thickness = try de.optionalDouble("epaisseur_structure")
        if thickness == nil || thickness == 0, let id = try de.optionalInt("tv_umur0_id") {
            thickness = TableLookup.boundValue(try MethodTables.bundled().row("umur0", id: id).string("epaisseur_structure"))
        }
        // Older schemas' `paroi_ancienne` only says the wall is old; the insulating render is its own flag.
        let render = try de.optionalBool("enduit_isolant_paroi_ancienne") ?? false
        self.init(
            origin: ElementOrigin(node), reference: de.string("reference"), description: de.string("description") ?? "",
            adjacency: try AdjacencyInput(ademe: de), orientationId: try de.optionalInt("enum_orientation_id"),
            grossAreaM2: try de.optionalDouble("surface_paroi_totale"), opaqueAreaM2: try de.double("surface_paroi_opaque"),
            u0MethodId: try de.int("enum_methode_saisie_u0_id"), uMethodId: try de.int("enum_methode_saisie_u_id"),
            structureMaterialId: try de.int("enum_materiaux_structure_mur_id"),
            structureThicknessCm: thickness,
            umur0RowId: try de.optionalInt("tv_umur0_id"), umurRowId: try de.optionalInt("tv_umur_id"),
            liningTypeId: Self.liningType(recorded: try de.optionalInt("enum_type_doublage_id"), description: de.string("description")),
            insulationTypeId: try de.optionalInt("enum_type_isolation_id") ?? 1,
            insulationPeriodId: try de.optionalInt("enum_periode_isolation_id"),
            insulationThicknessCm: try de.optionalDouble("epaisseur_isolation"),
            insulationResistance: try de.optionalDouble("resistance_isolation"), insulatingRender: render,
            enteredU0: try de.optionalDouble("umur0_saisi"), enteredU: try de.optionalDouble("umur_saisi"),
            heavy: try de.optionalBool("paroi_lourde"))
    }
}

extension WallInput {
    /// The lining (`enum_type_doublage_id`); some software leave it "unknown" or "none" and write the lining in the
    /// element's description with the enumeration's own label ("doublage connu (plâtre, brique, bois)"…): that label
    /// is read back.
    static func liningType(recorded: Int?, description: String?) -> Int {
        let id = recorded ?? 1
        guard id == 1 || id == 2, let text = description?.lowercased() else { return id }
        if text.contains("doublage connu") { return 5 }
        if text.contains("doublage indéterminé avec lame") { return 4 }
        if text.contains("doublage indéterminé ou lame") { return 3 }
        return id
    }
}

extension LowFloorInput {
    /// Reads a `plancher_bas` element.
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        self.init(
            origin: ElementOrigin(node), reference: de.string("reference"), description: de.string("description") ?? "",
            adjacency: try AdjacencyInput(ademe: de), areaM2: try de.double("surface_paroi_opaque"),
            floorTypeId: try de.int("enum_type_plancher_bas_id"), u0MethodId: try de.int("enum_methode_saisie_u0_id"),
            uMethodId: try de.int("enum_methode_saisie_u_id"), upb0RowId: try de.optionalInt("tv_upb0_id"),
            upbRowId: try de.optionalInt("tv_upb_id"), insulationTypeId: try de.optionalInt("enum_type_isolation_id") ?? 1,
            insulationPeriodId: try de.optionalInt("enum_periode_isolation_id"),
            insulationThicknessCm: try de.optionalDouble("epaisseur_isolation"),
            insulationResistance: try de.optionalDouble("resistance_isolation"),
            enteredU0: try de.optionalDouble("upb0_saisi"), enteredU: try de.optionalDouble("upb_saisi"),
            ueAreaM2: try de.optionalDouble("surface_ue"), uePerimeterM: try de.optionalDouble("perimetre_ue"),
            recordedUe: try de.optionalDouble("ue"),
            heavy: try de.optionalBool("paroi_lourde"))
    }
}

extension HighFloorInput {
    /// Reads a `plancher_haut` element.
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        self.init(
            origin: ElementOrigin(node), reference: de.string("reference"), description: de.string("description") ?? "",
            adjacency: try AdjacencyInput(ademe: de), areaM2: try de.double("surface_paroi_opaque"),
            ceilingTypeId: try de.int("enum_type_plancher_haut_id"), u0MethodId: try de.int("enum_methode_saisie_u0_id"),
            uMethodId: try de.int("enum_methode_saisie_u_id"), uph0RowId: try de.optionalInt("tv_uph0_id"),
            uphRowId: try de.optionalInt("tv_uph_id"), insulationTypeId: try de.optionalInt("enum_type_isolation_id") ?? 1,
            insulationPeriodId: try de.optionalInt("enum_periode_isolation_id"),
            insulationThicknessCm: try de.optionalDouble("epaisseur_isolation"),
            insulationResistance: try de.optionalDouble("resistance_isolation"),
            enteredU0: try de.optionalDouble("uph0_saisi"), enteredU: try de.optionalDouble("uph_saisi"),
            heavy: try de.optionalBool("paroi_lourde"))
    }
}

extension WindowInput.Glazing {
    /// Reads the glazing and frame fields of a `baie_vitree` (or `baie_vitree_double_fenetre`) `donnee_entree`.
    public init(ademe de: XMLElementNode) throws(ThreeCLError) {
        self.init(
            glazingTypeId: try de.int("enum_type_vitrage_id"), tiltId: try de.optionalInt("enum_inclinaison_vitrage_id") ?? 3,
            gasId: try de.optionalInt("enum_type_gaz_lame_id"), gapMm: try de.optionalDouble("epaisseur_lame"),
            lowEmissivity: try de.optionalBool("vitrage_vir"), frameMaterialId: try de.int("enum_type_materiaux_menuiserie_id"),
            windowTypeId: try de.int("enum_type_baie_id"), poseTypeId: try de.optionalInt("enum_type_pose_id"),
            ugRowId: try de.optionalInt("tv_ug_id"), uwRowId: try de.optionalInt("tv_uw_id"),
            swRowId: try de.optionalInt("tv_sw_id"), enteredUg: try de.optionalDouble("ug_saisi"),
            enteredUw: try de.optionalDouble("uw_saisi"), enteredSw: try de.optionalDouble("sw_saisi"))
    }
}

extension WindowInput {
    /// Reads a `baie_vitree` element (with its double window and far masks).
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        var second: Glazing?
        if try de.optionalBool("double_fenetre") == true, let df = node.child("baie_vitree_double_fenetre"),
            let dde = df.child("donnee_entree")
        {
            second = try Glazing(ademe: dde)
        }
        var sectors: [Int] = []
        for m in de.child("masque_lointain_non_homogene_collection")?.children("masque_lointain_non_homogene") ?? [] {
            sectors.append(try m.int("tv_coef_masque_lointain_non_homogene_id"))
        }
        self.init(
            origin: ElementOrigin(node), reference: de.string("reference"), description: de.string("description") ?? "",
            adjacency: try AdjacencyInput(ademe: de), areaM2: try de.double("surface_totale_baie"),
            count: try de.optionalInt("nb_baie") ?? 1, glazing: try Glazing(ademe: de), secondWindow: second,
            closureTypeId: try de.optionalInt("enum_type_fermeture_id") ?? 1, deltaRRowId: try de.optionalInt("tv_deltar_id"),
            ujnRowId: try de.optionalInt("tv_ujn_id"), enteredUjn: try de.optionalDouble("ujn_saisi"),
            orientationId: try de.int("enum_orientation_id"), nearMaskRowId: try de.optionalInt("tv_coef_masque_proche_id"),
            farMaskHomogeneousRowId: try de.optionalInt("tv_coef_masque_lointain_homogene_id"),
            farMaskSectorRowIds: sectors, hasSeals: try de.optionalBool("presence_joint") ?? false,
            frameWidthCm: try de.optionalDouble("largeur_dormant"),
            insulationReturn: try de.optionalBool("presence_retour_isolation"))
    }
}

extension DoorInput {
    /// Reads a `porte` element.
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        self.init(
            origin: ElementOrigin(node), reference: de.string("reference"), description: de.string("description") ?? "",
            adjacency: try AdjacencyInput(ademe: de), areaM2: try de.double("surface_porte"),
            doorTypeId: try de.int("enum_type_porte_id"), uMethodId: try de.optionalInt("enum_methode_saisie_uporte_id") ?? 1,
            uporteRowId: try de.optionalInt("tv_uporte_id"), enteredU: try de.optionalDouble("uporte_saisi"),
            hasSeals: try de.optionalBool("presence_joint") ?? false, poseTypeId: try de.optionalInt("enum_type_pose_id"),
            frameWidthCm: try de.optionalDouble("largeur_dormant"),
            insulationReturn: try de.optionalBool("presence_retour_isolation"))
    }
}

extension ThermalBridgeInput {
    /// §3.4 the share of a bridge's value that applies when the DPE does not state it
    /// (`pourcentage_valeur_pont_thermique`, absent from the first schema versions): half for an intermediate
    /// floor / wall junction of a flat (the floor is shared with the dwelling above or below), else all of it.
    /// Evidence: the 16 intermediate-floor bridges of flats recorded without the share (2144E0963994K,
    /// 2221E0006033X, 2251E1369051V…) record k × ½; later schemas write 0.5 for these junctions.
    public static func defaultShare(junctionTypeId: Int, flat: Bool) -> Double {
        junctionTypeId == 2 && flat ? 0.5 : 1
    }

    /// Reads a `pont_thermique` element; `flat` (a flat's DPE, not a house's nor a whole building's) chooses the
    /// share when the element does not give it (`defaultShare`).
    public init(ademe node: XMLElementNode, flat: Bool = false) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        let junction = try de.int("enum_type_liaison_id")
        self.init(
            origin: ElementOrigin(node), description: de.string("description") ?? "",
            junctionTypeId: junction, lengthM: try de.double("l"),
            share: try de.optionalDouble("pourcentage_valeur_pont_thermique")
                ?? Self.defaultShare(junctionTypeId: junction, flat: flat),
            kMethodId: try de.optionalInt("enum_methode_saisie_pont_thermique_id") ?? 1,
            kRowId: try de.optionalInt("tv_pont_thermique_id"), enteredK: try de.optionalDouble("k_saisi"),
            wallReference: de.string("reference_1"), otherReference: de.string("reference_2"))
    }
}

extension VentilationInput {
    /// Reads a `ventilation` element.
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        self.init(
            origin: ElementOrigin(node), description: de.string("description") ?? "",
            ventilatedAreaM2: try de.optionalDouble("surface_ventile"),
            distributionKey: try de.optionalDouble("cle_repartition_ventilation"),
            multipleExposedFacades: try de.optionalBool("plusieurs_facade_exposee") ?? false,
            ventilationTypeId: try de.int("enum_type_ventilation_id"), flowRowId: try de.optionalInt("tv_debits_ventilation_id"),
            installedAfter2012: try de.optionalBool("ventilation_post_2012") ?? false,
            q4paMethodId: try de.optionalInt("enum_methode_saisie_q4pa_conv_id") ?? 1,
            q4paRowId: try de.optionalInt("tv_q4pa_conv_id"), enteredQ4pa: try de.optionalDouble("q4pa_conv_saisi"))
    }
}

extension BufferSpaceInput {
    /// Reads an `ets` element (sunspace) with its bays. The glazing attributes absent from the XML are those of the
    /// cited `coef_transparence_ets` row.
    public init(ademe node: XMLElementNode) throws(ThreeCLError) {
        let de = try node.required("donnee_entree")
        var material = try de.optionalInt("enum_type_materiaux_menuiserie_id")
        var glazing = try de.optionalInt("enum_type_vitrage_id")
        var vir = try de.optionalBool("vitrage_vir")
        if material == nil, let id = try de.optionalInt("tv_coef_transparence_ets_id") {
            let row = try MethodTables.bundled().row("coef_transparence_ets", id: id)
            material = row.ids("enum_type_materiaux_menuiserie_id").first
            glazing = row.ids("enum_type_vitrage_id").first
            vir = row.string("vitrage_vir").map { $0 == "1" }
        }
        var bays: [Bay] = []
        for b in node.child("baie_ets_collection")?.children("baie_ets") ?? [] {
            let bde = try b.required("donnee_entree")
            bays.append(Bay(
                areaM2: try bde.double("surface_totale_baie"), orientationId: try bde.int("enum_orientation_id"),
                tiltId: try bde.optionalInt("enum_inclinaison_vitrage_id") ?? 3))
        }
        self.init(
            origin: ElementOrigin(node), description: de.string("description") ?? "",
            adjacency: AdjacencyInput(
                typeAdjacenceId: AdjacencyInput.sunspaceType, cfgIsolationLncId: try de.optionalInt("enum_cfg_isolation_lnc_id"),
                reductionRowId: try de.optionalInt("tv_coef_reduction_deperdition_id")),
            transparencyRowId: try de.optionalInt("tv_coef_transparence_ets_id"),
            frameMaterialId: material, glazingTypeId: glazing, lowEmissivity: vir, bays: bays)
    }
}

extension EnvelopeInput {
    /// Reads `logement/enveloppe` and `logement/ventilation_collection`. The heating's Joule effect (§3.2 default
    /// tables) is taken from the default-U rows the diagnostician cited, if any (false otherwise).
    public init(ademe logement: XMLElementNode, dwelling: DwellingDescription) throws(ThreeCLError) {
        let env = try logement.required("enveloppe")
        func list<T>(_ collection: String, _ item: String, _ make: (XMLElementNode) throws(ThreeCLError) -> T)
            throws(ThreeCLError) -> [T]
        {
            var out: [T] = []
            for n in env.child(collection)?.children(item) ?? [] { out.append(try make(n)) }
            return out
        }
        let walls = try list("mur_collection", "mur") { (n) throws(ThreeCLError) in try WallInput(ademe: n) }
        let lows = try list("plancher_bas_collection", "plancher_bas") { (n) throws(ThreeCLError) in try LowFloorInput(ademe: n) }
        let highs = try list("plancher_haut_collection", "plancher_haut") { (n) throws(ThreeCLError) in try HighFloorInput(ademe: n) }
        let windows = try list("baie_vitree_collection", "baie_vitree") { (n) throws(ThreeCLError) in try WindowInput(ademe: n) }
        let doors = try list("porte_collection", "porte") { (n) throws(ThreeCLError) in try DoorInput(ademe: n) }
        let bridges = try list("pont_thermique_collection", "pont_thermique") { (n) throws(ThreeCLError) in
            try ThermalBridgeInput(ademe: n, flat: !dwelling.isHouse && !dwelling.isWholeBuilding)
        }
        let ets = try list("ets_collection", "ets") { (n) throws(ThreeCLError) in try BufferSpaceInput(ademe: n) }
        var ventilations: [VentilationInput] = []
        for n in logement.child("ventilation_collection")?.children("ventilation") ?? [] {
            ventilations.append(try VentilationInput(ademe: n))
        }
        let inertiaNode = try env.required("inertie")
        let inertia = InertiaInput(
            heavyLowFloor: try inertiaNode.optionalBool("inertie_plancher_bas_lourd") ?? false,
            heavyHighFloor: try inertiaNode.optionalBool("inertie_plancher_haut_lourd") ?? false,
            heavyWalls: try inertiaNode.optionalBool("inertie_paroi_verticale_lourd") ?? false,
            recordedClassId: try inertiaNode.optionalInt("enum_classe_inertie_id"))
        // Joule effect: as cited in the default-U rows.
        let tables = try MethodTables.bundled()
        var joule: Bool?
        for w in walls where joule == nil {
            if let id = w.umurRowId { joule = try tables.row("umur", id: id).string("effet_joule") == "1" }
        }
        for f in lows where joule == nil {
            if let id = f.upbRowId { joule = try tables.row("upb", id: id).string("effet_joule") == "1" }
        }
        for f in highs where joule == nil {
            if let id = f.uphRowId { joule = try tables.row("uph", id: id).string("effet_joule") == "1" }
        }
        self.init(
            walls: walls, lowFloors: lows, highFloors: highs, windows: windows, doors: doors, thermalBridges: bridges,
            ventilations: ventilations, bufferSpaces: ets, inertia: inertia, jouleHeating: joule ?? false)
    }
}
