import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a results output held for a whole run (`simulate`, `merge`): a second writer of the same
/// output is refused at once, with the first one's process id, instead of failing late on the store or replacing
/// the other run's file. The lock is `flock(2)` on a hidden file beside the output (`.NAME.lock`, holding the
/// owner's pid); the kernel releases it when the process ends, however it ends, so a killed run leaves no stale
/// lock. The lock file itself is left in place (removing it would let two processes lock two different files).
///
/// Holding the lock, `removeStaleTemporaryFiles()` deletes what a killed run left beside the output (the
/// GeoPackage writer's `.NAME.*.tmp` files): no other process can be writing them.
public final class OutputLock {
    public let output: String
    public let lockPath: String
    private let fd: Int32

    /// - Throws: `BatchError.outputLocked` when another process holds the lock; `.outputUnwritable` when the lock
    ///   file cannot be created.
    public init(output: String) throws(BatchError) {
        let url = URL(fileURLWithPath: output)
        let dir = url.deletingLastPathComponent()
        self.output = output
        lockPath = dir.appendingPathComponent(".\(url.lastPathComponent).lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .outputUnwritable(path: output, reason: "cannot create \(lockPath): \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let owner = Self.owner(fd: fd)
            close(fd)
            throw .outputLocked(path: output, owner: owner)
        }
        self.fd = fd
        let pid = "pid \(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// The owner recorded in a lock file ("pid 1234"), or "another process" when it cannot be read.
    static func owner(fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = pread(fd, &buffer, buffer.count, 0)
        guard n > 0, let text = String(bytes: buffer[0..<n], encoding: .utf8) else { return "another process" }
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? "another process" : t
    }

    /// Deletes the temporary files a killed run of this output left beside it; returns their names.
    @discardableResult
    public func removeStaleTemporaryFiles() -> [String] {
        let url = URL(fileURLWithPath: output)
        let dir = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let stale = names.filter { $0.hasPrefix(prefix) && $0.contains(".tmp") }.sorted()
        for name in stale { try? FileManager.default.removeItem(at: dir.appendingPathComponent(name)) }
        return stale
    }
}
