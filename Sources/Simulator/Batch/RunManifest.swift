import BuildingModel
import Foundation

/// A named input of a run and the FNV-1a 64 hash of its bytes (`fnv1a64:<16 hex digits>`).
public struct InputFingerprint: Sendable, Hashable, Codable {
    /// A stable role name chosen by the caller (`stock`, `scenarios`, `weather`), not the path, so a run can be
    /// resumed from another directory.
    public var name: String
    public var hash: String

    public init(name: String, hash: String) {
        self.name = name
        self.hash = hash
    }

    /// Fingerprints a file's bytes.
    public static func file(_ url: URL, name: String) throws(BatchError) -> InputFingerprint {
        InputFingerprint(name: name, hash: "fnv1a64:" + FNV1a64.hex(try FNV1a64.hash(contentsOf: url)))
    }

    /// Fingerprints bytes already in memory.
    public static func bytes<Bytes: Sequence>(_ bytes: Bytes, name: String) -> InputFingerprint
    where Bytes.Element == UInt8 {
        InputFingerprint(name: name, hash: "fnv1a64:" + FNV1a64.hex(FNV1a64.hash(bytes)))
    }
}

/// What identifies a run's results: the tool version, the inputs' content hashes and the options that change
/// results. Stored in the `run` table; `--resume` is refused when anything here differs.
///
/// Options that do not change results (thread count, progress style) must not be put in `options`, so a run
/// started with 8 threads can be resumed with 2.
public struct RunManifest: Sendable, Hashable, Codable {
    public var toolVersion: String
    public var inputs: [InputFingerprint]
    /// Result-affecting options, by name (`discount-rate` → `0.04`).
    public var options: [String: String]

    public init(toolVersion: String, inputs: [InputFingerprint], options: [String: String] = [:]) {
        self.toolVersion = toolVersion
        self.inputs = inputs
        self.options = options
    }

    /// Human-readable differences from a stored manifest (empty when equal).
    func differences(fromStored stored: RunManifest) -> [String] {
        var out: [String] = []
        if stored.toolVersion != toolVersion {
            out.append("the tool version is \(toolVersion), the run was started with \(stored.toolVersion)")
        }
        let old = Dictionary(stored.inputs.map { ($0.name, $0.hash) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(inputs.map { ($0.name, $0.hash) }, uniquingKeysWith: { a, _ in a })
        for name in Set(old.keys).union(new.keys).sorted() {
            switch (old[name], new[name]) {
            case (let was?, let now?) where was != now:
                out.append("input \"\(name)\" changed (content hash \(now), the run was started with \(was))")
            case (nil, _?):
                out.append("input \"\(name)\" was not part of the run")
            case (_?, nil):
                out.append("input \"\(name)\" of the run is missing")
            default:
                break
            }
        }
        for key in Set(stored.options.keys).union(options.keys).sorted() where stored.options[key] != options[key] {
            out.append(
                "option \(key) is \(options[key].map { "\"\($0)\"" } ?? "unset"), "
                    + "the run was started with \(stored.options[key].map { "\"\($0)\"" } ?? "it unset")")
        }
        return out
    }
}
