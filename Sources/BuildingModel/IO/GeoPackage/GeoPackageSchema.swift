import Foundation

/// Column and geometry types of a GeoPackage layer written by `GeoPackageWriter`.
public enum GeoPackageColumnType: String, Sendable, Hashable, CaseIterable {
    case integer = "INTEGER"
    case real = "REAL"
    case text = "TEXT"
    /// Stored as INTEGER 0/1, declared BOOLEAN (OGC 12-128r18 Table 1); read back as `.bool`.
    case boolean = "BOOLEAN"
}

/// One attribute column of a layer.
public struct GeoPackageColumn: Sendable, Hashable {
    public var name: String
    public var type: GeoPackageColumnType

    public init(name: String, type: GeoPackageColumnType) {
        self.name = name
        self.type = type
    }
}

/// Geometry type of a features layer (`gpkg_geometry_columns.geometry_type_name`).
public enum GeoPackageGeometryType: String, Sendable, Hashable, CaseIterable {
    case point = "POINT"
    case lineString = "LINESTRING"
    case polygon = "POLYGON"
    case multiPolygon = "MULTIPOLYGON"

    /// Whether a geometry fits this type (a polygon is written as a one-part multipolygon).
    func accepts(_ g: FeatureGeometry) -> Bool {
        switch (self, g) {
        case (.point, .point), (.lineString, .lineString), (.polygon, .polygon), (.multiPolygon, .multiPolygon),
             (.multiPolygon, .polygon): true
        default: false
        }
    }
}

/// DDL and fixed rows of the core GeoPackage tables (OGC 12-128r18, §1.1.2, §1.1.3, §2.1.5, Annex C).
enum GeoPackageSchema {
    static let applicationID: Int32 = 1_196_444_487  // 0x47504B47 "GPKG"
    /// 1.3.0; GDAL 3.6 warns on 10400 (docs/recipes.md).
    static let userVersion = 10300

    static let core = """
        CREATE TABLE gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL PRIMARY KEY,
          organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL,
          definition TEXT NOT NULL,
          description TEXT
        );
        CREATE TABLE gpkg_contents (
          table_name TEXT NOT NULL PRIMARY KEY,
          data_type TEXT NOT NULL,
          identifier TEXT UNIQUE,
          description TEXT DEFAULT '',
          last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE,
          min_y DOUBLE,
          max_x DOUBLE,
          max_y DOUBLE,
          srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
        );
        CREATE TABLE gpkg_geometry_columns (
          table_name TEXT NOT NULL,
          column_name TEXT NOT NULL,
          geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL,
          z TINYINT NOT NULL,
          m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
          CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
        );
        INSERT INTO gpkg_spatial_ref_sys VALUES
          ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
          ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
        """

    static let extensions = """
        CREATE TABLE IF NOT EXISTS gpkg_extensions (
          table_name TEXT,
          column_name TEXT,
          extension_name TEXT NOT NULL,
          definition TEXT NOT NULL,
          scope TEXT NOT NULL,
          CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
        );
        """

