import BuildingModel
import Foundation
import PropertyBased
import Testing

@testable import Simulator

@Suite("FNV-1a and shards") struct ShardingTests {
    /// Reference vectors of the FNV authors' test suite (FNV-1a, 64 bits).
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c), ("foobar", 0x8594_4171_f739_67e8)])
    func fnv1a64MatchesTheReferenceVectors(input: String, expected: UInt64) {
        #expect(FNV1a64.hash(input) == expected)
    }

    @Test func hashingInPiecesEqualsHashingAtOnce() {
        var h = FNV1a64()
        h.combine("foo")
        h.combine(Array("bar".utf8))
        #expect(h.value == FNV1a64.hash("foobar"))
        #expect(FNV1a64.hex(0xab) == "00000000000000ab")
    }

    @Test func aFileIsHashedLikeItsBytes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fnv-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        let text = String(repeating: "scénario; ", count: 200_000)  // > 1 MiB: several blocks
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(try FNV1a64.hash(contentsOf: url) == FNV1a64.hash(text))
        #expect(try InputFingerprint.file(url, name: "scenarios").hash == "fnv1a64:" + FNV1a64.hex(FNV1a64.hash(text)))
        let missing = url.appendingPathExtension("missing")
        #expect(throws: BatchError.self) { try FNV1a64.hash(contentsOf: missing) }
    }

    @Test(arguments: ["1/3", "3/3", " 2 / 3 "])
    func validShardsParse(text: String) throws {
        let shard = try ShardSpec(parsing: text)
        #expect(shard.count == 3)
        #expect(shard.description == text.replacingOccurrences(of: " ", with: ""))
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "1", "a/b", "1/2/3", ""])
    func invalidShardsAreRefused(text: String) {
        #expect(throws: BatchError.invalidShard(text)) { try ShardSpec(parsing: text) }
    }

    @Test func everyBuildingIsInExactlyOneShard() async {
        await propertyCheck(input: Gen.int(in: 1...7), Gen.letterOrNumber.string(of: 1...16)) { n, id in
            let owners = (1...n).filter { k in (try! ShardSpec(index: k, count: n)).contains(buildingId: id) }
            #expect(owners.count == 1)
        }
    }

    @Test func planEnumeratesPairsBuildingMajorAndShardsKeepFullIndices() throws {
        let plan = try BatchPlan(buildingIds: ["b0", "b1", "b2"], scenarioIds: ["s0", "s1"])
        #expect(plan.pairCount == 6)
        #expect((0..<6).map { plan.pair(at: $0).building } == [0, 0, 1, 1, 2, 2])
        #expect((0..<6).map { plan.pair(at: $0).scenario } == [0, 1, 0, 1, 0, 1])
        let shards = try (1...2).map { try BatchPlan(buildingIds: plan.buildingIds, scenarioIds: plan.scenarioIds, shard: ShardSpec(index: $0, count: 2)) }
        #expect(shards.flatMap(\.selectedBuildingIndices).sorted() == [0, 1, 2])
        #expect(Set(shards.map(\.idsFingerprint)) == [plan.idsFingerprint])
        for shard in shards where shard.pairCount > 0 {
            #expect(shard.selectedBuildingIndices.contains(shard.pair(at: 0).building))
        }
    }

    @Test func badPlansAreRefused() {
        #expect(throws: BatchError.invalidPlan("building id \"b\" appears more than once")) {
            try BatchPlan(buildingIds: ["b", "b"], scenarioIds: ["s"])
        }
        #expect(throws: BatchError.invalidPlan("scenario #2 has an empty id")) {
            try BatchPlan(buildingIds: ["b"], scenarioIds: ["s", ""])
        }
        #expect(throws: BatchError.invalidPlan("the plan has no scenario")) {
            try BatchPlan(buildingIds: ["b"], scenarioIds: [])
        }
    }

    @Test func badColumnsAreRefused() {
        for name in ["Heating", "1st", "heat-need", "building_id", ""] {
            #expect(throws: BatchError.self) { try ResultSchema(columns: [ResultColumn(name, .real)]) }
        }
        #expect(throws: BatchError.self) {
            try ResultSchema(columns: [ResultColumn("a", .real), ResultColumn("a", .text)])
        }
    }
}
