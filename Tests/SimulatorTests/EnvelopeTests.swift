import BuildingModel
import PropertyBased
import Testing
@testable import Simulator

@Suite struct EnvelopeTests {
    @Test func defaultsFromDomainTables() {
        #expect(EnvelopeDefaults.wallUValueWPerM2K(material: .stoneRubble, thicknessM: 0.6) == 1.8)
        #expect(EnvelopeDefaults.wallUValueWPerM2K(material: .stoneRubble, thicknessM: 0.65) == 1.8)
        #expect(EnvelopeDefaults.wallUValueWPerM2K(material: .stoneRubble, thicknessM: 0.9) == 1.5)
        #expect(EnvelopeDefaults.wallUValueWPerM2K(material: .stoneDressed, thicknessM: 0.7) == 1.45)
        #expect(EnvelopeDefaults.wallUValueWPerM2K(material: .solidBrick, thicknessM: 0.34) == 2.0)
        #expect(EnvelopeDefaults.wallUValueWPerM2K(material: .timberFrame, thicknessM: 0.2) == 1.7)
        #expect(EnvelopeDefaults.wallUValueWPerM2K(material: .unknown, thicknessM: 0.5) == 2.5)
        // Shutters on single glazing: within the DPE's 4.6–3.8 range (domain.md §4).
        var w = EnvelopeDefaults.window(.woodSingle)
        w.hasShutters = true
        #expect((3.8...4.6).contains(w.meanUValueWPerM2K))
    }

    @Test func storeySplitFollowsNeighbourHeights() {
        let (b, f) = RetrofitFixtures.terracedHouse()  // 3 storeys of 3 m; west neighbour 6 m tall
        let env = Envelope(building: b, facades: f)
        #expect(env.storeys.count == 3)
        #expect(env.storeys[0].isOnGround && !env.storeys[0].isUnderRoof)
        #expect(env.storeys[2].isUnderRoof)
        #expect(Set(env.facades.map(\.segmentIndex)) == [0, 2, 3])  // east party wall fully shared
        let west = env.facades.first { $0.segmentIndex == 3 }!
        #expect(west.storeyGrossAreaM2 == [0, 0, 30])                 // only above the 6 m neighbour
        for (e, s) in zip(env.facades, f.segments.filter(\.isExposed)) {
            #expect(abs(e.grossAreaM2 - s.exposedAreaM2) < 1e-9)
            #expect(abs(e.windowAreaM2 + e.opaqueAreaM2 - e.grossAreaM2) < 1e-9)
        }
        #expect(abs(env.heatLossCoefficientWPerK
                    - env.storeys.indices.reduce(0) { $0 + env.heatLossCoefficientWPerK(storey: $1) }) < 1e-9)
        #expect(env.heatLossCoefficientWPerK > 0)
        // Heat-loss ranking: the top storey (roof) and ground storey (floor) lose more than the middle one.
        #expect(env.heatLossCoefficientWPerK(storey: 2) > env.heatLossCoefficientWPerK(storey: 1))
    }

    @Test func infiltrationFromQ4Pa() {
        // Q50 = Q4Pa·12.5^(2/3) ≈ 5.386·Q4Pa; n = Q50·A/V/20.
        let n = EnvelopeDefaults.infiltrationAirChangesPerH(q4PaM3PerHM2: 4.6, envelopeAreaM2: 200, volumeM3: 400)
        #expect(abs(n - 4.6 * 5.3861 * 200 / 400 / 20) < 1e-3)
    }

    /// A scenario made only of insulation measures never raises the heat-loss coefficient H (hence never the
    /// steady-state heating need), whatever the building and the subset of measures.
    @Test func insulationOnlyNeverWorsensHeatLoss() async throws {
        let (c, _) = try RetrofitFixtures.bundled()
        let insulating = c.measures.values.filter { $0.effects.onlyAddsInsulation }.sorted { $0.id < $1.id }
        try #require(insulating.count >= 6)
        let materials = WallMaterial.allCases
        await propertyCheck(
            input: Gen.int(in: 1...6), Gen.int(in: 0..<materials.count), Gen.double(in: 0.2...0.9),
            Gen.double(in: 0...0.5), Gen.int(in: 0...(1 << insulating.count) - 1)
        ) { storeys, mat, thick, wwr, mask in
            let (b, f) = RetrofitFixtures.terracedHouse(storeys: storeys, wall: materials[mat], wallThicknessM: thick,
                                                        windowToWallRatio: wwr, westNeighbourHeightM: 4)
            var env = Envelope(building: b, facades: f)
            let all = Set(env.facades.map(\.segmentIndex))
            var h = env.heatLossCoefficientWPerK
            for (i, m) in insulating.enumerated() where mask & (1 << i) != 0 {
                m.apply(to: &env, facadeSegments: all)
                let next = env.heatLossCoefficientWPerK
                #expect(next <= h + 1e-9, "\(m.id) raised H from \(h) to \(next)")
                h = next
            }
            let need = DegreeHourNeedModel().needs(for: env).reduce(0) { $0 + $1.heatingNeedKWh }
            let base = DegreeHourNeedModel().needs(for: Envelope(building: b, facades: f))
                .reduce(0) { $0 + $1.heatingNeedKWh }
            #expect(need <= base + 1e-9)
        }
    }
}

@Suite struct EnvelopeZoneViewTests {
    @Test func storeyViewsAddUpToTheEnvelope() {
        let (b, f) = RetrofitFixtures.terracedHouse()
        let env = Envelope(building: b, facades: f)
        let glazing = env.storeys.indices.flatMap { env.glazing(storey: $0) }
        let walls = env.storeys.indices.flatMap { env.walls(storey: $0) }
        #expect(abs(glazing.reduce(0) { $0 + $1.areaM2 } - env.windowAreaM2) < 1e-9)
        #expect(abs(walls.reduce(0) { $0 + $1.areaM2 } - env.opaqueWallAreaM2) < 1e-9)
        #expect(abs(env.storeys.indices.reduce(0) { $0 + env.partyWallAreaM2(storey: $1) } - env.partyWallAreaM2) < 1e-9)
        // The west façade is exposed only above the 6 m neighbour: glazing on the top storey only.
        #expect(env.glazing(storey: 0).map(\.segmentIndex) == [0, 2])
        #expect(env.glazing(storey: 2).map(\.segmentIndex) == [0, 2, 3])
        #expect(env.glazing(storey: 0).first?.horizonAngleDeg == 35)
    }
}
