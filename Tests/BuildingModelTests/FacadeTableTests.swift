import Testing

@testable import BuildingModel

@Suite struct FacadeTableTests {
    typealias F = FacadeFixtures

    @Test func segmentCSVIsSortedAndFormatted() {
        let analysis = FacadeAnalyzer.analyze([F.rect("b,2", 10, 0, 20, 8), F.rect("a1", 0, 0, 10, 8)])
        let csv = FacadeTable(analysis.facades).csv()
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 1 + 8 + 1)
        #expect(lines[0].hasPrefix("building_id,segment,start_x,"))
        // a1 before "b,2"; a1's first edge is its south wall, exposed, nothing in front.
        #expect(lines[1] == "a1,0,0.000,0.000,10.000,0.000,10.000,180.0,S,street,0.000,,90.00,0.00,,,0.0")
        #expect(lines[2].hasPrefix("a1,1,10.000,0.000,10.000,8.000,8.000,90.0,E,street,1.000,9.00,0.00,72.00,"))
        #expect(lines[5].hasPrefix("\"b,2\",0,"))
        #expect(lines[9] == "")
    }

    @Test func buildingJSONHasOneObjectPerBuildingWithNulls() {
        let analysis = FacadeAnalyzer.analyze([F.rect("A", 0, 0, 10, 8)])
        let json = FacadeTable(analysis.facades, level: .building).json()
        #expect(json.hasPrefix("[\n  {\"building_id\": \"A\", \"roof_area_m2\": 80.00, \"exposed_wall_area_m2\": 324.00,"))
        #expect(json.contains("\"exposed_N_m2\": 90.00, \"exposed_NE_m2\": 0.00, \"exposed_E_m2\": 72.00"))
        #expect(json.hasSuffix("\"courtyard_exposed_area_m2\": 0.00, \"street_exposed_area_m2\": 324.00}\n]\n"))
        let segments = FacadeTable(analysis.facades).json()
        #expect(segments.contains("\"neighbour_height_m\": null"))
        #expect(FacadeTable([]).json() == "[]\n")
    }
}
