import Foundation
import GRDB

/// Writes a new GeoPackage (OGC 12-128r18, version 1.3: `application_id` 'GPKG', `user_version` 10300):
/// feature layers with typed columns, attribute-only tables, envelopes in `gpkg_contents`, optional R-tree index.
///
/// The file is built under a temporary name beside the target and renamed by `finish()`, so an existing file is
/// never left half-written; without `overwrite` an existing file is refused. If the writer is dropped without
/// `finish()`, the temporary file is removed.
///
/// ```swift
/// let w = try GeoPackageWriter(url: url)
/// try w.addFeatureLayer(name: "buildings", geometryType: .polygon,
///                       columns: [GeoPackageColumn(name: "height_m", type: .real)], rows: rows)
/// try w.finish()
/// ```
/// Not `Sendable` (see below).
public final class GeoPackageWriter {
    public typealias Column = GeoPackageColumn

    public let url: URL
    private let overwrite: Bool
    private let tempURL: URL
    private var db: DatabaseQueue?
    private var srsIDs: Set<Int> = [-1, 0]
    var tables: Set<String> = []
    /// A fixed `gpkg_contents.last_change` (ISO 8601, e.g. "2026-01-01T00:00:00.000Z") for reproducible files:
    /// when nil, each table records the time it was written, and two runs differ in those bytes.
    public var lastChange: String?

