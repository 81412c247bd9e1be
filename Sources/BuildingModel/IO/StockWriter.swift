import Foundation

/// Writes a `Stock` with renovate's own columns (`StockFields.own`), so that `StockReader` reads it back
/// unchanged: a GeoPackage layer `buildings` (Lambert-93) or a GeoJSON FeatureCollection (RFC 7946, WGS 84).
public enum StockWriter {
    /// The columns of the `buildings` layer, in order (the `id` column is the building id).
    public static let columns: [GeoPackageColumn] = [
        .init(name: "id", type: .text), .init(name: "height_m", type: .real), .init(name: "storeys", type: .integer),
        .init(name: "construction_year", type: .integer), .init(name: "period", type: .text),
        .init(name: "wall_material", type: .text), .init(name: "wall_thickness_m", type: .real),
        .init(name: "roof", type: .text), .init(name: "ground_floor", type: .text),
        .init(name: "q4pa_m3_per_h_m2", type: .real), .init(name: "windows", type: .text),
        .init(name: "window_to_wall_ratio", type: .real), .init(name: "heating", type: .text),
        .init(name: "dwellings", type: .integer), .init(name: "vacant", type: .boolean),
        .init(name: "assumed", type: .text),
        .init(name: "group_id", type: .text), .init(name: "use", type: .text),
        .init(name: "habitable_area_m2", type: .real), .init(name: "boiler", type: .text),
        .init(name: "hot_water", type: .text), .init(name: "observed_class", type: .text),
        .init(name: "observed_ghg_class", type: .text), .init(name: "observed_primary_energy_kwh_per_m2", type: .real),
        .init(name: "observed_ghg_kg_per_m2", type: .real), .init(name: "observed_scale", type: .text),
        .init(name: "observed_date", type: .text), .init(name: "observed_object", type: .text),
        .init(name: "metered_gas_kwh", type: .real),
        .init(name: "metered_electricity_kwh", type: .real),
    ]

    /// One building's attribute values, in `columns` order.
    public static func values(_ b: Building) -> [PropertyValue] {
        [
            .string(b.id), .double(b.heightM), .int(b.storeys), b.constructionYear.map(PropertyValue.int) ?? .null,
            .string(b.period.rawValue), .string(b.wallMaterial.rawValue), .double(b.wallThicknessM),
            .string(b.roof.rawValue), .string(b.groundFloor.rawValue), real(b.airPermeabilityQ4PaM3PerHM2),
            .string(b.windows.rawValue), .double(b.windowToWallRatio),
            .string(b.heating.rawValue), .int(b.dwellings), .bool(b.isVacant),
            .string(b.assumed.sorted().map(\.rawValue).joined(separator: ",")),
            text(b.groupID), text(b.use?.rawValue), real(b.habitableAreaM2), text(b.boiler?.rawValue),
            text(b.hotWater?.rawValue), text(b.observedLabel?.energyClass), text(b.observedLabel?.greenhouseGasClass),
            real(b.observedLabel?.primaryEnergyKWhPerM2), real(b.observedLabel?.greenhouseGasKgPerM2),
            text(b.observedLabel?.scale.rawValue), text(b.observedLabel?.date),
            text(b.observedLabel.map { $0.coversBuilding ? "building" : "dwelling" }), real(b.metered?.gasKWh),
            real(b.metered?.electricityKWh),
        ]
    }

    private static func text(_ s: String?) -> PropertyValue { s.map(PropertyValue.string) ?? .null }
    private static func real(_ d: Double?) -> PropertyValue { d.map(PropertyValue.double) ?? .null }

    /// Adds the layer `buildings` (POLYGON, EPSG:2154, R-tree) to a GeoPackage being written.
    public static func addBuildings(_ stock: Stock, to writer: GeoPackageWriter, layer: String = "buildings",
                                    description: String = "renovate building stock") throws(VectorFileError) {
        try writer.addFeatureLayer(
            name: layer, geometryType: .polygon, srsID: stock.epsg, columns: columns,
            rows: stock.buildings.lazy.map { (FeatureGeometry.polygon($0.footprint), values($0)) },
            description: description)
    }

    /// Writes a new GeoPackage holding the stock as layer `buildings`.
    public static func writeGeoPackage(_ stock: Stock, to url: URL, overwrite: Bool = false) throws(VectorFileError) {
        let w = try GeoPackageWriter(url: url, overwrite: overwrite)
        try addBuildings(stock, to: w)
        try w.finish()
    }

    /// The stock as GeoJSON (RFC 7946): WGS 84 lon/lat with 9 decimals (≈ 0.1 mm), exterior rings
    /// counter-clockwise, one Feature per building with `id` and the own columns as properties.
    public static func geoJSON(_ stock: Stock) throws(PROJError) -> Data {
        let t = try CoordinateTransformer(from: .epsg(stock.epsg), to: .wgs84)
        var s = "{\"type\":\"FeatureCollection\",\"features\":["
        for (i, b) in stock.buildings.enumerated() {
            if i > 0 { s += "," }
            let p = try t.transform(b.footprint.normalized())
            let rings = ([p.exterior] + p.holes).map { ring in
                "[" + ring.map { "[\(coordinate($0.x)),\(coordinate($0.y))]" }.joined(separator: ",") + "]"
            }
            s += "\n{\"type\":\"Feature\",\"id\":\(json(.string(b.id))),"
            s += "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[\(rings.joined(separator: ","))]},\"properties\":{"
            s += zip(columns, values(b)).map { "\(json(.string($0.name))):\(json($1))" }.joined(separator: ",")
            s += "}}"
        }
        s += "\n]}\n"
        return Data(s.utf8)
    }

    /// Writes the GeoJSON form to a new file (temporary file, then rename).
    public static func writeGeoJSON(_ stock: Stock, to url: URL, overwrite: Bool = false) throws(VectorFileError) {
        let file = url.lastPathComponent
        if !overwrite, FileManager.default.fileExists(atPath: url.path) { throw .alreadyExists(file: file) }
        let data: Data
        do { data = try geoJSON(stock) } catch { throw .writeFailed(file: file, message: error.description) }
        do { try data.write(to: url, options: .atomic) } catch {
            throw .writeFailed(file: file, message: error.localizedDescription)
        }
    }

    private static func coordinate(_ d: Double) -> String { String(format: "%.9f", d) }

    private static func json(_ v: PropertyValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? String(d) : "null"
        case .string(let s): return TextEscaping.jsonString(s)
        }
    }
}
