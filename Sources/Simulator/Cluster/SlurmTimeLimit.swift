/// A Slurm time limit (`--time`), checked against the formats `sbatch` accepts: `minutes`, `minutes:seconds`,
/// `hours:minutes:seconds`, `days-hours`, `days-hours:minutes`, `days-hours:minutes:seconds`, or
/// `INFINITE` / `UNLIMITED`. Checking it here gives a clear error before anything is written or submitted,
/// and keeps `#SBATCH` lines free of stray text.
public struct SlurmTimeLimit: Sendable, Hashable, CustomStringConvertible {
    public let description: String

    public init(_ text: String) throws(ClusterError) {
        guard Self.isValid(text) else { throw .invalidTimeLimit(text) }
        description = text
    }

    private static func isValid(_ text: String) -> Bool {
        if ["INFINITE", "UNLIMITED"].contains(text.uppercased()) { return true }
        func numbers(_ part: Substring) -> Int? {
            let fields = part.split(separator: ":", omittingEmptySubsequences: false)
            let ok = fields.allSatisfy { !$0.isEmpty && $0.count <= 6 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            return ok ? fields.count : nil
        }
        let dash = text.split(separator: "-", omittingEmptySubsequences: false)
        switch dash.count {
        case 1: return numbers(dash[0]).map { (1...3).contains($0) } ?? false
        case 2: return numbers(dash[0]) == 1 && (numbers(dash[1]).map { (1...3).contains($0) } ?? false)
        default: return false
        }
    }
}
