import BuildingModel
import Foundation

extension FNV1a64 {
    /// The hash of a file's bytes, read in 1 MiB blocks so large inputs are not loaded at once.
    /// - Complexity: O(file size).
    public static func hash(contentsOf url: URL) throws(BatchError) -> UInt64 {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadableInput(path: url.path, reason: String(describing: error))
        }
        defer { try? handle.close() }
        var h = FNV1a64()
        while true {
            let block: Data?
            do {
                block = try handle.read(upToCount: 1 << 20)
            } catch {
                throw .unreadableInput(path: url.path, reason: String(describing: error))
            }
            guard let block, !block.isEmpty else { break }
            h.combine(block)
        }
        return h.value
    }
}
