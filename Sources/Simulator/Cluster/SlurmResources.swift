/// What each task of the job asks Slurm for: a partition (the cluster's default when nil), a time limit (the
/// partition's default when nil) and cores. A shard's `simulate` runs with as many threads as its task has cores.
public struct SlurmResources: Sendable, Hashable {
    public let partition: String?
    public let timeLimit: SlurmTimeLimit?
    public let cpusPerTask: Int

    /// - Throws: `ClusterError.invalidCPUsPerTask` below 1, `.invalidPartition` for a name Slurm would not read
    ///   as one (letters, digits, `_ . -`; several separated by commas).
    public init(partition: String? = nil, timeLimit: SlurmTimeLimit? = nil, cpusPerTask: Int = 1) throws(ClusterError) {
        guard cpusPerTask >= 1 else { throw .invalidCPUsPerTask(cpusPerTask) }
        if let partition {
            let names = partition.split(separator: ",", omittingEmptySubsequences: false)
            let valid = names.allSatisfy { name in
                !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
            }
            guard valid else { throw .invalidPartition(partition) }
        }
        self.partition = partition
        self.timeLimit = timeLimit
        self.cpusPerTask = cpusPerTask
    }
}
