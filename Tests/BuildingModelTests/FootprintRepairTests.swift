import Testing

@testable import BuildingModel

@Suite struct FootprintRepairTests {
    typealias F = FacadeFixtures

    @Test func bowTieIsRepairedKeepingTheLargerPartWithAWarning() throws {
        // (0,0)→(10,10)→(10,2)→(0,6): the first and third edges cross at x = 6/1.4. Parts: a left triangle
        // of 6 × (30/7) / 2 = 90/7 m² and a right one of 8 × (40/7) / 2 = 160/7 m².
        let bowTie = F.building("46042000AB0123", [(0, 0), (10, 10), (10, 2), (0, 6)])
        let outcome = try FootprintRepair.repair(bowTie)
        #expect(abs(outcome.building.footprint.areaM2 - 160.0 / 7) < 1e-9)
        #expect(Polygon.signedArea(of: outcome.building.footprint.exterior) > 0)
        #expect(outcome.warnings.count == 1)
        #expect(outcome.warnings[0].contains("GEOSMakeValid_r"))
        #expect(outcome.warnings[0].contains("split into 2 polygons"))

        let analysis = FacadeAnalyzer.analyze([bowTie])
        #expect(analysis.facades.count == 1)
        #expect(analysis.diagnostics.count == 1)
        #expect(analysis.diagnostics[0].severity == .warning)
        #expect(analysis.diagnostics[0].description.hasPrefix("building \"46042000AB0123\": warning: invalid footprint"))
    }

    @Test func tooFewPointsIsRejectedNamingBuildingRingAndCount() {
        let line = F.building("B7", [(0, 0), (10, 0), (10, 0)])
        #expect(throws: GeometryError.tooFewPoints(buildingID: "B7", ring: .exterior, pointCount: 3)) {
            try FootprintRepair.repair(line)
        }
        let analysis = FacadeAnalyzer.analyze([line, F.rect("ok", 0, 10, 5, 15)])
        #expect(analysis.facades.map(\.buildingID) == ["ok"])
        #expect(analysis.diagnostics.count == 1)
        #expect(analysis.diagnostics[0].severity == .rejected)
        #expect(
            analysis.diagnostics[0].description
                == "building \"B7\": rejected: building \"B7\": exterior ring has 3 points after removing duplicates, "
                + "expected at least 4 (3 distinct vertices and the closing point)")
    }

    @Test func unclosedRingAndDuplicatePointsAreFixedWithWarnings() throws {
        var b = F.rect("U", 0, 0, 10, 10)
        let open = Array(b.footprint.exterior.dropLast())
        b.footprint = Polygon(exterior: [open[0], open[1], open[1], open[2], open[3]])
        let outcome = try FootprintRepair.repair(b)
        #expect(outcome.building.footprint.exterior.count == 5)
        #expect(outcome.building.footprint.areaM2 == 100)
        #expect(outcome.warnings.sorted() == ["exterior ring was not closed: closed it", "exterior ring: removed 1 duplicate point(s)"].sorted())
    }

    @Test func nonFiniteCoordinateIsRejected() {
        let b = F.building("NaN1", [(0, 0), (10, 0), (.nan, 5), (0, 10)])
        #expect(throws: GeometryError.nonFiniteCoordinate(buildingID: "NaN1", ring: .exterior, pointIndex: 2)) {
            try FootprintRepair.repair(b)
        }
    }

    @Test func collinearFootprintCollapses() {
        let b = F.building("Flat", [(0, 0), (5, 0), (10, 0), (7, 0)])
        #expect {
            try FootprintRepair.repair(b)
        } throws: { error in
            guard case .collapsed(let id, _) = error as? GeometryError else { return false }
            return id == "Flat"
        }
    }

    @Test func validFootprintIsOnlyNormalised() throws {
        let cw = F.building("CW", [(0, 0), (0, 10), (10, 10), (10, 0)])
        let outcome = try FootprintRepair.repair(cw)
        #expect(outcome.warnings.isEmpty)
        #expect(Polygon.signedArea(of: outcome.building.footprint.exterior) == 100)
    }
}
