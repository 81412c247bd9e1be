import BuildingModel
import Foundation

/// Merges the results GeoPackages of shards 1/N … N/N of one run (`renovate merge`) into one results
/// GeoPackage equal to that of an unsharded run (same `results`, `failures`, `district_summary`, `buildings`).
///
/// The shard files are opened as finished stores (`ResultsStore.merge` checks they belong to one run and that
/// none is missing); the buildings layers and rejected buildings are concatenated, the scenarios and the
/// heritage map come from the first shard (every shard of a run read the same heritage layers). The merged store is a temporary sibling of the output, removed at the end. Which shards are
/// missing, unfinished or hold failed pairs is `ShardInventory`'s question, asked before merging.
public enum ShardMerge {
    public struct Summary: Sendable {
        public var results: Int
        public var failures: Int
    }

    public static func merge(shardFiles: [String], into url: URL) throws -> Summary {
        let temp = url.path + ".merge.sqlite"
        let fm = FileManager.default
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: temp + suffix) }
        defer { for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: temp + suffix) } }
        let store: ResultsStore
        do {
            store = try ResultsStore.merge(shardStores: shardFiles, into: temp)
        } catch {
            // Name the output, not the scratch file.
            if case .mergeRefused(let path, let reason) = error, path == temp {
                throw BatchError.mergeRefused(path: url.path, reason: reason)
            }
            throw error
        }
        var buildings: [ResultsBuilding] = []
        var rejected: [RejectedBuilding] = []
        var samples: [DistrictLabelSamples] = []
        for path in shardFiles {
            buildings += try ResultsGeoPackage.buildings(in: URL(fileURLWithPath: path))
            let shard = try ResultsStore.open(path: path)
            rejected += try ResultsGeoPackage.rejected(in: shard)
            if let s = try ResultsGeoPackage.labelSamples(in: shard) { samples.append(s) }
        }
        // Monte Carlo totals add up sample by sample, when every shard has them (same seed and count: same run).
        let labelSamples = samples.count == shardFiles.count && !samples.isEmpty ? samples.dropFirst().reduce(samples[0], +) : nil
        let scenarios = try ResultsGeoPackage.scenarios(in: try ResultsStore.open(path: shardFiles[0]))
        try ResultsGeoPackage.write(store: store, buildings: buildings, scenarios: scenarios, rejected: rejected,
                                    labelSamples: labelSamples,
                                    heritage: try ResultsGeoPackage.heritageMap(in: URL(fileURLWithPath: shardFiles[0])),
                                    to: url, overwrite: true)
        return Summary(results: try store.resultCount(), failures: try store.failures().count)
    }
}
