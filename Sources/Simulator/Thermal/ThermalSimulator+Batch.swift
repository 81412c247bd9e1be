import Dispatch
import Foundation

extension ThermalSimulator {
    /// Simulates many buildings in parallel: buildings in parallel, hours in sequence.
    ///
    /// Work is split into contiguous chunks (≈ 8 per thread) run with `DispatchQueue.concurrentPerform`; each chunk
    /// owns one reusable workspace. This is the **one audited place** where threads write results: each index
    /// `i` is written exactly once, by the chunk that owns it, into a pre-sized buffer.
    /// - Parameter threads: worker count (nil = all active processors; 1 = sequential on the caller's thread).
    /// - Returns: one result (or the typed error of that building) per input, in input order.
    /// - Complexity: O(Σ zones · 8760) work, divided among the threads.
    public func runBatch(_ buildings: [BuildingThermalSpec], threads: Int? = nil) -> [Result<ThermalResult, SimulatorError>] {
        let count = buildings.count
        guard count > 0 else { return [] }
        let workers = max(1, threads ?? ProcessInfoCompat.activeProcessorCount)
        let chunks = workers == 1 ? 1 : min(count, workers * 8)
        let perChunk = (count + chunks - 1) / chunks
        return [Result<ThermalResult, SimulatorError>](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let out = buffer
            let body: @Sendable (Int) -> Void = { c in
                var ws = Workspace()
                let lo = c * perChunk, hi = min(count, lo + perChunk)
                guard lo < hi else { return }
                for i in lo..<hi { out.initializeElement(at: i, to: self.runOne(buildings[i], &ws)) }
            }
            if chunks == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: chunks, execute: body) }
            initialized = count
        }
    }

    func runOne(_ b: BuildingThermalSpec, _ ws: inout Workspace) -> Result<ThermalResult, SimulatorError> {
        do { return .success(try run(b, workspace: &ws)) } catch let e as SimulatorError { return .failure(e) } catch {
            return .failure(.notYetImplemented("unexpected error \(error)"))
        }
    }
}

enum ProcessInfoCompat {
    static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
