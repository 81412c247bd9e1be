import GRDB

/// The SQL functions the `gpkg_rtree_index` triggers call (OGC 12-128r18 Annex F.3): `ST_IsEmpty`,
/// `ST_MinX`, `ST_MaxX`, `ST_MinY`, `ST_MaxY`, on GeoPackage geometry blobs.
enum GeoPackageFunctions {
    static let all: [DatabaseFunction] = [
        DatabaseFunction("ST_IsEmpty", argumentCount: 1, pure: true) { values in
            guard let bytes = blob(values[0]) else { return nil }
            if bytes.count >= 4, bytes[0] == 0x47, bytes[1] == 0x50 { return bytes[3] & 0b0001_0000 != 0 }
            return (try? GeoPackageBinary.decode(bytes))?.geometry == nil
        },
        bound("ST_MinX") { $0.minX },
        bound("ST_MaxX") { $0.maxX },
        bound("ST_MinY") { $0.minY },
        bound("ST_MaxY") { $0.maxY },
    ]

    private static func blob(_ v: DatabaseValue) -> [UInt8]? {
        if case .blob(let d) = v.storage { return [UInt8](d) }
        return nil
    }

    private static func bound(
        _ name: String, _ pick: @escaping @Sendable ((minX: Double, minY: Double, maxX: Double, maxY: Double)) -> Double
    ) -> DatabaseFunction {
        DatabaseFunction(name, argumentCount: 1, pure: true) { values in
            guard let bytes = blob(values[0]) else { return nil }
            // Fast path: the envelope in the header (the writer stores one for every non-point geometry).
            if let e = GeoPackageBinary.headerEnvelope(bytes) {
                return pick((minX: e.minX, minY: e.minY, maxX: e.maxX, maxY: e.maxY))
            }
            guard let g = (try? GeoPackageBinary.decode(bytes))?.geometry else { return nil }
            return pick(GeoPackageBinary.envelope(of: g))
        }
    }
}
