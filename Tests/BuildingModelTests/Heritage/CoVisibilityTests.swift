import Foundation
import Testing
@testable import BuildingModel

/// Co-visibility by line of sight on hand-built scenes (metres, a monument at the origin, 15 m high unless said).
@Suite struct CoVisibilityTests {
    static func prism(_ id: String, x: Double, y: Double, width: Double, depth: Double, heightM: Double) -> Building {
        var b = HeritageFixtures.building(id: id, footprint: HeritageFixtures.rectangle(x: x, y: y, width: width, depth: depth))
        b.heightM = heightM
        return b
    }

    /// A closed ring of buildings 60 m square around the monument (a courtyard of 40 m inside), `heightM` high.
    static func enclosure(heightM: Double) -> Building {
        var b = prism("ring", x: -30, y: -30, width: 60, depth: 60, heightM: heightM)
        b.footprint.holes = [HeritageFixtures.rectangle(x: -20, y: -20, width: 40, depth: 40).exterior.reversed()]
        return b
    }

    static let monument = Monument(id: "m", name: "Tour", protection: .classe, geometry: .point(Point2D(x: 0, y: 0)))

    static func verdict(_ buildings: [Building], heightM: Double? = nil) -> CoVisibilityVerdict? {
        var m = monument
        m.heightM = heightM
        let analysis = CoVisibilityAnalysis(buildings: buildings, layers: HeritageLayers(monuments: [m]))
        return analysis.verdict(building: "target", monument: "m")
    }

    static let target = prism("target", x: 95, y: -5, width: 10, depth: 10, heightM: 10)

    @Test func aBuildingBehindATallerBlockIsHidden() throws {
        let v = try #require(Self.verdict([Self.enclosure(heightM: 30), Self.target]))
        #expect(v.kind == .notCoVisible)
        #expect(v.publicViewpointsSeeingMonument == 0, "the monument stands in a closed courtyard")
        #expect(v.evidence.hasPrefix("no sight line"))
    }

    @Test func loweringTheBlockChangesTheVerdict() throws {
        // 8 m walls: the monument's top (15 m) sees the target's 10 m top edge over them.
        let v = try #require(Self.verdict([Self.enclosure(heightM: 8), Self.target]))
        #expect(v.kind == .visibleFromMonument)
        // Due east: within the target's angular span (±atan(5/95) = ±3.01°).
        #expect(abs((v.azimuthDeg ?? 0) - 90) <= 3.02, "\(v.azimuthDeg ?? -1)°")
        #expect(abs((v.sightDistanceM ?? 0) - 95) < 1)
        // A monument lower than the walls is hidden again.
        #expect(Self.verdict([Self.enclosure(heightM: 8), Self.target], heightM: 6)?.kind == .notCoVisible)
    }

    @Test func aBuildingAcrossAnOpenSquareIsSeen() throws {
        let v = try #require(Self.verdict([Self.target]))
        #expect(v.kind == .visibleFromMonument)
        #expect(v.viewpoint == Point2D(x: 0, y: 0) && v.viewpointHeightM == 15)
    }

    @Test func aBuildingHiddenFromTheMonumentCanBeSeenWithItFromTheStreet() throws {
        // A 30 m wall east of the monument hides the target from the top; a passer-by north of the wall sees both.
        let wall = Self.prism("wall", x: 30, y: -20, width: 10, depth: 40, heightM: 30)
        let target = Self.prism("target", x: 60, y: -5, width: 10, depth: 10, heightM: 10)
        let v = try #require(Self.verdict([wall, target]))
        #expect(v.kind == .visibleTogether)
        let p = try #require(v.viewpoint)
        #expect(v.viewpointHeightM == CoVisibilityAnalysis.eyeHeightM)
        // The viewpoint sees the monument's top over nothing and the target.
        let scene = PrismScene(footprints: [wall.footprint, target.footprint], heightsM: [30, 10])
        #expect(scene.isClear(from: p, 1.6, to: Point2D(x: 0, y: 0), 15))
    }

    @Test func aBuildingFartherThanFiveHundredMetresGetsNoVerdict() {
        let far = Self.prism("target", x: 600, y: 0, width: 10, depth: 10, heightM: 10)
        #expect(Self.verdict([far]) == nil)
    }

    @Test func sightLinesRiseOverLowPrismsAndStopAtTallOnes() {
        let block = HeritageFixtures.rectangle(x: 40, y: -10, width: 20, depth: 20)
        // From 1.6 m to 20 m at 100 m: at x = 40 the line is at 8.96 m, at x = 60 at 12.64 m.
        #expect(PrismScene(footprints: [block], heightsM: [8]).isClear(from: Point2D(x: 0, y: 0), 1.6, to: Point2D(x: 100, y: 0), 20))
        #expect(!PrismScene(footprints: [block], heightsM: [9]).isClear(from: Point2D(x: 0, y: 0), 1.6, to: Point2D(x: 100, y: 0), 20))
        #expect(PrismScene(footprints: [block], heightsM: [30]).isClear(from: Point2D(x: 0, y: 30), 1.6, to: Point2D(x: 100, y: 30), 1.6),
                "a line beside the block")
    }

    @Test func theCheckFollowsTheVerdict() throws {
        let b = Self.target
        let facades = HeritageFixtures.facades(of: b)
        let layers = HeritageLayers(monuments: [Self.monument])
        for (ring, tag, opinion) in [(30.0, ProtectionTag.notCoVisible, AppliedProtection.Opinion.none),
                                     (8.0, .surroundings, .binding)] {
            let stock = [Self.enclosure(heightM: ring), b]
            let check = HeritageCheck(layers: layers, coVisibility: CoVisibilityAnalysis(buildings: stock, layers: layers))
            let p = try #require(check.protections(of: b, facades: facades).first)
            #expect(p.tag == tag && p.opinion == opinion, "\(p)")
            #expect(p.reason.contains(tag == .surroundings ? "co-visible (seen from the top of Tour" : "not co-visible (no sight line"))
        }
        // Without the analysis: undecided, as before.
        let undecided = try #require(HeritageCheck(layers: layers).protections(of: b, facades: facades).first)
        #expect(undecided.opinion == .bindingIfCoVisible)
    }

    @Test func theVerdictsDoNotDependOnTheThreads() {
        let stock = [Self.enclosure(heightM: 8), Self.target, Self.prism("other", x: -200, y: 50, width: 12, depth: 8, heightM: 9)]
        let layers = HeritageLayers(monuments: [
            Self.monument, Monument(id: "m2", name: "Pont", protection: .inscrit, geometry: .point(Point2D(x: -150, y: 0))),
        ])
        let one = CoVisibilityAnalysis(buildings: stock, layers: layers, threads: 1)
        let two = CoVisibilityAnalysis(buildings: stock, layers: layers, threads: 2)
        #expect(one.verdicts == two.verdicts)
        #expect(one.verdicts["m2"]?["other"] != nil)
    }
}
