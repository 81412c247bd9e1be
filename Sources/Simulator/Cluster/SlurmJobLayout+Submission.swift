extension SlurmJobLayout {
    /// The shell command that submits the array (all shards, or only `shards`) and then the merge job, to run
    /// once every submitted task has ended: what `renovate slurm --submit` does, and what `renovate merge`
    /// prints to re-submit the shards that are missing, unfinished or failed.
    public func submitCommand(shards: [Int]? = nil) -> String {
        var array = ["sbatch", "--parsable"]
        if let shards { array.append("--array=" + Self.arraySpec(shards)) }
        array.append(simulateScript.path)
        return "jid=$(\(ShellQuoting.join(array))) && sbatch --dependency=afterany:\"${jid%%;*}\" "
            + ShellQuoting.quote(mergeScript.path)
    }

    /// Slurm's `--array` list for shard numbers: sorted, runs of consecutive numbers as ranges (`1-3,7,9-10`).
    public static func arraySpec(_ shards: [Int]) -> String {
        var parts: [String] = []
        var run: (first: Int, last: Int)?
        for k in Set(shards).sorted() {
            if let r = run, k == r.last + 1 {
                run = (r.first, k)
                continue
            }
            if let r = run { parts.append(r.first == r.last ? "\(r.first)" : "\(r.first)-\(r.last)") }
            run = (k, k)
        }
        if let r = run { parts.append(r.first == r.last ? "\(r.first)" : "\(r.first)-\(r.last)") }
        return parts.joined(separator: ",")
    }
}
