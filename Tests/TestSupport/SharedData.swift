import Foundation

/// Locates `../shared` beside the repository (reference data for tests; absent in a user's fresh clone).
///
/// Tests that need it use `.enabled(if: SharedData.isAvailable, "../shared is absent")` so that they report
/// themselves skipped rather than passing silently.
public enum SharedData {
    /// The repository root, from this file's path (Tests/TestSupport/SharedData.swift).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, or `RENOVATE_SHARED` when set.
    public static let root: URL = {
        if let env = ProcessInfo.processInfo.environment["RENOVATE_SHARED"] { return URL(fileURLWithPath: env) }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    public static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("data").path)
    }

    /// A file under `shared/`, e.g. `SharedData.url("data/weather/725650TYCST.epw")`.
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// Whether a file under `shared/` exists.
    public static func has(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: url(relativePath).path)
    }
}
