import ArgumentParser
import Foundation
import Simulator

/// `renovate merge DIR --out DIR/results.gpkg`: one results file from the shard outputs of `simulate --shard`.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the shard outputs of simulate --shard k/N into one results GeoPackage.",
        discussion: """
            Give the shard files, or a directory holding only the .gpkg shard files of one run (the --out file is \
            skipped). Refused, exit 1, when shards come from different inputs or some are missing (their numbers \
            are listed). Exit 3 when the merge is written but shards hold failed pairs: re-run those shards with \
            --resume --retry-failures and merge again.
            """)

    @Argument(help: "Shard GeoPackages, or one directory of them.")
    var shards: [String]

    @Option(help: "Merged results GeoPackage.")
    var out: String

    @Flag(help: "Replace an existing output.")
    var overwrite = false

    func run() throws {
        let outURL = URL(fileURLWithPath: out).standardizedFileURL
        var paths: [String] = []
        for s in shards {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: s, isDirectory: &isDir) else {
                throw RunError("\(s): no such file or directory.")
            }
            if isDir.boolValue {
                let dir = URL(fileURLWithPath: s)
                paths += try FileManager.default.contentsOfDirectory(atPath: s).sorted()
                    .filter { $0.hasSuffix(".gpkg") && !$0.hasPrefix(".") }
                    .map { dir.appendingPathComponent($0).standardizedFileURL }
                    .filter { $0 != outURL }.map(\.path)
            } else {
                paths.append(s)
            }
        }
        guard !paths.isEmpty else { throw RunError("no shard file (.gpkg) in \(shards.joined(separator: " "))") }
        if !overwrite, FileManager.default.fileExists(atPath: out) {
            throw RunError("\(out) exists: pass --overwrite to replace it.")
        }
        let merged = try ShardMerge.merge(shardFiles: paths, into: outURL)
        print("merged \(paths.count) shards into \(out): \(merged.results) results, \(merged.failures) failed pairs")
        if !merged.shardsWithFailures.isEmpty {
            FileHandle.standardError.write(Data((merged.shardsWithFailures.map {
                "shard \($0.shard) (\($0.path)) has \($0.failures) failed pairs: re-run it with --resume --retry-failures\n"
            }.joined()).utf8))
            throw ExitCode(3)
        }
    }
}