    /// Creates the (temporary) file and the core tables, with SRS rows -1, 0, 4326 and 2154.
    /// - Throws: `.alreadyExists` when `url` exists and `overwrite` is false.
    public init(url: URL, overwrite: Bool = false) throws(VectorFileError) {
        self.url = url
        self.overwrite = overwrite
        let file = url.lastPathComponent
        if !overwrite, FileManager.default.fileExists(atPath: url.path) { throw .alreadyExists(file: file) }
        tempURL = url.deletingLastPathComponent().appendingPathComponent(".\(file).\(UUID().uuidString).tmp")
        do {
            let queue = try DatabaseQueue(path: tempURL.path)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA application_id = \(GeoPackageSchema.applicationID)")
                try db.execute(sql: "PRAGMA user_version = \(GeoPackageSchema.userVersion)")
            }
            try queue.write { db in try db.execute(sql: GeoPackageSchema.core) }
            db = queue
        } catch {
            try? FileManager.default.removeItem(at: tempURL)
            if DiskSpace.isFull(error) { throw .diskFull(file: file, freeBytes: DiskSpace.freeBytes(near: url.path)) }
            throw .writeFailed(file: file, message: "\(error)")
        }
        try addSRS(epsg: 4326)
        try addSRS(epsg: 2154)
    }

    deinit {
        if db != nil {
            try? db?.close()
            try? FileManager.default.removeItem(at: tempURL)
        }
    }

    var file: String { url.lastPathComponent }

    func queue() throws(VectorFileError) -> DatabaseQueue {
        guard let db else { throw .writeFailed(file: file, message: "the writer is already finished") }
        return db
    }

    /// Adds an EPSG CRS to `gpkg_spatial_ref_sys` (its WKT 1 from PROJ), once.
    public func addSRS(epsg: Int) throws(VectorFileError) {
        guard !srsIDs.contains(epsg) else { return }
        let wkt: String
        do { wkt = try CRSReference.epsg(epsg).wkt1GDAL() } catch {
            throw .unsupportedCRS(file: file, crs: "EPSG:\(epsg)", message: error.description)
        }
        let q = try queue()
        try run {
            try q.write { db in
                try db.execute(
                    sql: "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, ?)",
                    arguments: [GeoPackageSchema.srsName(epsg: epsg), epsg, epsg, wkt, GeoPackageSchema.srsName(epsg: epsg)])
            }
        }
        srsIDs.insert(epsg)
    }

    /// Adds a features layer `name` (primary key `fid`, geometry column `geom`) and its rows, in one
    /// transaction with one prepared statement.
    /// - Parameters:
    ///   - srsID: EPSG code of the coordinates (default 2154, Lambert-93).
    ///   - rows: each a geometry (nil = empty) and one value per column, in `columns` order.
    ///   - description: layer description (`gpkg_contents.description`).
    ///   - spatialIndex: build the `gpkg_rtree_index` R-tree.
    /// - Complexity: O(rows × columns).
    public func addFeatureLayer<Rows: Sequence>(
        name: String, geometryType: GeoPackageGeometryType, srsID: Int = 2154, columns: [Column], rows: Rows,
        description: String = "", spatialIndex: Bool = true
    ) throws(VectorFileError) where Rows.Element == (FeatureGeometry?, [PropertyValue]) {
        try checkNew(name, columns: columns, reserved: ["fid", "geom"])
        try addSRS(epsg: srsID)
        let q = try queue()
        let file = self.file
        let cols = columns.map { ", \(quote($0.name)) \($0.type.rawValue)" }.joined()
        let insert = "INSERT INTO \(quote(name)) (geom\(columns.map { ", " + quote($0.name) }.joined())) VALUES (?"
            + String(repeating: ", ?", count: columns.count) + ")"
        try run {
            try q.write { db in
                try db.execute(sql: "CREATE TABLE \(quote(name)) (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom \(geometryType.rawValue)\(cols))")
                let statement = try db.makeStatement(sql: insert)
                var env = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
                for (index, (geometry, values)) in rows.enumerated() {
                    var arguments: [DatabaseValue] = []
                    arguments.reserveCapacity(values.count + 1)
                    if let geometry {
                        guard geometryType.accepts(geometry) else {
                            throw VectorFileError.writeFailed(
                                file: file, message: "layer \(name): row \(index): geometry \(Self.kind(geometry)), expected \(geometryType.rawValue)")
                        }
                        let e = GeoPackageBinary.envelope(of: geometry)
                        env = (min(env.minX, e.minX), min(env.minY, e.minY), max(env.maxX, e.maxX), max(env.maxY, e.maxY))
                        let blob = GeoPackageBinary.encode(geometry, srsID: Int32(srsID), asMulti: geometryType == .multiPolygon)
                        arguments.append(Data(blob).databaseValue)
                    } else {
                        arguments.append(.null)
                    }
                    arguments += try Self.values(values, columns: columns, table: name, row: index, file: file)
                    try statement.execute(arguments: StatementArguments(arguments))
                }
                let hasEnvelope = env.minX <= env.maxX
                try db.execute(
                    sql: """
                        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
                        VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [name, name, description, hasEnvelope ? env.minX : nil, hasEnvelope ? env.minY : nil,
                                hasEnvelope ? env.maxX : nil, hasEnvelope ? env.maxY : nil, srsID])
                try db.execute(
                    sql: "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
                    arguments: [name, geometryType.rawValue, srsID])
                if spatialIndex {
                    for f in GeoPackageFunctions.all { db.add(function: f) }
                    try db.execute(sql: GeoPackageSchema.extensions)
                    try db.execute(sql: GeoPackageSchema.rtree(table: name, column: "geom", pk: "fid"))
                }
            }
        }
        tables.insert(name)
    }

    /// Adds a features layer whose rows all have a geometry (see the optional-geometry form).
    public func addFeatureLayer<Rows: Sequence>(
        name: String, geometryType: GeoPackageGeometryType, srsID: Int = 2154, columns: [Column], rows: Rows,
        description: String = "", spatialIndex: Bool = true
    ) throws(VectorFileError) where Rows.Element == (FeatureGeometry, [PropertyValue]) {
        try addFeatureLayer(
            name: name, geometryType: geometryType, srsID: srsID, columns: columns,
            rows: rows.lazy.map { (Optional($0.0), $0.1) }, description: description, spatialIndex: spatialIndex)
    }

    /// Adds an attribute-only table (`data_type` 'attributes'): primary key `fid`, then `columns`.
    /// - Complexity: O(rows × columns).
    public func addAttributeTable<Rows: Sequence>(
        name: String, columns: [Column], rows: Rows, description: String = ""
    ) throws(VectorFileError) where Rows.Element == [PropertyValue] {
        try checkNew(name, columns: columns, reserved: ["fid"])
        let q = try queue()
        let file = self.file
        let cols = columns.map { "\(quote($0.name)) \($0.type.rawValue)" }.joined(separator: ", ")
        let insert = "INSERT INTO \(quote(name)) (\(columns.map { quote($0.name) }.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        try run {
            try q.write { db in
                try db.execute(sql: "CREATE TABLE \(quote(name)) (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL\(columns.isEmpty ? "" : ", " + cols))")
                let statement = try db.makeStatement(sql: insert)
                for (index, values) in rows.enumerated() {
                    let args = try Self.values(values, columns: columns, table: name, row: index, file: file)
                    try statement.execute(arguments: StatementArguments(args))
                }
                try db.execute(
                    sql: "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
                    arguments: [name, name, description])
            }
        }
        tables.insert(name)
    }

    /// Closes the database and moves it to `url` (replacing an existing file only with `overwrite`).
    public func finish() throws(VectorFileError) {
        let q = try queue()
        if let lastChange {
            try run { try q.write { db in try db.execute(sql: "UPDATE gpkg_contents SET last_change = ?", arguments: [lastChange]) } }
        }
        do { try q.close() } catch { throw failure(error) }
        db = nil
        defer { try? FileManager.default.removeItem(at: tempURL) }
        if FileManager.default.fileExists(atPath: url.path) {
            guard overwrite else { throw .alreadyExists(file: file) }
        }
        // rename(2) replaces the target atomically.
        guard rename(tempURL.path, url.path) == 0 else {
            throw .writeFailed(file: file, message: "cannot rename the temporary file: \(String(cString: strerror(errno)))")
        }
    }

    // MARK: - Helpers

    private func checkNew(_ name: String, columns: [Column], reserved: Set<String>) throws(VectorFileError) {
        func safe(_ s: String) -> Bool {
            !s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !s.lowercased().hasPrefix("gpkg_")
        }
        guard safe(name) else {
            throw .writeFailed(file: file, message: "table name \"\(name)\": expected letters, digits and _ (not gpkg_…)")
        }
        guard !tables.contains(name) else { throw .writeFailed(file: file, message: "table \(name) already added") }
        var seen = reserved
        for c in columns {
            guard !c.name.isEmpty, !c.name.contains("\"") else {
                throw .writeFailed(file: file, message: "table \(name): column name \"\(c.name)\" is not allowed")
            }
            guard seen.insert(c.name.lowercased()).inserted else {
                throw .writeFailed(file: file, message: "table \(name): column \"\(c.name)\" is duplicated or reserved")
            }
        }
    }

    func quote(_ s: String) -> String { "\"\(s)\"" }

    func run(_ body: () throws -> Void) throws(VectorFileError) {
        do { try body() } catch let e as VectorFileError { throw e } catch {
            throw failure(error)
        }
    }

    /// The error of a failed write: `.diskFull` when the disk had no room (the temporary file is removed first,
    /// so the space it took is given back), else `.writeFailed` with the cause.
    private func failure(_ error: any Error) -> VectorFileError {
        guard DiskSpace.isFull(error) else { return .writeFailed(file: file, message: "\(error)") }
        try? db?.close()
        db = nil
        try? FileManager.default.removeItem(at: tempURL)
        return .diskFull(file: file, freeBytes: DiskSpace.freeBytes(near: url.path))
    }

    private static func kind(_ g: FeatureGeometry) -> String {
        switch g {
        case .point: "POINT"
        case .lineString: "LINESTRING"
        case .polygon: "POLYGON"
        case .multiPolygon: "MULTIPOLYGON"
        }
    }

    /// Converts one row's values to SQLite values, checking them against the column types.
    static func values(
        _ values: [PropertyValue], columns: [Column], table: String, row: Int, file: String
    ) throws(VectorFileError) -> [DatabaseValue] {
        guard values.count == columns.count else {
            throw .writeFailed(file: file, message: "table \(table): row \(row): \(values.count) values, expected \(columns.count)")
        }
        var out: [DatabaseValue] = []
        out.reserveCapacity(values.count)
        for (v, c) in zip(values, columns) {
            let d: DatabaseValue? = switch (c.type, v) {
            case (_, .null): .null
            case (.integer, .int(let i)): i.databaseValue
            case (.boolean, .int(let i)) where i == 0 || i == 1: i.databaseValue
            case (.integer, .bool(let b)), (.boolean, .bool(let b)): (b ? 1 : 0).databaseValue
            case (.integer, .double(let x)) where x.rounded() == x && abs(x) < 9e18: Int(x).databaseValue
            case (.real, .int(let i)): Double(i).databaseValue
            case (.real, .double(let x)): x.databaseValue
            case (.text, _): v.stringValue?.databaseValue ?? .null
            default: nil
            }
            guard let d else {
                throw .writeFailed(
                    file: file,
                    message: "table \(table): row \(row): column \"\(c.name)\": \(v.stringValue ?? "null") is not \(c.type.rawValue)")
            }
            out.append(d)
        }
        return out
    }
}

/// Not `Sendable`: it owns an open database and mutable bookkeeping; use it from one thread.
@available(*, unavailable) extension GeoPackageWriter: Sendable {}
