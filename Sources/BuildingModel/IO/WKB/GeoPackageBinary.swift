/// The GeoPackage geometry blob (OGC 12-128r18 §2.1.3): a "GP" header, then ISO WKB.
///
/// Header: bytes 0–1 `"GP"`; byte 2 version (0 = version 1); byte 3 flags (bit 0 byte order of the header,
/// 1 = little-endian; bits 1–3 envelope code: 0 none, 1 [minx, maxx, miny, maxy], 2 + [minz, maxz],
/// 3 + [minm, maxm], 4 + z and m; bit 4 empty geometry; bit 5 extended GPB); bytes 4–7 `srs_id` (int32);
/// then the envelope doubles, in the order above.
public enum GeoPackageBinary {
    /// A decoded blob: its `srs_id` and its geometry (nil for an empty geometry).
    public struct Decoded: Sendable, Hashable {
        public var srsID: Int32
        public var geometry: FeatureGeometry?
        /// Envelope stored in the header, if any: (minX, maxX, minY, maxY).
        public var envelope: (minX: Double, maxX: Double, minY: Double, maxY: Double)? {
            storedEnvelope.map { ($0[0], $0[1], $0[2], $0[3]) }
        }
        var storedEnvelope: [Double]?
    }

    /// Number of envelope doubles for each envelope code.
    private static let envelopeDoubles = [0, 4, 6, 6, 8]

    /// Decodes a blob.
    /// - Complexity: O(size of the blob).
    public static func decode(_ bytes: [UInt8]) throws(WKBError) -> Decoded {
        guard bytes.count >= 8 else { throw .notGeoPackageBinary("\(bytes.count) bytes, a header needs 8") }
        guard bytes[0] == 0x47, bytes[1] == 0x50 else {
            throw .notGeoPackageBinary(String(format2(bytes[0], bytes[1])))
        }
        guard bytes[2] == 0 else { throw .notGeoPackageBinary("version byte \(bytes[2]), expected 0 (version 1)") }
        let flags = bytes[3]
        guard flags & 0b0010_0000 == 0 else { throw .unsupportedExtendedGeoPackageBinary }
        let le = flags & 1 == 1
        let code = Int((flags >> 1) & 0b111)
        guard code < envelopeDoubles.count else { throw .notGeoPackageBinary("envelope code \(code), expected 0–4") }
        let srs = WKBReader.int32(bytes, at: 4, littleEndian: le)
        let envCount = envelopeDoubles[code]
        let wkbStart = 8 + envCount * 8
        guard bytes.count >= wkbStart else { throw .truncated(offset: 8, needed: envCount * 8, size: bytes.count) }
        var envelope: [Double]?
        if envCount > 0 {
            envelope = (0..<4).map { i in
                var v: UInt64 = 0
                for b in 0..<8 { v |= UInt64(bytes[8 + i * 8 + b]) << (8 * (le ? b : 7 - b)) }
                return Double(bitPattern: v)
            }
        }
        let isEmpty = flags & 0b0001_0000 != 0
        if isEmpty || wkbStart == bytes.count { return Decoded(srsID: srs, geometry: nil, storedEnvelope: envelope) }
        let g = try WKBReader.decode(bytes, offset: wkbStart)
        return Decoded(srsID: srs, geometry: g, storedEnvelope: envelope)
    }

    /// The envelope stored in a blob's header, without decoding the WKB: (minX, maxX, minY, maxY), or nil
    /// when the header has none (or the blob is not a GeoPackage blob).
    public static func headerEnvelope(_ bytes: [UInt8]) -> (minX: Double, maxX: Double, minY: Double, maxY: Double)? {
        guard bytes.count >= 8 + 32, bytes[0] == 0x47, bytes[1] == 0x50 else { return nil }
        let flags = bytes[3]
        let code = (flags >> 1) & 0b111
        guard (1...4).contains(code), flags & 0b0001_0000 == 0 else { return nil }
        let le = flags & 1 == 1
        func double(_ i: Int) -> Double {
            var v: UInt64 = 0
            for b in 0..<8 { v |= UInt64(bytes[8 + i * 8 + b]) << (8 * (le ? b : 7 - b)) }
            return Double(bitPattern: v)
        }
        return (double(0), double(1), double(2), double(3))
    }

    /// Encodes a geometry (nil = empty) with a little-endian header and an [minx, maxx, miny, maxy] envelope
    /// (none for a point, as the spec recommends).
    public static func encode(_ geometry: FeatureGeometry?, srsID: Int32, asMulti: Bool = false) -> [UInt8] {
        var out: [UInt8] = [0x47, 0x50, 0]
        guard let geometry else {
            out.append(0b0001_0001)  // little-endian, no envelope, empty
            appendInt32(srsID, &out)
            // An empty geometry still carries WKB: an empty collection of the layer's kind (here a MultiPolygon).
            out += [1, 6, 0, 0, 0, 0, 0, 0, 0]
            return out
        }
        let env = envelope(of: geometry)
        let hasEnvelope: Bool
        if case .point = geometry { hasEnvelope = false } else { hasEnvelope = true }
        out.append(hasEnvelope ? 0b0000_0011 : 0b0000_0001)
        appendInt32(srsID, &out)
        if hasEnvelope {
            for d in [env.minX, env.maxX, env.minY, env.maxY] { WKBWriter.double(d, &out) }
        }
        WKBWriter.append(geometry, asMulti: asMulti, to: &out)
        return out
    }

    /// Bounding box of a geometry's points.
    public static func envelope(of geometry: FeatureGeometry) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        var b = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
        func add(_ ps: [Point2D]) {
            for p in ps {
                b.minX = min(b.minX, p.x); b.minY = min(b.minY, p.y)
                b.maxX = max(b.maxX, p.x); b.maxY = max(b.maxY, p.y)
            }
        }
        switch geometry {
        case .point(let p): add([p])
        case .lineString(let ps): add(ps)
        case .polygon(let p): add(p.exterior)
        case .multiPolygon(let ps): for p in ps { add(p.exterior) }
        }
        return b
    }

    private static func appendInt32(_ v: Int32, _ out: inout [UInt8]) {
        let u = UInt32(bitPattern: v)
        for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: u >> (8 * i))) }
    }

    private static func format2(_ a: UInt8, _ b: UInt8) -> String {
        "magic bytes \(a) \(b), expected 71 80 (\"GP\")"
    }
}
