/// The attribute names the stock reader recognises, per source, in priority order (renovate's own columns
/// first). Documented in docs/stock-input.md.
public enum StockFields {
    /// renovate's own columns (Building's fields in snake_case); `StockWriter` writes exactly these.
    public static let own = [
        "id", "height_m", "storeys", "construction_year", "period", "wall_material", "wall_thickness_m", "roof",
        "windows", "window_to_wall_ratio", "heating", "dwellings", "vacant", "assumed",
    ]

    static let id = ["id", "batiment_construction_id", "cleabs", "osm_id", "@id"]
    static let height = ["height_m", "hauteur", "height"]
    static let storeys = ["storeys", "nb_niveau", "nombre_d_etages", "building:levels"]
    static let year = ["construction_year", "annee_construction", "date_d_apparition", "start_date"]
    static let wallMaterial = ["wall_material", "mat_mur_txt", "materiaux_des_murs", "building:material"]
    static let dwellings = ["dwellings", "nb_log", "nombre_de_logements", "building:flats"]
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
