import Testing
import TestSupport
import Foundation
@testable import BuildingModel

/// Golden-file tests of the `renovate check` report (text and JSON) on the shipped Cahors sample: a hand-made
/// terraced house in the secteur sauvegardé, with the sample's protections and rules.
///
/// Re-record with `RENOVATE_RECORD=1 swift test --filter HeritageGoldenTests`, then review the diff.
@Suite struct HeritageGoldenTests {
    typealias F = HeritageFixtures
    static let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    /// A 7 m × 14 m medieval house 70 m north-east of the cathedral: street to the south, party walls east and
    /// west, courtyard to the north.
    static func demoAssessment() throws -> HeritageAssessment {
        let b = F.building(id: "CAHORS-DEMO-0001",
                           footprint: F.rectangle(x: 576060, y: 6373340, width: 7, depth: 14), wall: .stoneRubble)
        let facades = F.facades(of: b, contexts: [.street, .street, .courtyard, .street], partyShares: [0, 1, 0, 1])
        let layers = try HeritageLayers.from(features: F.readGeoJSON(F.cahorsHeritage))
        let rules = try RuleSet.load(contentsOf: F.cahorsRules)
        return try HeritageCheck(layers: layers, rules: rules).assess(b, facades: facades)
    }

    static func compare(_ actual: String, golden name: String) throws {
        if let message = try Golden.mismatch(actual, golden: goldenDir.appendingPathComponent(name)) {
            Issue.record(Comment(rawValue: message))
        }
    }

    @Test func lambert93MatchesPROJCheckPoint() {
        // PROJ 9.1 / pyproj: lon 1.4417, lat 44.4478 → E 576004.542424, N 6373306.853664 (shared recipes).
        let p = F.lambert93(lon: 1.4417, lat: 44.4478)
        #expect(abs(p.x - 576004.542424) < 0.001)
        #expect(abs(p.y - 6373306.853664) < 0.001)
    }

    @Test func shippedSampleProtectionsLoad() throws {
        let layers = try HeritageLayers.from(features: F.readGeoJSON(F.cahorsHeritage))
        #expect(layers.monuments.count == 7)
        #expect(layers.zones.map(\.plan) == [.psmv])
        let zone = try #require(layers.zones.first?.polygons.first)
        // Approximate drawing of the 32 ha secteur sauvegardé: check it is of that order, not the exact figure.
        #expect((25.0...45.0).contains(zone.areaM2 / 10_000))
        let inside = ["cathedrale-saint-etienne", "palais-de-via", "maison-henri-iv", "palais-dueze"]
        for id in inside {
            guard case .point(let p)? = layers.monuments.first(where: { $0.id == id })?.geometry else {
                Issue.record("\(id) missing"); continue
            }
            #expect(zone.contains(p), "\(id) should lie in the sample zone")
        }
        guard case .point(let valentre)? = layers.monuments.first(where: { $0.id == "pont-valentre" })?.geometry
        else { Issue.record("Pont Valentré missing"); return }
        #expect(!zone.contains(valentre))
    }

    @Test func demoVerdictsFollowTheRules() throws {
        let a = try Self.demoAssessment()
        // Inside the secteur sauvegardé the cathedral's abords do not apply (L.621-30, II): the zone names it.
        let zone = try #require(a.protections.first { $0.tag == .psmv })
        #expect(zone.reason.contains("Cathédrale Saint-Étienne") && zone.reason.hasSuffix("do not apply inside an SPR (Code du patrimoine L.621-30, II)"))
        #expect(!a.protections.contains { $0.tag == .surroundings })
        #expect(a.verdict(for: .externalWallInsulation, facadeIndex: 0)?.verdict == .forbidden)
        // The courtyard façade differs: conditional at best.
        #expect(a.verdict(for: .externalWallInsulation, facadeIndex: 2)?.verdict == .conditional)
        // The sample's plan mark keeps the street façade.
        #expect(a.protections.first { $0.tag == .facadeKeep }?.facadeIndices == [0])
    }

    @Test func textReportMatchesGolden() throws {
        try Self.compare(AssessmentReport.text(Self.demoAssessment()), golden: "check-cahors-demo.txt")
    }

    @Test func jsonReportMatchesGolden() throws {
        try Self.compare(AssessmentReport.json(Self.demoAssessment()), golden: "check-cahors-demo.json")
    }

    @Test func jsonKeysAreSorted() throws {
        let json = try AssessmentReport.json(Self.demoAssessment())
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?.keys.sorted() == ["buildingID", "geometry", "protections", "ruleSet", "verdicts"])
        #expect(json.firstRange(of: "\"buildingID\"")!.lowerBound < json.firstRange(of: "\"verdicts\"")!.lowerBound)
    }
}
