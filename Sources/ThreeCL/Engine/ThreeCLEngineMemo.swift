/// Chapters already computed for the inputs of one building, reused by `ThreeCLEngine.compute(_:tables:memo:)`.
///
/// A building's scenarios change its envelope and systems one measure at a time, so most of its inputs share their
/// hot-water installation: the hot-water chapter (§11, §14), a function of that installation (with the default
/// nominal power the envelope gives a combustion generator without one) and of the dwelling alone, is computed once
/// per distinct pair. Entries are compared in turn, without hashing; a batch worker empties the memo when it moves to
/// the next building.
public struct ThreeCLEngineMemo: Sendable {
    var hotWater: [(input: HotWaterInput, dwelling: DwellingDescription, result: HotWaterResult)] = []
    /// Entries kept at most (a building has a few hot-water installations; 0 keeps none).
    let capacity: Int

    public init(capacity: Int = 8) { self.capacity = capacity }

    /// Forgets every entry.
    public mutating func removeAll() { hotWater.removeAll(keepingCapacity: true) }

    /// The hot-water chapter of `input` for `dwelling`: the entry computed before, or `compute()`'s, kept.
    mutating func hotWater(
        _ input: HotWaterInput, dwelling: DwellingDescription,
        compute: () throws(ThreeCLError) -> HotWaterResult
    ) throws(ThreeCLError) -> HotWaterResult {
        if let hit = hotWater.first(where: { $0.input == input && $0.dwelling == dwelling }) { return hit.result }
        let result = try compute()
        if hotWater.count < capacity { hotWater.append((input, dwelling, result)) }
        return result
    }
}
