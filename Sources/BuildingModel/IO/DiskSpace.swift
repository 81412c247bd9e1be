import Foundation
import GRDB

/// A full disk (or an exhausted quota) behind a write error, and how much room is left, so that a writer can
/// say what to free instead of passing on "database or disk is full".
public enum DiskSpace {
    /// Whether `error` says the file system had no room: SQLite's SQLITE_FULL, or ENOSPC / EDQUOT from the system.
    public static func isFull(_ error: any Error) -> Bool {
        if let e = error as? DatabaseError { return e.resultCode == .SQLITE_FULL }
        if let e = error as? POSIXError { return e.code == .ENOSPC || e.code == .EDQUOT }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return ns.code == Int(ENOSPC) || ns.code == Int(EDQUOT) }
        return ns.domain == NSCocoaErrorDomain && ns.code == NSFileWriteOutOfSpaceError
    }

    /// Bytes an unprivileged process may still write on the file system holding `path` (the nearest existing
    /// directory when `path` does not exist); nil when it cannot be asked.
    public static func freeBytes(near path: String) -> Int64? {
        var url = URL(fileURLWithPath: path)
        while !FileManager.default.fileExists(atPath: url.path), url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
        }
        var s = statvfs()
        guard statvfs(url.path, &s) == 0 else { return nil }
        return Int64(s.f_bavail) * Int64(s.f_frsize)
    }

    /// The size of a file in bytes (0 when it does not exist).
    public static func size(of path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }

    /// "12.3 MB".
    public static func megabytes(_ bytes: Int64) -> String {
        String(format: "%.1f MB", Double(bytes) / 1e6)
    }
}
