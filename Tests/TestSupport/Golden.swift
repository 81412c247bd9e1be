import Foundation

/// Golden-file comparison: `RENOVATE_RECORD=1` (re-)records the files; review the diff before committing.
public enum Golden {
    /// `Tests/Golden/` (outside every test target, so SwiftPM has no unhandled files to warn about).
    public static let directory = SharedData.repositoryRoot.appendingPathComponent("Tests/Golden")

    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RENOVATE_RECORD"] == "1" }

    /// Compares `actual` with the golden file; returns a message naming the first differing line, or nil when
    /// they match. A missing file is recorded and reported, so a new golden never passes unseen.
    public static func mismatch(_ actual: String, golden url: URL) throws -> String? {
        let name = url.lastPathComponent
        if isRecording || !FileManager.default.fileExists(atPath: url.path) {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return isRecording ? nil : "golden file \(name) was missing; recorded it — review and re-run"
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return nil }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        return """
            \(name) differs at line \(line + 1) (re-record with RENOVATE_RECORD=1 if intended):
            expected: \(line < e.count ? String(e[line]) : "<end>")
            actual:   \(line < a.count ? String(a[line]) : "<end>")
            """
    }
}
