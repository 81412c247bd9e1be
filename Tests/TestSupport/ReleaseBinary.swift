import Foundation

/// The release build of `renovate`, for the tests that run the whole sample (the debug binary is about nine
/// times slower: 17 vs ~155 pairs per second and core). `scripts/test.sh` builds it and sets
/// `RENOVATE_RELEASE_BIN`; tests that need it report themselves skipped when it is not set.
public enum ReleaseBinary {
    public static var url: URL? {
        guard let path = ProcessInfo.processInfo.environment["RENOVATE_RELEASE_BIN"],
              FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return URL(fileURLWithPath: path)
    }
}
