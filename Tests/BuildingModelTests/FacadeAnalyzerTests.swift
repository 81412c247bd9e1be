import Foundation
import PropertyBased
import Testing

@testable import BuildingModel

@Suite struct FacadeAnalyzerTests {
    typealias F = FacadeFixtures

    @Test func twoAdjacentRectanglesShareExactlyTheCommonEdge() throws {
        let a = F.rect("A", 0, 0, 10, 8), b = F.rect("B", 10, 0, 20, 8)
        let analysis = FacadeAnalyzer.analyze([a, b])
        #expect(analysis.diagnostics.isEmpty)
        let fa = F.facades(analysis, "A")
        let east = try #require(F.facing(fa, .east).first)
        #expect(F.close(east.partyWallShare, 1))
        #expect(east.neighbourHeightM == 9)
        #expect(F.close(east.partyWallAreaM2, 8 * 9))
        #expect(F.close(east.exposedAreaM2, 0))
        // The walls meeting B only at a corner share nothing (no end-cap length at (10, 0) and (10, 8)).
        for s in fa.segments where s.orientation != .east {
            #expect(s.partyWallShare == 0)
            #expect(s.neighbourHeightM == nil)
        }
        #expect(F.close(fa.exposedWallAreaM2, (10 + 8 + 10) * 9))
        #expect(F.close(fa.roofAreaM2, 80))
        #expect(F.close(F.partyWallLengthM(F.facades(analysis, "B")), 8))
    }

    @Test func terracedRowOfFive() {
        let row = (0..<5).map { F.rect("H\($0)", Double($0) * 6, 0, Double($0 + 1) * 6, 10) }
        let analysis = FacadeAnalyzer.analyze(row)
        for (i, house) in analysis.facades.enumerated() {
            let partyWalls = house.segments.filter { $0.partyWallShare > 0.999 }.count
            #expect(partyWalls == (i == 0 || i == 4 ? 1 : 2), "\(house.buildingID)")
            #expect(house.segments.allSatisfy { $0.partyWallShare == 0 || $0.partyWallShare > 0.999 })
            #expect(F.close(F.partyWallLengthM(house), Double(partyWalls) * 10))
        }
    }

    @Test func lShapeAroundASquare() throws {
        // L: 10 × 10 minus the square [4, 10] × [4, 10], which is the neighbour.
        let l = F.building("L", [(0, 0), (10, 0), (10, 4), (4, 4), (4, 10), (0, 10)])
        let square = F.rect("S", 4, 4, 10, 10, heightM: 6)
        let analysis = FacadeAnalyzer.analyze([l, square])
        let fl = F.facades(analysis, "L")
        #expect(fl.segments.count == 6)
        let shared = fl.segments.filter { $0.partyWallShare > 0 }
        #expect(shared.count == 2)
        #expect(Set(shared.map(\.orientation)) == [.north, .east])
        #expect(F.close(F.partyWallLengthM(fl), 12))
        // L is 9 m high, the square 6 m: a 3 m strip above the square is exposed on both inner walls.
        #expect(shared.allSatisfy { F.close($0.exposedAreaM2, 6 * 3) && F.close($0.partyWallAreaM2, 6 * 6) })
        #expect(F.close(F.partyWallLengthM(F.facades(analysis, "S")), 12))
    }

    @Test func fiveCentimetreGapIsStillAPartyWall() throws {
        let analysis = FacadeAnalyzer.analyze([F.rect("A", 0, 0, 10, 8), F.rect("B", 10.05, 0, 20, 8)])
        let east = try #require(F.facing(F.facades(analysis, "A"), .east).first)
        #expect(F.close(east.partyWallShare, 1))
        #expect(F.close(east.exposedAreaM2, 0))
        let west = try #require(F.facing(F.facades(analysis, "B"), .west).first)
        #expect(F.close(west.partyWallShare, 1))
    }

    @Test func halfMetreGapIsNotAPartyWall() throws {
        let analysis = FacadeAnalyzer.analyze([F.rect("A", 0, 0, 10, 8), F.rect("B", 10.5, 0, 20, 8)])
        let east = try #require(F.facing(F.facades(analysis, "A"), .east).first)
        #expect(east.partyWallShare == 0)
        #expect(F.close(east.exposedAreaM2, 8 * 9))
        // The wall across the 0.5 m passage is its obstruction.
        #expect(F.close(try #require(east.obstructionDistanceM), 0.5))
    }

    @Test func wallAboveALowerNeighbourIsExposed() throws {
        // A is 12 m high, B 5 m, sharing an 8 m wall: exposed strip 8 × (12 − 5) = 56 m², party wall 8 × 5 = 40 m².
        let analysis = FacadeAnalyzer.analyze([F.rect("A", 0, 0, 10, 8, heightM: 12), F.rect("B", 10, 0, 20, 8, heightM: 5)])
        let east = try #require(F.facing(F.facades(analysis, "A"), .east).first)
        #expect(east.neighbourHeightM == 5)
        #expect(F.close(east.exposedAreaM2, 56))
        #expect(F.close(east.partyWallAreaM2, 40))
        #expect(east.obstructionDistanceM == nil)
        let west = try #require(F.facing(F.facades(analysis, "B"), .west).first)
        #expect(west.neighbourHeightM == 12)
        #expect(F.close(west.exposedAreaM2, 0))
        #expect(F.close(west.partyWallAreaM2, 40))
    }

