import Foundation

/// The state of every shard of a sharded run, from its files: what `renovate merge` checks before merging, so
/// that missing, unfinished and failed shards are all reported at once, by number, and only those re-run.
///
/// A shard's files are its results GeoPackage (`….gpkg`, written when `simulate --shard k/N` ends) and, while
/// it runs or after it was interrupted, its store (`….gpkg.run.sqlite`). Which shard a file holds is read from
/// its `run` table, not from its name.
public struct ShardInventory: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        /// Finished, no failed pair.
        case complete(path: String)
        /// Finished, but some pairs failed (they are in its `failures` table); re-running retries them.
        case failedPairs(path: String, count: Int)
        /// A store that holds an interrupted (or still running) run, with `storedPairs` results and failures.
        case unfinished(path: String, storedPairs: Int)
        /// No file of this shard.
        case missing
    }

    /// N.
    public let shardCount: Int
    /// The state of shards 1 … N, in order.
    public let states: [State]

    /// Reads the files of shards: results GeoPackages of `simulate --shard` and stores of interrupted shards
    /// (`.run.sqlite`). With `expectedShardCount` nil, N is read from the files.
    /// - Throws: `BatchError.mergeRefused` for a file that is not a shard's, for shards of different N (or not
    ///   the expected one) and for a shard given twice as a finished file; `BatchError` reading a store.
    /// - Complexity: opens each file once; O(failures) per file.
    public static func read(files: [String], expectedShardCount: Int?) throws(BatchError) -> ShardInventory {
        var count = expectedShardCount
        var finished: [Int: (path: String, failures: Int)] = [:]
        var unfinished: [Int: (path: String, storedPairs: Int)] = [:]
        for path in files {
            let store = try ResultsStore.open(path: path)
            let info = try store.runInfo()
            guard let text = info.shard, let shard = try? ShardSpec(parsing: text) else {
                throw .mergeRefused(path: path, reason: "it is not a shard's results (no --shard k/N in its run)")
            }
            if let n = count, n != shard.count {
                throw .mergeRefused(path: path, reason: "it holds shard \(shard), expected one of \(n) shards")
            }
            count = shard.count
            let failures = try store.failures().count
            if path.hasSuffix(".run.sqlite") || info.finishedAt == nil {
                unfinished[shard.index] = (path, try store.resultCount() + failures)
            } else if let other = finished[shard.index] {
                throw .mergeRefused(path: path, reason: "shard \(shard) is also given as \(other.path)")
            } else {
                finished[shard.index] = (path, failures)
            }
        }
        guard let n = count else { throw .mergeRefused(path: files.first ?? ".", reason: "no shard file given") }
        let states: [State] = (1...n).map { k in
            if let u = unfinished[k] { return .unfinished(path: u.path, storedPairs: u.storedPairs) }
            guard let f = finished[k] else { return .missing }
            return f.failures > 0 ? .failedPairs(path: f.path, count: f.failures) : .complete(path: f.path)
        }
        return ShardInventory(shardCount: n, states: states)
    }

    /// The shard files of a directory: `*.gpkg` and `*.gpkg.run.sqlite`, hidden files (a GeoPackage being
    /// written) and `excluding` skipped, sorted by name.
    public static func files(in directory: URL, excluding: URL? = nil) throws -> [String] {
        let skipped = excluding?.standardizedFileURL
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".gpkg") || $0.hasSuffix(".gpkg.run.sqlite")) }
            .map { directory.appendingPathComponent($0).standardizedFileURL }
            .filter { $0 != skipped }.map(\.path)
    }

    /// Shards that stop the merge: missing or unfinished.
    public var blocking: [Int] {
        numbers { if case .missing = $0 { true } else if case .unfinished = $0 { true } else { false } }
    }

    /// Shards to run again: missing, unfinished, or finished with failed pairs.
    public var toRerun: [Int] {
        numbers { if case .complete = $0 { false } else { true } }
    }

    /// The finished files (complete or with failed pairs), in shard order: what is merged when nothing blocks.
    public var finishedFiles: [String] {
        states.compactMap {
            switch $0 {
            case .complete(let path), .failedPairs(let path, _): path
            case .unfinished, .missing: nil
            }
        }
    }

    /// One line per shard that is not complete, e.g. `shard 2/4: missing (expected …/shard-2-of-4.gpkg)`.
    /// - Parameter expectedFile: where shard k's output should be, when known (a Slurm job's layout).
    public func problems(expectedFile: ((Int) -> String)? = nil) -> [String] {
        states.enumerated().compactMap { i, state in
            let name = "shard \(i + 1)/\(shardCount)"
            switch state {
            case .complete:
                return nil
            case .failedPairs(let path, let count):
                return "\(name): \(count) failed pairs in \(path) (table failures)"
            case .unfinished(let path, let stored):
                return "\(name): unfinished: \(path) holds an interrupted or running run (\(stored) pairs stored)"
            case .missing:
                return "\(name): missing" + (expectedFile.map { " (no \($0(i + 1)))" } ?? "")
            }
        }
    }

    private func numbers(where predicate: (State) -> Bool) -> [Int] {
        states.enumerated().filter { predicate($0.element) }.map { $0.offset + 1 }
    }
}
