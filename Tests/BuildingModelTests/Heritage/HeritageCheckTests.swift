import Testing
import Foundation
@testable import BuildingModel

@Suite struct HeritageCheckTests {
    typealias F = HeritageFixtures

    static func monumentFeature(id: String = "m1", name: String = "Cathédrale Saint-Étienne",
                                protection: String = "classé", at p: Point2D) -> Feature {
        Feature(id: id, geometry: .point(p), properties: [
            "kind": .string("monument"), "name": .string(name), "protection": .string(protection), "year": .int(1862),
        ])
    }

    static func zoneFeature(_ polygon: Polygon, plan: String = "PSMV") -> Feature {
        Feature(id: "z1", geometry: .polygon(polygon), properties: [
            "kind": .string("zone"), "name": .string("SPR test"), "protection": .string(plan), "year": .int(1972),
        ])
    }

    @Test(arguments: [(499.0, true), (501.0, false), (500.0, true)])
    func surroundingsRadius(distanceM: Double, inside: Bool) throws {
        let layers = try HeritageLayers.from(features: [Self.monumentFeature(at: Point2D(x: 0, y: 5))])
        let b = F.building(id: "b", footprint: F.rectangle(x: distanceM, y: 0, width: 10, depth: 10))
        let a = try HeritageCheck(layers: layers).assess(b, facades: F.facades(of: b))
        let s = a.protections.first { $0.tag == .surroundings }
        #expect((s != nil) == inside)
        if let s {
            #expect(abs(s.distanceM! - distanceM) < 0.05)
            #expect(s.opinion == .bindingIfCoVisible)
            #expect(s.reason == "\(Int(distanceM)) m from Cathédrale Saint-Étienne (monument historique classé, 1862): within 500 m — binding opinion if in co-visibility")
        }
    }

    @Test func delimitedPerimeterReplacesTheRadius() throws {
        let pda = Feature(id: "pda1", geometry: .polygon(F.rectangle(x: -50, y: -50, width: 100, depth: 100)),
                          properties: ["kind": .string("surroundings"), "monument": .string("m1")])
        let layers = try HeritageLayers.from(features: [Self.monumentFeature(at: Point2D(x: 0, y: 0)), pda])
        let check = HeritageCheck(layers: layers)
        let near = F.building(id: "near", footprint: F.rectangle(x: 30, y: 0, width: 10, depth: 10))
        let far = F.building(id: "far", footprint: F.rectangle(x: 200, y: 0, width: 10, depth: 10))
        let pNear = check.protections(of: near, facades: F.facades(of: near))
        let pFar = check.protections(of: far, facades: F.facades(of: far))
        #expect(pNear.first?.tag == .surroundings)
        #expect(pNear.first?.opinion == .binding)
        #expect(pNear.first?.reason.contains("delimited perimeter (PDA)") == true)
        #expect(pFar.isEmpty, "200 m away but outside the PDA: not in the surroundings")
    }

