import Testing
@testable import BuildingModel

@Suite("WKB and GeoPackage binary codec")
struct WKBTests {
    static let square = Polygon(exterior: [
        Point2D(x: 0, y: 0), Point2D(x: 10, y: 0), Point2D(x: 10, y: 10), Point2D(x: 0, y: 10), Point2D(x: 0, y: 0),
    ], holes: [[Point2D(x: 2, y: 2), Point2D(x: 2, y: 3), Point2D(x: 3, y: 3), Point2D(x: 2, y: 2)]])

    static let geometries: [FeatureGeometry] = [
        .point(Point2D(x: 576004.5, y: 6373306.25)),
        .lineString([Point2D(x: 1, y: 2), Point2D(x: 3, y: -4.5)]),
        .polygon(square),
        .multiPolygon([square, Polygon(exterior: square.exterior.map { Point2D(x: $0.x + 20, y: $0.y) })]),
    ]

    @Test(arguments: geometries) func wkbRoundTrip(_ g: FeatureGeometry) throws {
        #expect(try WKBReader.decode(WKBWriter.encode(g)) == g)
    }

    @Test(arguments: geometries) func geoPackageBinaryRoundTrip(_ g: FeatureGeometry) throws {
        let blob = GeoPackageBinary.encode(g, srsID: 2154)
        let d = try GeoPackageBinary.decode(blob)
        #expect(d.srsID == 2154)
        #expect(d.geometry == g)
        if case .point = g { #expect(d.envelope == nil) } else {
            let env = try #require(d.envelope)
            let e = GeoPackageBinary.envelope(of: g)
            #expect(env.minX == e.minX && env.maxX == e.maxX && env.minY == e.minY && env.maxY == e.maxY)
        }
    }

    @Test func headerEnvelopeWithoutDecoding() throws {
        let blob = GeoPackageBinary.encode(.polygon(Self.square), srsID: 2154)
        let e = try #require(GeoPackageBinary.headerEnvelope(blob))
        #expect(e.minX == 0 && e.maxX == 10 && e.minY == 0 && e.maxY == 10)
        #expect(GeoPackageBinary.headerEnvelope(GeoPackageBinary.encode(.point(Point2D(x: 1, y: 2)), srsID: 2154)) == nil)
    }

    @Test func polygonAsMultiIsAOnePartMultiPolygon() throws {
        let g = try WKBReader.decode(WKBWriter.encode(.polygon(Self.square), asMulti: true))
        #expect(g == .multiPolygon([Self.square]))
    }

    /// Big-endian ISO WKB Polygon Z (type 1003): Z dropped.
    @Test func bigEndianWithZ() throws {
        var bytes: [UInt8] = [0]
        func u32(_ v: UInt32) { bytes += (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * (3 - $0))) } }
        func f64(_ d: Double) { bytes += (0..<8).map { UInt8(truncatingIfNeeded: d.bitPattern >> (8 * (7 - $0))) } }
        u32(1003); u32(1); u32(4)
        for (x, y) in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (0.0, 0.0)] { f64(x); f64(y); f64(99) }
        let g = try WKBReader.decode(bytes)
        #expect(g == .polygon(Polygon(exterior: [Point2D(x: 0, y: 0), Point2D(x: 1, y: 0), Point2D(x: 0, y: 1), Point2D(x: 0, y: 0)])))
    }

    /// EWKB point with the Z flag and an SRID.
    @Test func ewkbPointWithSRIDAndZ() throws {
        var bytes: [UInt8] = [1]
        let type: UInt32 = 1 | 0x8000_0000 | 0x2000_0000
        bytes += (0..<4).map { UInt8(truncatingIfNeeded: type >> (8 * $0)) }
        bytes += [0x6a, 0x08, 0, 0]  // SRID 2154
        for d in [5.0, 6.0, 7.0] { bytes += (0..<8).map { UInt8(truncatingIfNeeded: d.bitPattern >> (8 * $0)) } }
        #expect(try WKBReader.decode(bytes) == .point(Point2D(x: 5, y: 6)))
    }

    /// Envelope code 2 (xy + z: 6 doubles) in a big-endian header.
    @Test func envelopeWithZInBigEndianHeader() throws {
        var blob: [UInt8] = [0x47, 0x50, 0, 0b0000_0100, 0, 0, 0x10, 0xe6]  // srs 4326 big-endian
        for d in [0.0, 1.0, 2.0, 3.0, 4.0, 5.0] { blob += (0..<8).map { UInt8(truncatingIfNeeded: d.bitPattern >> (8 * (7 - $0))) } }
        blob += WKBWriter.encode(.point(Point2D(x: 0.5, y: 2.5)))
        let d = try GeoPackageBinary.decode(blob)
        #expect(d.srsID == 4326)
        #expect(d.geometry == .point(Point2D(x: 0.5, y: 2.5)))
        #expect(d.envelope?.maxY == 3)
    }

    @Test func emptyGeometryFlag() throws {
        let d = try GeoPackageBinary.decode(GeoPackageBinary.encode(nil, srsID: 2154))
        #expect(d.geometry == nil)
    }

    @Test func truncatedBlobIsAnError() {
        let blob = WKBWriter.encode(.polygon(Self.square))
        #expect(throws: WKBError.self) { try WKBReader.decode(Array(blob.prefix(blob.count - 3))) }
        #expect(throws: WKBError.notGeoPackageBinary("magic bytes 1 3, expected 71 80 (\"GP\")")) {
            try GeoPackageBinary.decode(blob)
        }
    }

    @Test func unsupportedTypeIsNamed() {
        let multiPoint: [UInt8] = [1, 4, 0, 0, 0, 0, 0, 0, 0]
        #expect(throws: WKBError.unsupportedType(4)) { try WKBReader.decode(multiPoint) }
    }
}
