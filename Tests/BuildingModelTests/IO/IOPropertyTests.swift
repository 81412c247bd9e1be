import PropertyBased
import Testing
@testable import BuildingModel

@Suite("I/O properties")
struct IOPropertyTests {
    /// Encoding then decoding a GeoPackage blob gives back the same polygon and srs_id, bit for bit.
    @Test func geoPackageBlobRoundTripsAnyRing() async {
        await propertyCheck(input: Gen.double(in: -1e7...1e7).array(of: 6...60), Gen.int32(in: -1...100_000)) { coords, srs in
            let pts = stride(from: 0, to: coords.count - 1, by: 2).map { Point2D(x: coords[$0], y: coords[$0 + 1]) }
            let ring = pts + [pts[0]]
            let g = FeatureGeometry.multiPolygon([Polygon(exterior: ring, holes: [Array(ring.reversed())])])
            let d = try GeoPackageBinary.decode(GeoPackageBinary.encode(g, srsID: srs))
            #expect(d.geometry == g)
            #expect(d.srsID == srs)
        }
    }

    /// WGS 84 → Lambert-93 → WGS 84 returns within 1e-9° (≈ 0.1 mm) over metropolitan France.
    @Test func lambert93RoundTripOverFrance() async throws {
        let forward = try CoordinateTransformer(fromEPSG: 4326, toEPSG: 2154)
        let back = try CoordinateTransformer(fromEPSG: 2154, toEPSG: 4326)
        await propertyCheck(input: Gen.double(in: -4.5...8.0), Gen.double(in: 42.5...51.0)) { lon, lat in
            let p = Point2D(x: lon, y: lat)
            let q = try back.transform(forward.transform([p]))[0]
            #expect(abs(q.x - p.x) < 1e-9 && abs(q.y - p.y) < 1e-9)
        }
    }
}
