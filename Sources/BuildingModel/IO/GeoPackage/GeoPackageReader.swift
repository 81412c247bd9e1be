import Foundation
import GRDB

/// One vector layer listed in a GeoPackage (`gpkg_contents` joined with `gpkg_geometry_columns`).
public struct GeoPackageLayerInfo: Sendable, Hashable {
    public var name: String
    public var geometryColumn: String
    public var geometryTypeName: String
    public var srsID: Int
    /// The CRS from `gpkg_spatial_ref_sys` (organization + organization_coordsys_id, else its WKT).
    public var crs: CRSReference?
}

/// Reads a GeoPackage features layer (OGC 12-128r18) read-only through GRDB into `Feature`s in EPSG:2154.
///
/// Every non-geometry column becomes a property (`BOOLEAN` columns as `.bool`; other blobs are listed in
/// `Feature.unreadable`).
/// The feature id is the `idField` column, else an `"id"` column, else the primary key (fid).
public enum GeoPackageReader {
    /// The features layers, in `gpkg_contents` order.
    public static func layers(in url: URL) throws(VectorFileError) -> [GeoPackageLayerInfo] {
        let file = url.lastPathComponent
        let db = try open(url)
        return try wrap(file) { try db.read { try layers($0) } }
    }

    /// Reads one layer (default: the first features layer).
    /// - Complexity: O(rows × columns).
    public static func read(_ url: URL, layer: String? = nil, idField: String? = nil) throws(VectorFileError) -> [Feature] {
        let file = url.lastPathComponent
        let db = try open(url)
        let all = try wrap(file) { try db.read { try layers($0) } }
        let info: GeoPackageLayerInfo
        if let layer {
            guard let l = all.first(where: { $0.name == layer }) else {
                throw .noSuchLayer(file: file, layer: layer, available: all.map(\.name))
            }
            info = l
        } else {
            guard let l = all.first else { throw .noFeatureLayer(file: file) }
            info = l
        }
        // Decode inside the read (WKB only), reproject outside it: the PROJ context stays on this thread.
        let raw: [(id: String, geometry: FeatureGeometry?, properties: [String: PropertyValue], unreadable: [String: String])]
        do {
            raw = try db.read { db in try rows(db, info, file: file, idField: idField) }
        } catch let e as VectorFileError {
            throw e
        } catch {
            throw .invalidFile(file: file, message: "\(error)")
        }
        if info.srsID == 0 {
            throw .unsupportedCRS(file: file, crs: "srs_id 0", message: "undefined geographic CRS, cannot reproject")
        }
        // srs_id -1 (undefined Cartesian) is taken as already metric.
        let source = info.srsID == -1 ? CRSReference.lambert93 : info.crs ?? .epsg(info.srsID)
        let transformer: CoordinateTransformer
        do { transformer = try CoordinateTransformer(from: source, to: .lambert93) } catch {
            throw .unsupportedCRS(file: file, crs: source.description, message: error.description)
        }
        var out: [Feature] = []
        out.reserveCapacity(raw.count)
        for r in raw {
            var unreadable = r.unreadable
            let g = VectorFile.reproject(r.geometry, with: transformer, unreadable: &unreadable)
            out.append(Feature(id: r.id, geometry: g, properties: r.properties, unreadable: unreadable))
        }
        return out
    }

    private static func open(_ url: URL) throws(VectorFileError) -> DatabaseQueue {
        let file = url.lastPathComponent
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .cannotOpen(file: file, message: "no such file")
        }
        var config = Configuration()
        config.readonly = true
        do { return try DatabaseQueue(path: url.path, configuration: config) } catch {
            throw .cannotOpen(file: file, message: "\(error)")
        }
    }

    private static func wrap<T>(_ file: String, _ body: () throws -> T) throws(VectorFileError) -> T {
        do { return try body() } catch let e as VectorFileError { throw e } catch {
            throw .invalidFile(file: file, message: "not a readable GeoPackage: \(error)")
        }
    }

    static func layers(_ db: Database) throws -> [GeoPackageLayerInfo] {
        let sql = """
            SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id, s.organization,
                   s.organization_coordsys_id, s.definition
            FROM gpkg_contents c
            JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
            LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
            WHERE c.data_type = 'features'
            ORDER BY c.rowid
            """
        return try Row.fetchAll(db, sql: sql).map { row in
            let srs: Int = row[3]
            let org: String? = row[4]
            let code: Int? = row[5]
            let definition: String? = row[6]
            var crs: CRSReference?
            if org?.uppercased() == "EPSG", let code { crs = .epsg(code) } else if let d = definition, d != "undefined" {
                crs = .definition(d)
            }
            return GeoPackageLayerInfo(name: row[0], geometryColumn: row[1], geometryTypeName: row[2], srsID: srs, crs: crs)
        }
    }

    private static func rows(
        _ db: Database, _ info: GeoPackageLayerInfo, file: String, idField: String?
    ) throws -> [(id: String, geometry: FeatureGeometry?, properties: [String: PropertyValue], unreadable: [String: String])] {
        let table = info.name.replacingOccurrences(of: "\"", with: "\"\"")
        var booleans = Set<String>()
        var pk: String?
        for col in try Row.fetchAll(db, sql: "PRAGMA table_info(\"\(table)\")") {
            let name: String = col["name"]
            let type: String = col["type"] ?? ""
            if type.uppercased() == "BOOLEAN" { booleans.insert(name) }
            if (col["pk"] as Int? ?? 0) == 1 { pk = name }
        }
        var out: [(id: String, geometry: FeatureGeometry?, properties: [String: PropertyValue], unreadable: [String: String])] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \"\(table)\"")
        var index = 0
        while let row = try cursor.next() {
            var properties: [String: PropertyValue] = [:]
            var unreadable: [String: String] = [:]
            var blob: Data?
            var fid: String?
            for (column, value) in row {
                if column == info.geometryColumn {
                    if case .blob(let d) = value.storage { blob = d }
                    continue
                }
                let v: PropertyValue? = switch value.storage {
                case .null: .null
                case .int64(let i): booleans.contains(column) ? .bool(i != 0) : .int(Int(i))
                case .double(let d): .double(d)
                case .string(let s): .string(s)
                case .blob: nil
                }
                if column == pk { fid = v?.stringValue } else if let v { properties[column] = v } else {
                    unreadable[column] = "a binary value (BLOB)"
                }
            }
            let id = VectorFile.featureID(properties, idField: idField, fallback: fid ?? String(index))
            var geometry: FeatureGeometry?
            if let blob {
                do { geometry = try GeoPackageBinary.decode([UInt8](blob)).geometry } catch {
                    throw VectorFileError.invalidFeature(
                        file: file, feature: id, field: info.geometryColumn, message: error.description)
                }
            }
            out.append((id, geometry, properties, unreadable))
            index += 1
        }
        return out
    }
}
