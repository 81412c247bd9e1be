import Foundation
import Testing
@testable import BuildingModel

@Suite struct CahorsSampleGeneratorTests {
    static let seeds: [UInt64] = [1, 2, CahorsSampleGenerator.defaultSeed, 12_345]
    static let shipped = CahorsSampleGenerator().generateSample()

    static func encoded(_ stock: Stock) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(stock.buildings)
    }

    @Test func sameSeedGivesTheSameBytes() throws {
        let a = CahorsSampleGenerator(seed: 42).generate()
        let b = CahorsSampleGenerator(seed: 42).generate()
        #expect(a.buildings == b.buildings)
        #expect(try Self.encoded(a) == Self.encoded(b))
    }

    @Test func differentSeedsGiveDifferentStocks() {
        let a = CahorsSampleGenerator(seed: 1).generate()
        let b = CahorsSampleGenerator(seed: 2).generate()
        #expect(a.buildings != b.buildings)
        #expect(a.buildings.map(\.footprint) != b.buildings.map(\.footprint))
    }

    @Test(arguments: seeds)
    func countIsAboutTheSecteurSauvegarde(seed: UInt64) {
        let stock = CahorsSampleGenerator(seed: seed).generate()
        #expect((1_900...2_300).contains(stock.buildings.count), "seed \(seed): \(stock.buildings.count) buildings")
        #expect(stock.epsg == 2154)
    }

    @Test func idsAreUniqueAndInOrder() {
        let ids = Self.shipped.stock.buildings.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.first == "CAH-0001")
        #expect(ids == ids.sorted())
    }

    @Test(arguments: seeds)
    func everyFootprintIsAValidConvexRing(seed: UInt64) {
        var bad: [String] = []
        for b in CahorsSampleGenerator(seed: seed).generate().buildings {
            let ring = b.footprint.exterior
            let problems = FootprintChecks.problems(ring)
            if !problems.isEmpty { bad.append("\(b.id): \(problems.joined(separator: ", "))") }
            if !FootprintChecks.isConvex(ring, toleranceM: 1e-6) { bad.append("\(b.id): not convex") }
            if !b.footprint.holes.isEmpty { bad.append("\(b.id): has holes") }
        }
        #expect(bad.isEmpty, "seed \(seed): \(bad.prefix(10))")
    }

    /// Footprints are convex (checked above), so the Sutherland–Hodgman clip gives their exact overlap.
    @Test(arguments: seeds)
    func noTwoFootprintsOverlapByMoreThanFiveSquareCentimetres(seed: UInt64) {
        let buildings = CahorsSampleGenerator(seed: seed).generate().buildings
        let pairs = FootprintChecks.candidatePairs(buildings, marginM: 0)
        #expect(pairs.count > buildings.count, "touching neighbours are expected")
        var worst = 0.0, worstPair = ("", "")
        for (i, j) in pairs {
            let a = FootprintChecks.intersectionAreaM2(
                buildings[i].footprint.exterior, convexClip: buildings[j].footprint.exterior)
            if a > worst { worst = a; worstPair = (buildings[i].id, buildings[j].id) }
        }
        #expect(worst <= 0.0005, "seed \(seed): largest overlap \(worst) m² between \(worstPair)")
    }

    @Test func partyWallsAreSharedEdgesByConstruction() {
        let buildings = Self.shipped.stock.buildings
        var owner: [[Double]: Int] = [:]
        for (k, b) in buildings.enumerated() {
            let r = b.footprint.exterior
            for i in 0..<(r.count - 1) { owner[[r[i].x, r[i].y, r[i + 1].x, r[i + 1].y]] = k }
        }
        var withNeighbour = 0
        var sharedEdges = 0
        for (k, b) in buildings.enumerated() {
            let r = b.footprint.exterior
            var found = false
            for i in 0..<(r.count - 1) {
                if let other = owner[[r[i + 1].x, r[i + 1].y, r[i].x, r[i].y]], other != k {
                    found = true
                    sharedEdges += 1
                }
            }
            if found { withNeighbour += 1 }
        }
        let share = Double(withNeighbour) / Double(buildings.count)
        #expect(share >= 0.85, "only \(withNeighbour) of \(buildings.count) buildings share an exact edge")
        #expect(sharedEdges >= buildings.count)
    }

    /// Facing walls of two buildings (antiparallel edges overlapping by ≥ 0.5 m along their length) are either
    /// the same party wall (≤ 1 µm apart: floating-point noise), a deliberate digitising gap of 1–5 cm
    /// (0.9–5.6 cm once the block's skew is applied), or at least a lane, yard or empty plot apart (≥ 0.5 m).
    @Test func digitisingGapsAreFewAndAtMostFiveCentimetres() {
        let buildings = Self.shipped.stock.buildings
        var gaps = 0, shared = 0
        var strays: [String] = []
        for (i, j) in FootprintChecks.candidatePairs(buildings, marginM: 0.5) {
            let ri = buildings[i].footprint.exterior, rj = buildings[j].footprint.exterior
            for e in 0..<(ri.count - 1) {
                for f in 0..<(rj.count - 1) {
                    guard let d = FootprintChecks.facingDistance(ri[e], ri[e + 1], rj[f], rj[f + 1], minOverlapM: 0.5)
                    else { continue }
                    if d <= 1e-6 { shared += 1 } else if d >= 0.009 && d <= 0.056 { gaps += 1 } else if d < 0.5 {
                        strays.append("\(buildings[i].id) edge \(e) ↔ \(buildings[j].id) edge \(f): \(d) m")
                    }
                }
            }
        }
        #expect(strays.isEmpty, "\(strays.prefix(10))")
        #expect(gaps > 0)
        #expect(shared > gaps)
        let gapShare = Double(Self.shipped.buildingsWithDigitisingGap) / Double(buildings.count)
        #expect(gapShare > 0.01 && gapShare < 0.08)
    }

    @Test func buildingsStayInTheDistrictAndOutOfTheRiver() {
        let sample = Self.shipped
        let d = sample.district
        let river = sample.river.exterior
        var bad: [String] = []
        for b in sample.stock.buildings {
            let r = b.footprint.exterior
            for p in r {
                if p.x < d.westEdgeX || p.y < d.southY || p.y > sample.northY || p.x > d.bankX(atY: p.y) {
                    bad.append("\(b.id): \(p) outside the district")
                }
                if FootprintChecks.contains(river, p) { bad.append("\(b.id): \(p) in the river") }
            }
            for i in 0..<(r.count - 1) {
                for k in 0..<(river.count - 1)
                where FootprintChecks.segmentsIntersect(r[i], r[i + 1], river[k], river[k + 1]) {
                    bad.append("\(b.id): edge \(i) crosses the river bank")
                }
            }
        }
        #expect(bad.isEmpty, "\(bad.prefix(10))")
        #expect(abs(sample.outline.areaM2 - 320_000) < 32_000, "district \(sample.outline.areaM2) m², expected ≈ 32 ha")
    }

    @Test func theCathedralSiteIsLeftFree() {
        let sample = Self.shipped
        for site in sample.district.reservedSites {
            for b in sample.stock.buildings {
                let bb = b.footprint.bounds
                let meets = bb.minX < site.maxX && bb.maxX > site.minX && bb.minY < site.maxY && bb.maxY > site.minY
                #expect(!meets, "\(b.id) stands on \(site.name)")
            }
        }
        #expect(!sample.stock.buildings.contains { FootprintChecks.contains($0.footprint.exterior, CahorsDistrict.cathedral) })
    }

    @Test(arguments: seeds)
    func attributeSharesAreWithinTheirDocumentedRanges(seed: UInt64) {
        let shares = StockShares(CahorsSampleGenerator(seed: seed).generate())
        for (key, range) in CahorsAttributeModel.documentedShareRanges.sorted(by: { $0.key < $1.key }) {
            #expect(range.contains(shares.share(key)), "seed \(seed): \(key) = \(shares.share(key)), documented \(range)")
        }
    }

    @Test func attributesAreConsistentPerBuilding() {
        var bad: [String] = []
        for b in Self.shipped.stock.buildings {
            if !(2...5).contains(b.storeys) { bad.append("\(b.id): storeys \(b.storeys)") }
            let lo = CahorsAttributeModel.groundFloorHeightRangeM.lowerBound
                + Double(b.storeys - 1) * CahorsAttributeModel.upperFloorHeightRangeM.lowerBound - 0.05
            let hi = CahorsAttributeModel.groundFloorHeightRangeM.upperBound
                + Double(b.storeys - 1) * CahorsAttributeModel.upperFloorHeightRangeM.upperBound + 0.05
            if !(lo...hi).contains(b.heightM) { bad.append("\(b.id): height \(b.heightM) for \(b.storeys) storeys") }
            let t = CahorsAttributeModel.wallThicknessRangeM(b.wallMaterial)
            if !(t.lowerBound - 0.005...t.upperBound + 0.005).contains(b.wallThicknessM) {
                bad.append("\(b.id): \(b.wallMaterial.rawValue) \(b.wallThicknessM) m")
            }
            let w = CahorsAttributeModel.windowToWallRatioRange(b.wallMaterial)
            if !(w.lowerBound - 0.005...w.upperBound + 0.005).contains(b.windowToWallRatio) {
                bad.append("\(b.id): window ratio \(b.windowToWallRatio)")
            }
            guard let year = b.constructionYear, ConstructionPeriod(year: year) == b.period else {
                bad.append("\(b.id): year \(String(describing: b.constructionYear)) vs \(b.period.rawValue)"); continue
            }
            let perFloor = b.footprint.areaM2 >= CahorsAttributeModel.twoDwellingsPerFloorFromM2 ? 2 : 1
            if b.dwellings != (b.storeys - 1) * perFloor { bad.append("\(b.id): \(b.dwellings) dwellings") }
            if !b.assumed.isEmpty { bad.append("\(b.id): assumed \(b.assumed)") }
            let a = b.footprint.areaM2
            if a < 4 * 6 || a > 30 * 30 { bad.append("\(b.id): footprint \(a) m²") }
        }
        #expect(bad.isEmpty, "\(bad.prefix(10))")
    }

    @Test func someBuildingsKeepAYard() {
        let share = Double(Self.shipped.buildingsWithYard) / Double(Self.shipped.stock.buildings.count)
        #expect(share > 0.10 && share < 0.35, "yard share \(share)")
    }

    @Test func metadataSaysTheDataAreSynthetic() {
        let meta = Dictionary(uniqueKeysWithValues: Self.shipped.metadata.map { ($0.key, $0.value) })
        #expect(meta["synthetic"] == "true")
        #expect(meta["notice"]?.contains("SYNTHETIC") == true)
        #expect(meta["seed"] == String(CahorsSampleGenerator.defaultSeed))
        #expect(meta["crs"] == "EPSG:2154")
    }

    @Test func aScaledStockHasExactlyTheTargetCount() {
        let sample = CahorsSampleGenerator(seed: 3, targetBuildings: 10_000).generateSample()
        let buildings = sample.stock.buildings
        #expect(buildings.count == 10_000)
        #expect(Set(buildings.map(\.id)).count == 10_000)
        #expect(buildings.first?.id == "CAH-00001")
        let bad = buildings.compactMap { b in
            let p = FootprintChecks.problems(b.footprint.exterior)
            return p.isEmpty ? nil : "\(b.id): \(p.joined(separator: ", ")) \(b.footprint.exterior)"
        }
        #expect(bad.isEmpty, "\(bad.prefix(5))")
        #expect(buildings.allSatisfy { b in b.footprint.exterior.allSatisfy { $0.x < sample.district.bankX(atY: $0.y) } })
        #expect(sample.northY > sample.district.northY)
        let again = CahorsSampleGenerator(seed: 3, targetBuildings: 10_000).generate()
        #expect(again.buildings == buildings)
    }
}