    /// Code du patrimoine L.621-30, II: "La protection au titre des abords n'est pas applicable aux immeubles […]
    /// situés dans le périmètre d'un site patrimonial remarquable". A building 60 m from a monument inside an SPR is
    /// governed by the SPR alone; the same building outside the SPR is in the monument's abords.
    @Test func abordsDoNotApplyInsideAnSPR() throws {
        let zone = F.rectangle(x: -100, y: -100, width: 200, depth: 200)
        let layers = try HeritageLayers.from(features: [Self.monumentFeature(at: Point2D(x: 0, y: 0)), Self.zoneFeature(zone)])
        let check = HeritageCheck(layers: layers)
        let inside = F.building(id: "inside", footprint: F.rectangle(x: 60, y: 0, width: 10, depth: 10))
        let outside = F.building(id: "outside", footprint: F.rectangle(x: 260, y: 0, width: 10, depth: 10))
        let pIn = check.protections(of: inside, facades: F.facades(of: inside))
        let pOut = check.protections(of: outside, facades: F.facades(of: outside))
        #expect(!pIn.contains { $0.tag == .surroundings })
        #expect(pIn.map(\.tag) == [.psmv])
        #expect(pIn.first?.reason.hasSuffix("; the abords of \(layers.monuments[0].name) do not apply inside an SPR (Code du patrimoine L.621-30, II)") == true,
                "\(pIn.first?.reason ?? "")")
        #expect(pOut.map(\.tag) == [.surroundings])
        #expect(pOut.first?.opinion == .bindingIfCoVisible)
        // The law as written: each protection names its articles.
        #expect(pIn.first?.legalBasis?.contains("L.632-1") == true && pIn.first?.legalBasis?.contains("L.313-1 (PSMV)") == true)
        #expect(pOut.first?.legalBasis?.contains("L.621-30, II") == true && pOut.first?.legalBasis?.contains("L.621-32") == true)
        // Co-visible or not, inside the SPR the abords stay set aside.
        let stock = [inside, outside]
        let seen = HeritageCheck(layers: layers, coVisibility: CoVisibilityAnalysis(buildings: stock, layers: layers))
        #expect(seen.protections(of: inside, facades: F.facades(of: inside)).map(\.tag) == [.psmv])
    }

    /// Every built-in rule speaks French too (`fr:`), with as many conditions as in English.
    @Test func everyDefaultRuleHasItsFrenchText() {
        for r in RuleSet.default.rules {
            let fr = r.translations[.fr]
            #expect(fr != nil, "\(r.id) has no fr: block")
            #expect(fr?.conditions.count == r.conditions.count, "\(r.id)")
            #expect(fr?.reason != r.reason, "\(r.id): the French reason is the English one")
        }
    }

    @Test func aFrenchCheckSpeaksFrench() throws {
        let zone = F.rectangle(x: -100, y: -100, width: 300, depth: 300)
        let layers = try HeritageLayers.from(features: [Self.monumentFeature(at: Point2D(x: 400, y: 0)), Self.zoneFeature(zone)])
        let b = F.building(id: "b", footprint: F.rectangle(x: 0, y: 0, width: 8, depth: 12))
        let a = try HeritageCheck(layers: layers, language: .fr).assess(b, facades: F.facades(of: b))
        let text = AssessmentReport.text(a, language: .fr)
        #expect(text.contains("dans le SPR « ") && text.contains("ne s'appliquent pas dans un SPR"))
        #expect(text.contains("droit : Code du patrimoine L.631-1"))
        #expect(text.contains("isolation par l'extérieur (ITE)") && text.contains("interdit"))
        // The English check of the same building is unchanged by the French tables.
        let en = try HeritageCheck(layers: layers).assess(b, facades: F.facades(of: b))
        #expect(AssessmentReport.text(en).contains("ABF agreement required"))
    }

    /// Every built-in rule rests on a legal, regulatory or guidance text (no internal reference document).
    @Test func everyDefaultRuleCitesItsTexts() {
        let texts = ["Code du patrimoine", "Code de l'urbanisme", "CCH", "Code de la santé publique", "EN 16883",
                     "ATHEBA", "RIBuild", "CREBA"]
        for r in RuleSet.default.rules {
            #expect(texts.contains { r.source.contains($0) }, "\(r.id): \(r.source)")
            #expect(!r.source.contains("domain.md"), "\(r.id) cites an internal document")
        }
        // A rule on a protected façade cites the authorisation regime, not only guidance.
        for r in RuleSet.default.rules where r.id.contains("protected") {
            #expect(r.source.contains("Code du patrimoine"), "\(r.id): \(r.source)")
        }
    }

    @Test func theBuildingItselfIsTheMonument() throws {
        let layers = try HeritageLayers.from(features: [
            Self.monumentFeature(protection: "inscrit", at: Point2D(x: 5, y: 5))])
        let b = F.building(id: "b", footprint: F.rectangle(x: 0, y: 0, width: 10, depth: 10))
        let a = try HeritageCheck(layers: layers).assess(b, facades: F.facades(of: b))
        #expect(a.protections.map(\.tag) == [.monumentInscrit])
        #expect(a.verdict(for: .atticFloorInsulation)?.verdict == .conditional)
        #expect(a.verdict(for: .atticFloorInsulation)?.ruleID == "monument-inscrit-works")
    }

    @Test func courtyardFacadeDiffersFromStreetFacade() throws {
        let zone = F.rectangle(x: -100, y: -100, width: 300, depth: 300)
        let layers = try HeritageLayers.from(features: [Self.zoneFeature(zone)])
        let b = F.building(id: "b", footprint: F.rectangle(x: 0, y: 0, width: 8, depth: 12))
        // Edges of the normalised ring: 0 = south (street), 1 = east (party wall), 2 = north (courtyard), 3 = west (party).
        let facades = F.facades(of: b, contexts: [.street, .street, .courtyard, .street], partyShares: [0, 1, 0, 1])
        let a = try HeritageCheck(layers: layers).assess(b, facades: facades)
        #expect(a.geometry.facades.map(\.index) == [0, 2])
        #expect(a.geometry.facades.map(\.orientation) == [.south, .north])
        #expect(a.verdict(for: .externalWallInsulation, facadeIndex: 0)?.verdict == .forbidden)
        #expect(a.verdict(for: .externalWallInsulation, facadeIndex: 2)?.verdict == .conditional)
        #expect(a.verdict(for: .heatPumpOutdoorUnit, facadeIndex: 0)?.verdict == .forbidden)
        #expect(a.verdict(for: .heatPumpOutdoorUnit, facadeIndex: 2)?.verdict == .conditional)
        #expect(a.verdict(for: .externalWallInsulation, facadeIndex: 1) == nil, "party walls get no verdict")
        #expect(a.facades(for: .heatPumpOutdoorUnit) { $0 <= .conditional } == [2])
        #expect(a.mostRestrictive(.externalWallInsulation) == .forbidden)
    }

    @Test func unprotectedBuildingGetsBaseVerdicts() throws {
        let b = F.building(id: "b", footprint: F.rectangle(x: 0, y: 0, width: 8, depth: 12))
        let a = try HeritageCheck(layers: HeritageLayers()).assess(b, facades: F.facades(of: b))
        #expect(a.protections.isEmpty)
        #expect(a.verdicts.allSatisfy { $0.verdict == .allowed && !$0.noRuleMatched })
        #expect(a.verdicts.count == MeasureKind.allCases.filter(\.isFacadeBound).count * 4
                + MeasureKind.allCases.filter { !$0.isFacadeBound }.count)
    }

    @Test func zoneMembershipByCentroidOrOverlap() throws {
        let zone = F.rectangle(x: 0, y: 0, width: 100, depth: 100)
        let layers = try HeritageLayers.from(features: [Self.zoneFeature(zone, plan: "PVAP")])
        let check = HeritageCheck(layers: layers)
        func tags(_ x: Double) -> [ProtectionTag] {
            let b = F.building(id: "b", footprint: F.rectangle(x: x, y: 10, width: 10, depth: 10))
            return check.protections(of: b, facades: F.facades(of: b)).map(\.tag)
        }
        #expect(tags(50) == [.pvap])        // inside
        #expect(tags(93) == [.pvap])        // centroid outside, 7 m inside: partly inside
        #expect(tags(100) == [])            // touches the boundary only
        #expect(tags(99.8) == [])           // overlaps by 0.2 m < tolerance
        #expect(tags(120) == [])
    }

    @Test func planMarks() throws {
        let b = F.building(id: "B1", footprint: F.rectangle(x: 0, y: 0, width: 8, depth: 12))
        let features = [
            Feature(id: "mk1", geometry: nil, properties: [
                "kind": .string("building-mark"), "building_id": .string("B1"), "mark": .string("protected")]),
            Feature(id: "mk2", geometry: .lineString([Point2D(x: 0, y: 12.3), Point2D(x: 8, y: 12.3)]),
                    properties: ["kind": .string("facade-mark")]),
            Feature(id: "mk3", geometry: nil, properties: [
                "kind": .string("facade-mark"), "building_id": .string("OTHER"), "facade": .int(0)]),
        ]
        let layers = try HeritageLayers.from(features: features)
        let a = try HeritageCheck(layers: layers).assess(b, facades: F.facades(of: b))
        #expect(a.protections.map(\.tag) == [.buildingProtected, .facadeKeep])
        #expect(a.protections[1].facadeIndices == [2])
        #expect(a.verdict(for: .windowReplacementWood, facadeIndex: 2)?.conditions
            .contains("restore surviving historic windows rather than replace them; replace only beyond repair") == true)
        #expect(a.verdict(for: .windowReplacementWood, facadeIndex: 0)?.ruleID == "window-wood-protected")
    }

    @Test func layerErrorsNameFeatureAndField() {
        let bad = [
            Feature(id: "f1", geometry: .point(Point2D(x: 0, y: 0)), properties: [
                "kind": .string("monument"), "name": .string("X"), "protection": .string("listed")]),
            Feature(id: "f2", geometry: nil, properties: ["kind": .string("zonee")]),
            Feature(id: "f3", geometry: .polygon(F.rectangle(x: 0, y: 0, width: 1, depth: 1)),
                    properties: ["kind": .string("surroundings"), "monument": .string("Nowhere")]),
        ]
        let errors = HeritageLayers.validate(features: bad).map(\.description)
        #expect(errors.count == 3)
        #expect(errors[0] == "heritage layer: feature \"f1\": field \"protection\": \"listed\" — expected classé|inscrit")
        #expect(errors[1].contains("feature \"f2\": field \"kind\"") && errors[1].contains("did you mean \"zone\"?"))
        #expect(errors[2].contains("feature \"f3\": field \"monument\""))
    }

    @Test func unknownBuildingListsClosestIDs() {
        let ids = ["46042000AB0123", "46042000AB0124", "46042000AC0001", "X"]
        let stock = Stock(buildings: ids.map { F.building(id: $0, footprint: F.rectangle(x: 0, y: 0, width: 1, depth: 1)) })
        #expect(throws: HeritageError.unknownBuilding(id: "46042000AB0125", closest: ["46042000AB0123", "46042000AB0124", "46042000AC0001", "X"])) {
            try stock.building(id: "46042000AB0125")
        }
        #expect((try? stock.building(id: "X"))?.id == "X")
    }

    @Test func facadesOfAnotherBuildingAreRefused() {
        let b = F.building(id: "b", footprint: F.rectangle(x: 0, y: 0, width: 8, depth: 12))
        let other = F.building(id: "c", footprint: b.footprint)
        #expect(throws: HeritageError.facadesMismatch(buildingID: "b", facadesBuildingID: "c")) {
            try HeritageCheck(layers: HeritageLayers()).assess(b, facades: F.facades(of: other))
        }
    }

    @Test func distancesArePlanarAndExact() {
        let sq = F.rectangle(x: 0, y: 0, width: 10, depth: 10)
        #expect(sq.distance(to: Point2D(x: 13, y: 14)) == 5)
        #expect(sq.distance(to: Point2D(x: 5, y: 5)) == 0)
        #expect(sq.distance(to: F.rectangle(x: 20, y: 0, width: 5, depth: 5)) == 10)
        #expect(sq.distance(to: F.rectangle(x: 5, y: 5, width: 10, depth: 10)) == 0)
        // Crossing without a vertex inside either: a thin horizontal bar through the square.
        let bar = Polygon(exterior: [Point2D(x: -5, y: 4), Point2D(x: 15, y: 4), Point2D(x: 15, y: 6),
                                     Point2D(x: -5, y: 6), Point2D(x: -5, y: 4)])
        #expect(sq.distance(to: bar) == 0)
    }
}
