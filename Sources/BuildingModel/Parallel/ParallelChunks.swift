import Dispatch

/// The one audited place where parallel workers write results: each chunk of indices fills its own disjoint
/// slots of one preallocated array (recipes.md, "Dispatch on 2 cores").
///
/// Work is split into contiguous chunks; each chunk runs `body` once, so a chunk can own non-Sendable state
/// (a GEOS context) created inside the closure. Results never depend on the chunking, only on the index.
public enum ParallelChunks {
    /// Chunks per requested thread, so a slow chunk does not leave a core idle at the end.
    static let chunksPerThread = 8

    /// The chunk ranges used for `count` items on `threads` threads (1 thread → one chunk).
    public static func ranges(count: Int, threads: Int) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let chunks = threads <= 1 ? 1 : min(count, threads * chunksPerThread)
        return (0..<chunks).map { c in (c * count / chunks)..<((c + 1) * count / chunks) }
    }

    /// Computes `count` results: `body(range)` returns the results of the indices in `range`, in order.
    /// With `threads <= 1` everything runs on the calling thread; otherwise the chunks run under
    /// `DispatchQueue.concurrentPerform`, which uses at most as many threads as there are cores.
    /// - Complexity: O(count) plus the work of `body`.
    public static func map<T: Sendable>(
        count: Int, threads: Int, _ body: @Sendable (Range<Int>) -> [T]
    ) -> [T] {
        let ranges = ranges(count: count, threads: threads)
        if ranges.count <= 1 {
            let out = ranges.first.map(body) ?? []
            precondition(out.count == count, "ParallelChunks: a chunk returned the wrong number of results")
            return out
        }
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            // Safe: chunk c writes only the slots of ranges[c]; the ranges are disjoint and cover 0..<count,
            // and concurrentPerform returns only after every chunk has finished.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: ranges.count) { c in
                let range = ranges[c]
                let results = body(range)
                precondition(results.count == range.count, "ParallelChunks: a chunk returned the wrong count")
                for (offset, value) in results.enumerated() {
                    slots.initializeElement(at: range.lowerBound + offset, to: value)
                }
            }
            initializedCount = count
        }
    }
}
