import Testing
@testable import BuildingModel

@Suite("PROJ coordinate transformer")
struct PROJTests {
    /// Check value from docs/recipes.md (same digits as pyproj and cs2cs).
    @Test func wgs84ToLambert93MatchesReference() throws {
        let t = try CoordinateTransformer(fromEPSG: 4326, toEPSG: 2154)
        let p = try t.transform([Point2D(x: 1.4417, y: 44.4478)])[0]
        #expect(abs(p.x - 576004.542424) < 0.001)
        #expect(abs(p.y - 6373306.853664) < 0.001)
    }

    @Test func roundTripWithinOneMillimetre() throws {
        let forward = try CoordinateTransformer(fromEPSG: 4326, toEPSG: 2154)
        let back = try CoordinateTransformer(fromEPSG: 2154, toEPSG: 4326)
        let start = [Point2D(x: 576004.542, y: 6373306.854), Point2D(x: 521000.0, y: 6452000.0)]
        let again = try forward.transform(back.transform(start))
        for (a, b) in zip(start, again) { #expect(a.distance(to: b) < 0.001) }
    }

    @Test func polygonHolesAreTransformedToo() throws {
        let t = try CoordinateTransformer(fromEPSG: 4326, toEPSG: 2154)
        let ring = [Point2D(x: 1.44, y: 44.44), Point2D(x: 1.45, y: 44.44), Point2D(x: 1.45, y: 44.45), Point2D(x: 1.44, y: 44.44)]
        let poly = try t.transform(Polygon(exterior: ring, holes: [ring]))
        #expect(poly.exterior == poly.holes[0])
        #expect(poly.exterior.count == 4)
        #expect(try t.transform(ring) == poly.exterior)
    }

    @Test func identityLeavesCoordinatesAlone() throws {
        let t = try CoordinateTransformer(fromEPSG: 2154, toEPSG: 2154)
        #expect(t.isIdentity)
        let p = [Point2D(x: 1.5, y: 2.5)]
        #expect(try t.transform(p) == p)
    }

    @Test func unknownCRSIsATypedError() {
        #expect(throws: PROJError.self) { try CoordinateTransformer(fromEPSG: 4326, toEPSG: 999_999) }
    }

    @Test func pointOutsideTheDomainIsNamed() throws {
        let t = try CoordinateTransformer(fromEPSG: 4326, toEPSG: 2154)
        do {
            _ = try t.transform([Point2D(x: 1, y: 44), Point2D(x: 1, y: 95)])
            Issue.record("expected an error")
        } catch {
            guard case .transformFailed(_, _, let p, _) = error else { Issue.record("\(error)"); return }
            #expect(p == Point2D(x: 1, y: 95))
            #expect(error.description.hasPrefix("PROJ: could not transform (1.0, 95.0) from EPSG:4326 to EPSG:2154"))
        }
    }

    @Test func wktForSpatialRefSys() throws {
        let wkt = try CRSReference.lambert93.wkt1GDAL()
        #expect(wkt.hasPrefix("PROJCS[\"RGF93 v1 / Lambert-93\""))
        #expect(wkt.contains("AUTHORITY[\"EPSG\",\"2154\"]"))
    }
}
