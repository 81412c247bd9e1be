import Testing
import PropertyBased
@testable import BuildingModel

/// Property tests over random buildings, random protections and random rule sets derived from the default
/// (the default plus random extra rules; every case is rebuilt from one seed, so failures replay).
@Suite struct HeritagePropertyTests {
    typealias F = HeritageFixtures

    /// A random rectangular building near the origin with random façade contexts and party walls.
    static func randomBuilding(_ rng: inout SplitMix64) -> (Building, BuildingFacades) {
        let b = F.building(id: "B\(Int.random(in: 0...999, using: &rng))",
                           footprint: F.rectangle(x: Double.random(in: -50...50, using: &rng),
                                                  y: Double.random(in: -50...50, using: &rng),
                                                  width: Double.random(in: 4...20, using: &rng),
                                                  depth: Double.random(in: 4...20, using: &rng)),
                           wall: WallMaterial.allCases.randomElement(using: &rng)!,
                           storeys: Int.random(in: 1...5, using: &rng))
        let contexts = (0..<4).map { _ in FacadeContext.allCases.randomElement(using: &rng)! }
        let shares = (0..<4).map { _ in [0, 0, 0.5, 1].randomElement(using: &rng)! }
        return (b, F.facades(of: b, contexts: contexts, partyShares: shares))
    }

    /// The default rule set plus 0–6 random rules (random measures, protections, context, visibility, verdict).
    static func randomRuleSet(_ rng: inout SplitMix64) -> RuleSet {
        let extra = (0..<Int.random(in: 0...6, using: &rng)).map { i -> HeritageRule in
            let measures = Set(MeasureKind.allCases.filter { _ in Bool.random(using: &rng) })
            let tags: Set<ProtectionTag>? = Bool.random(using: &rng)
                ? Set(ProtectionTag.allCases.filter { _ in Bool.random(using: &rng) }) : nil
            return HeritageRule(
                id: "random-\(i)", measures: measures.isEmpty ? [.shutters] : measures, protections: tags,
                context: Bool.random(using: &rng) ? FacadeContext.allCases.randomElement(using: &rng) : nil,
                visibleFromPublicSpace: Bool.random(using: &rng) ? Bool.random(using: &rng) : nil,
                verdict: Verdict.allCases.randomElement(using: &rng)!, conditions: ["c\(i)"], reason: "random",
                source: "test")
        }
        return RuleSet.default.adding(extra, name: "random")
    }

    /// One random protection feature placed around the origin (a PDA is not among them: it replaces the 500 m
    /// radius, so it may lift a protection by law).
    static func randomProtection(_ rng: inout SplitMix64, index: Int, buildingID: String) -> Feature {
        let p = Point2D(x: Double.random(in: -800...800, using: &rng), y: Double.random(in: -800...800, using: &rng))
        switch Int.random(in: 0...4, using: &rng) {
        case 0:
            return Feature(id: "m\(index)", geometry: .point(p), properties: [
                "kind": .string("monument"), "name": .string("M\(index)"),
                "protection": .string(Bool.random(using: &rng) ? "classé" : "inscrit")])
        case 1:
            let size = Double.random(in: 20...300, using: &rng)
            return Feature(id: "z\(index)", geometry: .polygon(F.rectangle(x: p.x / 4, y: p.y / 4, width: size, depth: size)),
                           properties: ["kind": .string("zone"), "name": .string("Z\(index)"),
                                        "protection": .string(Bool.random(using: &rng) ? "PSMV" : "PVAP")])
        case 2:
            return Feature(id: "bm\(index)", geometry: nil, properties: [
                "kind": .string("building-mark"), "building_id": .string(buildingID),
                "mark": .string(["protected", "facades-keep", "not-protected"].randomElement(using: &rng)!)])
        default:
            return Feature(id: "fm\(index)", geometry: nil, properties: [
                "kind": .string("facade-mark"), "building_id": .string(buildingID),
                "facade": .int(Int.random(in: 0...3, using: &rng))])
        }
    }

    @Test func streetFacadeInsideAnSPRNeverGetsExternalInsulationAllowed() async throws {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
            let (b, facades) = Self.randomBuilding(&rng)
            let rules = Self.randomRuleSet(&rng)
            var features = [Feature(id: "spr", geometry: .polygon(F.rectangle(x: -200, y: -200, width: 400, depth: 400)),
                                    properties: ["kind": .string("zone"), "name": .string("SPR"),
                                                 "protection": .string(Bool.random(using: &rng) ? "PSMV" : "PVAP")])]
            for i in 0..<Int.random(in: 0...3, using: &rng) {
                features.append(Self.randomProtection(&rng, index: i, buildingID: b.id))
            }
            let a = try HeritageCheck(layers: HeritageLayers.from(features: features), rules: rules)
                .assess(b, facades: facades)
            let street = facades.segments.filter { $0.isExposed && $0.context == .street }
            for s in street {
                let v = try #require(a.verdict(for: .externalWallInsulation, facadeIndex: s.index))
                #expect(v.verdict != .allowed, "seed \(seed): street façade #\(s.index) got \(v.verdict)")
            }
        }
    }

    @Test func addingAProtectionNeverMakesAVerdictLessRestrictive() async throws {
        await propertyCheck(count: 2000, input: Gen.int(in: 0...Int.max)) { seed in
            var rng = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
            let (b, facades) = Self.randomBuilding(&rng)
            let rules = Self.randomRuleSet(&rng)
            let before = (0..<Int.random(in: 0...3, using: &rng)).map {
                Self.randomProtection(&rng, index: $0, buildingID: b.id)
            }
            let added = Self.randomProtection(&rng, index: 99, buildingID: b.id)
            let a0 = try HeritageCheck(layers: HeritageLayers.from(features: before), rules: rules)
                .assess(b, facades: facades)
            let a1 = try HeritageCheck(layers: HeritageLayers.from(features: before + [added]), rules: rules)
                .assess(b, facades: facades)
            // An SPR that takes the building in lifts the abords of its monuments (Code du patrimoine,
            // L.621-30 II): the law, not a less careful check. Then the comparison is with the protections the
            // law keeps (the same features without the monuments), and the abords must be gone.
            let hadAbords = a0.protections.contains { $0.tag == .surroundings }
            let hasAbords = a1.protections.contains { $0.tag == .surroundings }
            let inSPR = a1.protections.contains { $0.tag == .psmv || $0.tag == .pvap }
            let reference: HeritageAssessment
            if hadAbords && !hasAbords {
                #expect(inSPR, "seed \(seed): the abords vanished without an SPR after adding \(added.id)")
                let kept = before.filter { $0.properties["kind"] != .string("monument") }
                reference = try HeritageCheck(layers: HeritageLayers.from(features: kept), rules: rules)
                    .assess(b, facades: facades)
            } else {
                reference = a0
            }
            #expect(!(inSPR && hasAbords), "seed \(seed): abords applied inside an SPR")
            #expect(reference.verdicts.count == a1.verdicts.count)
            for (v0, v1) in zip(reference.verdicts, a1.verdicts) {
                #expect(v0.measure == v1.measure && v0.facadeIndex == v1.facadeIndex)
                #expect(v1.verdict >= v0.verdict,
                        "seed \(seed): \(v0.measure.rawValue) façade \(v0.facadeIndex.map(String.init) ?? "-"): \(v0.verdict) → \(v1.verdict) after adding \(added.id)")
            }
        }
    }
}
