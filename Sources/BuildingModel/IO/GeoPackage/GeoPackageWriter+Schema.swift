import GRDB

/// What a column means, for `gpkg_data_columns` (GeoPackage schema extension, OGC 12-128r18 §F.9): the title goes
/// in `name` (the short name, which GDAL ≥ 3.7 reads as the field's alternative name, the alias QGIS shows) and in
/// `title`, the description in `description` (GDAL's field comment). Titles must differ within a table.
public struct GeoPackageColumnDescription: Sendable, Hashable {
    public var column: String
    public var title: String
    /// What the value is, with its unit.
    public var description: String

    public init(_ column: String, title: String, description: String) {
        self.column = column
        self.title = title
        self.description = description
    }
}

extension GeoPackageWriter {
    /// Describes columns of a table already added (`gpkg_data_columns`; the schema extension is declared once).
    public func describeColumns(of table: String, _ descriptions: [GeoPackageColumnDescription]) throws(VectorFileError) {
        guard tables.contains(table) else {
            throw .writeFailed(file: file, message: "gpkg_data_columns: table \(table) was not added")
        }
        let q = try queue()
        try run {
            try q.write { db in
                if try !db.tableExists("gpkg_data_columns") {
                    try db.execute(sql: GeoPackageSchema.extensions)
                    try db.execute(sql: GeoPackageSchema.dataColumns)
                }
                for d in descriptions {
                    try db.execute(
                        sql: "INSERT INTO gpkg_data_columns (table_name, column_name, name, title, description) VALUES (?, ?, ?, ?, ?)",
                        arguments: [table, d.column, d.title, d.title, d.description])
                }
            }
        }
    }

    /// Adds a features layer that is a view of other tables (OGC 12-128r18 allows views in `gpkg_contents`):
    /// `select` must return an integer `fid` first (unique), then the geometry column `geom`, then attributes.
    /// The extent is that of `extentOf` (a features layer already added). No spatial index (SQLite cannot index a
    /// view); GDAL and QGIS read it as a layer.
    public func addFeatureView(name: String, select: String, geometryType: GeoPackageGeometryType, srsID: Int = 2154,
                               extentOf base: String, description: String = "") throws(VectorFileError) {
        try checkNewView(name)
        let q = try queue()
        try run {
            try q.write { db in
                try db.execute(sql: "CREATE VIEW \(quote(name)) AS \(select)")
                try db.execute(
                    sql: """
                        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
                        SELECT ?, 'features', ?, ?, min_x, min_y, max_x, max_y, ? FROM gpkg_contents WHERE table_name = ?
                        """,
                    arguments: [name, name, description, srsID, base])
                try db.execute(
                    sql: "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
                    arguments: [name, geometryType.rawValue, srsID])
            }
        }
        tables.insert(name)
    }

    /// Adds a QGIS style for a features table or view, in the `layer_styles` table QGIS and GDAL write (an
    /// attributes table of `gpkg_contents`): QGIS applies the default style when it opens the layer.
    /// - Parameters:
    ///   - qml: the style as QGIS writes it (`.qml`).
    ///   - isDefault: whether QGIS applies it on opening (one default per layer).
    public func addQGISStyle(table: String, name: String, qml: String, sld: String = "", description: String,
                             isDefault: Bool) throws(VectorFileError) {
        guard tables.contains(table) else {
            throw .writeFailed(file: file, message: "layer_styles: layer \(table) was not added")
        }
        let q = try queue()
        let time = lastChange ?? GeoPackageSchema.now()
        try run {
            try q.write { db in
                if try !db.tableExists("layer_styles") {
                    try db.execute(sql: GeoPackageSchema.layerStyles)
                    try db.execute(
                        sql: "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS styles of the layers')")
                }
                try db.execute(
                    sql: """
                        INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName,
                          styleQML, styleSLD, useAsDefault, description, owner, ui, update_time)
                        VALUES ('', '', ?, 'geom', ?, ?, ?, ?, ?, '', NULL, ?)
                        """,
                    arguments: [table, name, qml, sld, isDefault, description, time])
            }
        }
    }

    private func checkNewView(_ name: String) throws(VectorFileError) {
        guard !name.isEmpty, !name.contains("\""), !name.lowercased().hasPrefix("gpkg_"), !tables.contains(name) else {
            throw .writeFailed(file: file, message: "view name \"\(name)\" is not allowed or already added")
        }
    }
}