    @Test func partlySharedWallWithTwoNeighbours() throws {
        // A's east wall (10 m) meets B (4 m, 6 m high) and C (3 m, 15 m high); 3 m are free.
        let a = F.rect("A", 0, 0, 8, 10, heightM: 9)
        let b = F.rect("B", 8, 0, 14, 4, heightM: 6)
        let c = F.rect("C", 8, 7, 14, 10, heightM: 15)
        let analysis = FacadeAnalyzer.analyze([a, b, c])
        let east = try #require(F.facing(F.facades(analysis, "A"), .east).first)
        #expect(F.close(east.partyWallShare, 0.7))
        #expect(east.neighbourHeightM == 15)
        // Exposed: free 3 m × 9 + 4 m × (9 − 6) + 3 m × 0 = 39 m².
        #expect(F.close(east.exposedAreaM2, 39))
        #expect(F.close(east.partyWallAreaM2, 90 - 39))
    }

    @Test func courtyardBlock() {
        // Four wings around an enclosed 10 × 10 m yard; the east wing is digitised 5 cm off.
        let buildings = [
            F.rect("S", 0, 0, 20, 5), F.rect("N", 0, 15, 20, 20),
            F.rect("W", 0, 5, 5, 15), F.rect("E", 15.05, 5.05, 20, 14.95),
        ]
        let analysis = FacadeAnalyzer.analyze(buildings)
        let s = F.facades(analysis, "S"), n = F.facades(analysis, "N")
        let w = F.facades(analysis, "W"), e = F.facades(analysis, "E")
        // The yard façades: S's north, N's south, W's east, E's west.
        for (f, o) in [(s, Orientation.north), (n, .south), (w, .east), (e, .west)] {
            let yardSide = F.facing(f, o)
            #expect(yardSide.count == 1)
            #expect(yardSide.allSatisfy { $0.context == .courtyard }, "\(f.buildingID) \(o)")
        }
        // Every other exposed façade is on the street.
        for f in [s, n, w, e] {
            for seg in f.segments where seg.isExposed {
                let isYard =
                    (f.buildingID == "S" && seg.orientation == .north) || (f.buildingID == "N" && seg.orientation == .south)
                    || (f.buildingID == "W" && seg.orientation == .east) || (f.buildingID == "E" && seg.orientation == .west)
                if !isYard { #expect(seg.context == .street, "\(f.buildingID) \(seg.orientation)") }
            }
        }
        // S's north wall: 5 m shared with W, 5 m with E (4.95 m: E stops 5 cm short), the middle 10 m on the yard.
        let sNorth = F.facing(s, .north)[0]
        #expect(abs(sNorth.partyWallShare - 0.5) < 0.01)
        // Across the yard, 10 m away, N is 9 m high: horizon atan((9 − 4.5) / 10) = 24.23°.
        #expect(abs((sNorth.obstructionDistanceM ?? 0) - 10) < 1e-9)
        #expect(abs(sNorth.horizonAngleDeg - 24.2277) < 1e-3)
    }

    @Test func openUShapeHasNoCourtyard() {
        // The same block without the east wing: the yard is open to the street.
        let analysis = FacadeAnalyzer.analyze([F.rect("S", 0, 0, 20, 5), F.rect("N", 0, 15, 20, 20), F.rect("W", 0, 5, 5, 15)])
        #expect(analysis.facades.allSatisfy { $0.segments.allSatisfy { $0.context == .street } })
    }

    @Test func holeOfTheBuildingIsACourtyard() throws {
        let ring: [(Double, Double)] = [(0, 0), (20, 0), (20, 20), (0, 20)]
        let hole: [(Double, Double)] = [(5, 5), (15, 5), (15, 15), (5, 15)]
        let analysis = FacadeAnalyzer.analyze([F.building("C", ring, holes: [hole])])
        let f = F.facades(analysis, "C")
        #expect(f.segments.count == 8)
        #expect(f.segments[0..<4].allSatisfy { $0.context == .street })
        #expect(f.segments[4..<8].allSatisfy { $0.context == .courtyard })
        // Hole edges face into the yard: the hole's south edge faces north, 10 m from the opposite wing.
        let yardNorth = try #require(f.segments[4..<8].first { $0.orientation == .north })
        #expect(F.close(yardNorth.start.y, 5) && F.close(yardNorth.end.y, 5))
        #expect(F.close(try #require(yardNorth.obstructionDistanceM), 10))
        #expect(F.close(f.roofAreaM2, 300))
    }

    @Test func obstructionAcrossAFourMetreStreet() throws {
        // Row 1 (9 m high) along y ∈ [0, 10], row 2 (12 m high) along y ∈ [14, 24]: a 4 m street between.
        var buildings: [Building] = []
        for i in 0..<3 {
            let x = Double(i) * 6
            buildings.append(F.rect("R1-\(i)", x, 0, x + 6, 10, heightM: 9))
            buildings.append(F.rect("R2-\(i)", x, 14, x + 6, 24, heightM: 12))
        }
        let analysis = FacadeAnalyzer.analyze(buildings)
        for i in 0..<3 {
            let north = try #require(F.facing(F.facades(analysis, "R1-\(i)"), .north).first)
            #expect(F.close(try #require(north.obstructionDistanceM), 4))
            #expect(north.obstructionHeightM == 12)
            // atan((12 − 9/2) / 4) = atan(1.875) = 61.93°.
            #expect(abs(north.horizonAngleDeg - 61.9275) < 1e-3)
            let south = try #require(F.facing(F.facades(analysis, "R2-\(i)"), .south).first)
            #expect(F.close(try #require(south.obstructionDistanceM), 4))
            // atan((9 − 12/2) / 4) = atan(0.75) = 36.87°.
            #expect(abs(south.horizonAngleDeg - 36.8699) < 1e-3)
            // Nothing in front of the outer façades within 50 m.
            let outer = try #require(F.facing(F.facades(analysis, "R1-\(i)"), .south).first)
            #expect(outer.obstructionDistanceM == nil && outer.horizonAngleDeg == 0)
        }
    }

    @Test func aLowObstructionBelowMidHeightGivesZeroHorizon() throws {
        // A 3 m shed 6 m in front of a 12 m house: 3 < 12/2, so the horizon angle is clamped to 0.
        let analysis = FacadeAnalyzer.analyze([F.rect("H", 0, 0, 10, 8, heightM: 12), F.rect("Shed", 0, 14, 10, 18, heightM: 3)])
        let north = try #require(F.facing(F.facades(analysis, "H"), .north).first)
        #expect(F.close(try #require(north.obstructionDistanceM), 6))
        #expect(north.horizonAngleDeg == 0)
    }

    @Test func azimuthsOfACounterClockwiseSquare() {
        // Given clockwise on purpose: the analysis normalises the ring.
        let cw = F.building("Q", [(0, 0), (0, 10), (10, 10), (10, 0)])
        let f = FacadeAnalyzer.analyze([cw]).facades[0]
        #expect(f.segments.map(\.azimuthDeg) == [180, 90, 0, 270])
    }

    @Test func emptyInputGivesEmptyOutput() {
        let analysis = FacadeAnalyzer.analyze([], threads: 2)
        #expect(analysis.facades.isEmpty && analysis.diagnostics.isEmpty)
    }

    @Test func outputIsIndependentOfThreadCount() {
        let blocks = SyntheticTerraces.make(rows: 30, housesPerRow: 7, streetWidthM: 4)
        let yard = [
            F.rect("S", -100, 0, -80, 5), F.rect("N", -100, 15, -80, 20),
            F.rect("W", -100, 5, -95, 15), F.rect("E", -85, 5, -80, 15),
        ]
        let bowTie = F.building("X", [(-60, 0), (-50, 10), (-50, 2), (-60, 6)])
        let input = blocks + yard + [bowTie]
        let one = FacadeAnalyzer.analyze(input, threads: 1)
        let two = FacadeAnalyzer.analyze(input, threads: 2)
        let three = FacadeAnalyzer.analyze(input, threads: 3)
        #expect(one.facades.count == input.count)
        #expect(one == two)
        #expect(one == three)
    }

    @Test func exposedPlusPartyWallAreaIsPerimeterTimesHeight() async {
        await propertyCheck(
            count: 40, input: Gen.int(in: 1...8), Gen.double(in: 0...0.6), Gen.double(in: 3...18).array(of: 8)
        ) { houses, gapM, heights in
            // A row with random gaps (some below, some above the tolerance) and random heights.
            var buildings: [Building] = []
            var x = 0.0
            for i in 0..<houses {
                buildings.append(F.rect("H\(i)", x, 0, x + 5 + Double(i % 3), 9, heightM: heights[i]))
                x += 5 + Double(i % 3) + (i % 2 == 0 ? gapM : gapM / 4)
            }
            let analysis = FacadeAnalyzer.analyze(buildings)
            #expect(analysis.facades.count == houses)
            for (f, b) in zip(analysis.facades, buildings) {
                let total = f.exposedWallAreaM2 + f.partyWallAreaM2
                #expect(abs(total - b.footprint.perimeterM * b.heightM) < 1e-6 * total, "\(f.buildingID)")
                #expect(f.segments.allSatisfy { $0.partyWallShare >= 0 && $0.partyWallShare <= 1 })
            }
        }
    }
}