    /// The R-tree and its triggers (OGC 12-128r18 Annex F.3, `gpkg_rtree_index`), for table `t`, geometry
    /// column `c`, primary key `i`. Identifiers must already be safe (checked by the writer).
    static func rtree(table t: String, column c: String, pk i: String) -> String {
        let r = "rtree_\(t)_\(c)"
        let bounds = "NEW.\"\(i)\", ST_MinX(NEW.\"\(c)\"), ST_MaxX(NEW.\"\(c)\"), ST_MinY(NEW.\"\(c)\"), ST_MaxY(NEW.\"\(c)\")"
        return """
            CREATE VIRTUAL TABLE "\(r)" USING rtree(id, minx, maxx, miny, maxy);
            INSERT OR REPLACE INTO "\(r)"
              SELECT "\(i)", ST_MinX("\(c)"), ST_MaxX("\(c)"), ST_MinY("\(c)"), ST_MaxY("\(c)") FROM "\(t)"
              WHERE "\(c)" NOT NULL AND NOT ST_IsEmpty("\(c)");
            CREATE TRIGGER "\(r)_insert" AFTER INSERT ON "\(t)"
              WHEN (NEW."\(c)" NOT NULL AND NOT ST_IsEmpty(NEW."\(c)"))
            BEGIN
              INSERT OR REPLACE INTO "\(r)" VALUES (\(bounds));
            END;
            CREATE TRIGGER "\(r)_update1" AFTER UPDATE OF "\(c)" ON "\(t)"
              WHEN OLD."\(i)" = NEW."\(i)" AND (NEW."\(c)" NOTNULL AND NOT ST_IsEmpty(NEW."\(c)"))
            BEGIN
              INSERT OR REPLACE INTO "\(r)" VALUES (\(bounds));
            END;
            CREATE TRIGGER "\(r)_update2" AFTER UPDATE OF "\(c)" ON "\(t)"
              WHEN OLD."\(i)" = NEW."\(i)" AND (NEW."\(c)" ISNULL OR ST_IsEmpty(NEW."\(c)"))
            BEGIN
              DELETE FROM "\(r)" WHERE id = OLD."\(i)";
            END;
            CREATE TRIGGER "\(r)_update3" AFTER UPDATE ON "\(t)"
              WHEN OLD."\(i)" != NEW."\(i)" AND (NEW."\(c)" NOTNULL AND NOT ST_IsEmpty(NEW."\(c)"))
            BEGIN
              DELETE FROM "\(r)" WHERE id = OLD."\(i)";
              INSERT OR REPLACE INTO "\(r)" VALUES (\(bounds));
            END;
            CREATE TRIGGER "\(r)_update4" AFTER UPDATE ON "\(t)"
              WHEN OLD."\(i)" != NEW."\(i)" AND (NEW."\(c)" ISNULL OR ST_IsEmpty(NEW."\(c)"))
            BEGIN
              DELETE FROM "\(r)" WHERE id IN (OLD."\(i)", NEW."\(i)");
            END;
            CREATE TRIGGER "\(r)_delete" AFTER DELETE ON "\(t)"
              WHEN OLD."\(c)" NOT NULL
            BEGIN
              DELETE FROM "\(r)" WHERE id = OLD."\(i)";
            END;
            INSERT INTO gpkg_extensions VALUES
              ('\(t)', '\(c)', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
            """
    }

    /// The schema extension's tables (OGC 12-128r18 §F.9) and its registration.
    static let dataColumns = """
        CREATE TABLE gpkg_data_columns (
          table_name TEXT NOT NULL,
          column_name TEXT NOT NULL,
          name TEXT,
          title TEXT,
          description TEXT,
          mime_type TEXT,
          constraint_name TEXT,
          CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name),
          CONSTRAINT gdc_tn UNIQUE (table_name, name)
        );
        CREATE TABLE gpkg_data_column_constraints (
          constraint_name TEXT NOT NULL,
          constraint_type TEXT NOT NULL,
          value TEXT,
          min NUMERIC,
          min_is_inclusive BOOLEAN,
          max NUMERIC,
          max_is_inclusive BOOLEAN,
          description TEXT,
          CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value)
        );
        INSERT INTO gpkg_extensions VALUES
          ('gpkg_data_columns', NULL, 'gpkg_schema', 'http://www.geopackage.org/spec/#extension_schema', 'read-write'),
          ('gpkg_data_column_constraints', NULL, 'gpkg_schema', 'http://www.geopackage.org/spec/#extension_schema', 'read-write');
        """

    /// The table QGIS (and GDAL) keep styles in; not a GeoPackage extension, an attributes table by convention.
    static let layerStyles = """
        CREATE TABLE layer_styles (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          f_table_catalog TEXT(256),
          f_table_schema TEXT(256),
          f_table_name TEXT(256),
          f_geometry_column TEXT(256),
          styleName TEXT(30),
          styleQML TEXT,
          styleSLD TEXT,
          useAsDefault BOOLEAN,
          description TEXT,
          owner TEXT(30),
          ui TEXT(30),
          update_time DATETIME
        );
        """

    /// The current time as GeoPackage writes it (ISO 8601, UTC, milliseconds).
    static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }

    /// Known names for `gpkg_spatial_ref_sys.srs_name`.
    static func srsName(epsg: Int) -> String {
        switch epsg {
        case 4326: "WGS 84 geodetic"
        case 2154: "RGF93 v1 / Lambert-93"
        default: "EPSG:\(epsg)"
        }
    }
}
