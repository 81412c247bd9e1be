/// Needs already computed for the envelopes of one building, keyed by `NeedModel.needKey(for:)`.
///
/// A batch worker keeps one for the building it is evaluating (`ScenarioPairEvaluator`): the baseline, the
/// "no works" scenario, scenarios blocked by heritage or not applicable (the building stays as it was), and
/// scenarios that change only the heating system all map to a thermal model already simulated, so each distinct
/// thermal model of a building is simulated once. The need model is a deterministic function of its key, so a
/// hit returns exactly (bit for bit) what a new run would.
public struct NeedCache {
    private var entries: [AnyHashable: [StoreyNeeds]] = [:]
    /// Needs looked up (hits + misses) and needs computed (misses) since creation, for benchmarks and tests.
    public private(set) var lookups = 0
    public private(set) var computed = 0

    public init() {}

    /// Forgets every entry (call when moving to another building, to keep the memory bounded).
    public mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
    }

    /// The needs of `envelope`, computed with `model` unless an envelope with the same key was computed before.
    /// - Throws: whatever the model throws (nothing is cached then).
    public mutating func needs(for envelope: Envelope, model: any NeedModel) throws -> [StoreyNeeds] {
        lookups += 1
        let key = model.needKey(for: envelope)
        if let hit = entries[key] { return hit }
        let needs = try model.needs(for: envelope)
        computed += 1
        entries[key] = needs
        return needs
    }
}
