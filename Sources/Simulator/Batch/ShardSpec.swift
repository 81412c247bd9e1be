import BuildingModel
import Foundation

/// One shard of a batch, `k/N` on the command line: the buildings whose FNV-1a 64 hash of the id, modulo N,
/// equals k − 1.
///
/// The selection depends only on the building id (not on its position in the stock, not on the machine), so
/// shards 1/N … N/N run anywhere partition the buildings exactly once, and their stores can be merged.
public struct ShardSpec: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 1-based shard number, 1 ≤ index ≤ count.
    public let index: Int
    /// Number of shards, ≥ 1.
    public let count: Int

    public init(index: Int, count: Int) throws(BatchError) {
        guard count >= 1, (1...count).contains(index) else {
            throw .invalidShard("\(index)/\(count)")
        }
        self.index = index
        self.count = count
    }

    /// Parses `k/N` (e.g. `2/3`).
    public init(parsing text: String) throws(BatchError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let k = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            let n = Int(parts[1].trimmingCharacters(in: .whitespaces))
        else { throw .invalidShard(text) }
        try self.init(index: k, count: n)
    }

    /// Whether this shard owns the building.
    public func contains(buildingId: String) -> Bool {
        FNV1a64.hash(buildingId) % UInt64(count) == UInt64(index - 1)
    }

    public var description: String { "\(index)/\(count)" }
}
