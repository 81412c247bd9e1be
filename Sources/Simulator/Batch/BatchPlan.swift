import BuildingModel
/// The abstract work of a batch: every selected building × every scenario, in a stable order.
///
/// Buildings and scenarios are identified by their ids; the evaluator receives indices into `buildingIds` and
/// `scenarioIds` (the full lists, also when a shard is selected), so it can index its own stock and scenario
/// arrays without copying them. Pairs are enumerated building-major: for each selected building in
/// `buildingIds` order, every scenario in `scenarioIds` order.
public struct BatchPlan: Sendable, Hashable {
    /// Every building id of the stock, in the stock's stable order.
    public let buildingIds: [String]
    /// Every scenario id, in the scenario file's order.
    public let scenarioIds: [String]
    /// The shard this plan runs, or nil for the whole stock.
    public let shard: ShardSpec?
    /// Indices into `buildingIds` of the buildings this plan runs (all of them without a shard), ascending.
    public let selectedBuildingIndices: [Int]

    /// - Throws: `BatchError.invalidPlan` for an empty or duplicated id.
    /// - Complexity: O(b + s) for b buildings and s scenarios.
    public init(buildingIds: [String], scenarioIds: [String], shard: ShardSpec? = nil) throws(BatchError) {
        try BatchPlan.checkIds(buildingIds, kind: "building")
        try BatchPlan.checkIds(scenarioIds, kind: "scenario")
        guard !scenarioIds.isEmpty else { throw .invalidPlan("the plan has no scenario") }
        self.buildingIds = buildingIds
        self.scenarioIds = scenarioIds
        self.shard = shard
        if let shard {
            selectedBuildingIndices = buildingIds.indices.filter { shard.contains(buildingId: buildingIds[$0]) }
        } else {
            selectedBuildingIndices = Array(buildingIds.indices)
        }
    }

    /// Number of (building, scenario) pairs this plan runs.
    public var pairCount: Int { selectedBuildingIndices.count * scenarioIds.count }

    /// The `ordinal`-th pair of this plan (0 ≤ ordinal < pairCount), as indices into the full id lists.
    public func pair(at ordinal: Int) -> (building: Int, scenario: Int) {
        (selectedBuildingIndices[ordinal / scenarioIds.count], ordinal % scenarioIds.count)
    }

    /// A fingerprint of the full building and scenario id lists (not of the shard): FNV-1a 64 over the ids,
    /// each followed by a 0x00 separator, with a 0x01 between the two lists. Stores of the shards of one run
    /// share it.
    public var idsFingerprint: String {
        var h = FNV1a64()
        for id in buildingIds {
            h.combine(id)
            h.combine([0])
        }
        h.combine([1])
        for id in scenarioIds {
            h.combine(id)
            h.combine([0])
        }
        return "fnv1a64:" + h.hex
    }

    private static func checkIds(_ ids: [String], kind: String) throws(BatchError) {
        var seen = Set<String>()
        for (i, id) in ids.enumerated() {
            if id.isEmpty { throw .invalidPlan("\(kind) #\(i + 1) has an empty id") }
            if !seen.insert(id).inserted { throw .invalidPlan("\(kind) id \"\(id)\" appears more than once") }
        }
    }
}
