/// The attribute names the stock reader recognises, per source, in priority order (renovate's own columns
/// first). Documented in docs/stock-input.md.
public enum StockFields {
    /// renovate's own columns (Building's fields in snake_case); `StockWriter` writes exactly these.
    public static let own = [
        "id", "height_m", "storeys", "construction_year", "period", "wall_material", "wall_thickness_m", "roof", "ground_floor",
        "q4pa_m3_per_h_m2",
        "windows", "window_to_wall_ratio", "heating", "dwellings", "vacant", "assumed",
        "group_id", "use", "habitable_area_m2", "boiler", "hot_water", "observed_class", "observed_ghg_class",
        "observed_primary_energy_kwh_per_m2", "observed_ghg_kg_per_m2", "observed_scale", "observed_date", "observed_object",
        "metered_gas_kwh", "metered_electricity_kwh",
    ]

    static let id = ["id", "batiment_construction_id", "cleabs", "osm_id", "@id"]
    static let height = ["height_m", "hauteur", "height"]
    static let storeys = ["storeys", "nb_niveau", "nombre_d_etages", "building:levels"]
    static let year = ["construction_year", "annee_construction", "date_d_apparition", "start_date"]
    static let wallMaterial = ["wall_material", "mat_mur_txt", "materiaux_des_murs", "building:material"]
    static let dwellings = ["dwellings", "nb_logements", "nb_log", "nb_log_rnc", "nombre_de_logements", "building:flats"]
    static let groupID = ["group_id", "batiment_groupe_id"]
    static let use = ["use", "type_batiment_dpe", "usage_niveau_1_txt", "usage_1", "l_usage_1", "building"]
    static let habitableArea = ["habitable_area_m2", "surface_habitable_estimee_m2", "surface_habitable_immeuble"]
    static let heatingGenerator = ["heating", "generateur_chauffage", "type_generateur_chauffage",
                                   "l_type_generateur_chauffage"]
    static let heatingEnergy = ["type_energie_chauffage", "energie_chauffage", "type_energie"]
    static let hotWater = ["hot_water", "generateur_ecs", "type_generateur_ecs", "l_type_generateur_ecs"]
    static let glazing = ["windows", "type_vitrage"]
    static let observedClass = ["observed_class", "classe_bilan_dpe", "etiquette_energie_dpe", "etiquette_dpe"]
    static let observedGHGClass = ["observed_ghg_class", "classe_emission_ges", "etiquette_ges_dpe"]
    static let observedPrimaryEnergy = ["observed_primary_energy_kwh_per_m2", "conso_5_usages_ep_m2",
                                        "conso_energie_dpe_kwhep_m2_an", "conso_3_usages_ep_m2_arrete_2012"]
    static let observedGHG = ["observed_ghg_kg_per_m2", "emission_ges_5_usages_m2", "emission_ges_dpe_kgco2eq_m2_an",
                              "emission_ges_3_usages_ep_m2_arrete_2012"]
    static let observedScale = ["observed_scale", "type_dpe"]
    static let observedDate = ["observed_date", "date_etablissement_dpe"]
    static let meteredGas = ["metered_gas_kwh", "conso_gaz_kwhef_an_dle", "conso_res_dle_gaz_2020", "conso_res_dle_gaz"]
    /// Every field the reader maps (a wrong type in one of them rejects the building).
    static let read: Set<String> = {
        Set(own + id + height + storeys + year + wallMaterial + dwellings + groupID + use + habitableArea
            + heatingGenerator + heatingEnergy + hotWater + glazing + observedClass + observedGHGClass
            + observedPrimaryEnergy + observedGHG + observedScale + observedDate + meteredGas + meteredElectricity
            + ["observed_object", "boiler"])
    }()

    static let meteredElectricity = ["metered_electricity_kwh", "conso_elec_kwhef_an_dle", "conso_res_dle_elec_2020",
                                     "conso_res_dle_elec"]
}

/// Where a stock's attributes come from, detected from its field names.
public enum StockSource: String, Sendable, CaseIterable {
    case renovate, bdnb, bdtopo, osm

    /// The sources whose characteristic fields appear among `fields`.
    public static func detect(fields: Set<String>) -> [StockSource] {
        var out: [StockSource] = []
        if fields.contains("height_m") || fields.contains("wall_material") || fields.contains("storeys") { out.append(.renovate) }
        if fields.contains("batiment_construction_id") || fields.contains("batiment_groupe_id") { out.append(.bdnb) }
        if fields.contains("cleabs") || fields.contains("nombre_d_etages") { out.append(.bdtopo) }
        if fields.contains("osm_id") || fields.contains("@id") || fields.contains(where: { $0.hasPrefix("building") }) {
            out.append(.osm)
        }
        return out
    }
}
