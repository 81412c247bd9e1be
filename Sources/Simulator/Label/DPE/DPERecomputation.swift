import BuildingModel
import Foundation
import ThreeCL

/// `renovate dpe`'s work: reads ADEME DPE XML files, recomputes each with the 3CL-DPE engine and sets the result
/// beside the recorded one. Files are read and computed in parallel; the order of the results is the order of the
/// files (sorted by name within a directory), whatever the thread count.
public enum DPERecomputation {
    /// An input that could not be read as a DPE (the file is not well formed, not a supported schema version…).
    public struct UnreadableFiles: Error, CustomStringConvertible, Sendable {
        public var errors: [ThreeCLError]
        public var description: String { errors.map(\.description).joined(separator: "\n") }
    }

    /// The XML files named: files as given, directories expanded to their `*.xml` files sorted by name.
    public static func files(_ paths: [String]) throws -> [URL] {
        var out: [URL] = []
        for p in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
                throw UnreadableFiles(errors: [.unreadableFile(file: p, reason: "no such file or directory")])
            }
            let url = URL(fileURLWithPath: p)
            if isDir.boolValue {
                let items = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
                out += items.filter { $0.pathExtension.lowercased() == "xml" }
                    .sorted { $0.lastPathComponent < $1.lastPathComponent }
            } else {
                out.append(url)
            }
        }
        return out
    }

    /// Reads every file, then recomputes each. Reading errors are collected and thrown together before any
    /// computation (so a caller prints nothing half-done); a file the engine cannot compute yields a comparison
    /// with its `failure` stated.
    public static func compare(_ urls: [URL], threads: Int) throws -> [DPEComparison] {
        let tables = try MethodTables.bundled()
        let enums = try ADEMEEnumerations.bundled()
        let read: [Result<ADEMEDocument, ThreeCLError>] = ParallelChunks.map(count: urls.count, threads: threads) {
            range in
            range.map { i in
                do throws(ThreeCLError) { return .success(try ADEMEDocument(contentsOf: urls[i])) } catch {
                    return .failure(error)
                }
            }
        }
        let errors = read.compactMap { r -> ThreeCLError? in if case .failure(let e) = r { return e } else { return nil } }
        guard errors.isEmpty else { throw UnreadableFiles(errors: errors) }
        let documents = read.compactMap { try? $0.get() }
        return ParallelChunks.map(count: documents.count, threads: threads) { range in
            range.map { i in comparison(documents[i], tables: tables, enums: enums) }
        }
    }

    /// One document recomputed beside its recorded outputs.
    public static func comparison(
        _ d: ADEMEDocument, tables: MethodTables, enums: ADEMEEnumerations
    ) -> DPEComparison {
        DPEComparison(recomputing: d, tables: tables, enums: enums)
    }
}
