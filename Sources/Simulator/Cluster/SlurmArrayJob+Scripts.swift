extension SlurmArrayJob {
    /// The array job's script: task `$SLURM_ARRAY_TASK_ID` = k runs shard k/N into `shards/shard-k-of-N.gpkg`,
    /// resuming (and retrying failed pairs) when that shard's output or interrupted run is already there, so a
    /// re-submitted task never redoes finished pairs. Its exit status is `simulate`'s (3: written, some pairs
    /// failed or buildings were rejected).
    public var simulateScript: String {
        let n = layout.shardCount
        let shardPrefix = layout.shardDirectory.path + "/shard-"
        let command = ShellQuoting.join([renovate, "simulate"] + simulate.arguments + ["--threads", String(resources.cpusPerTask)])
        return header(
            jobName: "renovate-shards", extra: ["--array=1-\(n)"], cpus: resources.cpusPerTask,
            log: layout.logDirectory.path + "/shard-%a-of-\(n).job-%A.log")
            + """
            #
            # Written by renovate slurm (renovate \(toolVersion)). Task k of the array runs shard k/\(n) of the batch
            # into \(shardPrefix)k-of-\(n).gpkg. A task that finds its shard's output, or an interrupted run of it,
            # resumes it and retries its failed pairs, so re-submitting tasks never redoes finished pairs:
            #   sbatch --array=2,4 \(layout.simulateScript.path)
            # Exit status: renovate simulate's (0 done; 3 done, some pairs failed or buildings were rejected; 1 error).
            set -euo pipefail
            k="${SLURM_ARRAY_TASK_ID:?submit this script with sbatch, or set SLURM_ARRAY_TASK_ID to a shard number}"
            out=\(ShellQuoting.quote(shardPrefix))"$k"-of-\(n).gpkg
            if [ -e "$out" ] || [ -e "$out.run.sqlite" ]; then set -- --resume --retry-failures; else set --; fi
            exec \(command) --shard "$k/\(n)" --out "$out" "$@"

            """
    }

    /// The merge job's script: `renovate merge DIR --out DIR/results.gpkg --overwrite`. Its log lists missing,
    /// unfinished and failed shards with the command that re-submits only those.
    public var mergeScript: String {
        let command = ShellQuoting.join([renovate, "merge", layout.directory.path, "--out", layout.results.path, "--overwrite"])
        return header(jobName: "renovate-merge", extra: [], cpus: 1, log: layout.logDirectory.path + "/merge.job-%j.log")
            + """
            #
            # Written by renovate slurm (renovate \(toolVersion)). Merges the \(layout.shardCount) shards into
            # \(layout.results.path). Submitted to start when every task of the array has ended, done or not
            # (--dependency=afterany): when shards are missing, unfinished or hold failed pairs, this log lists
            # them with the command that re-submits only those, and the job fails (exit status 1, or 3 when the
            # merge is written but some pairs failed).
            set -euo pipefail
            exec \(command)

            """
    }

    /// `#!/bin/bash` and the `#SBATCH` lines.
    private func header(jobName: String, extra: [String], cpus: Int, log: String) -> String {
        var options = ["--job-name=\(jobName)"] + extra + ["--cpus-per-task=\(cpus)"]
        if let partition = resources.partition { options.append("--partition=\(partition)") }
        if let time = resources.timeLimit { options.append("--time=\(time)") }
        options += ["--output=\(log)", "--chdir=\(layout.directory.path)"]
        return "#!/bin/bash\n" + options.map { "#SBATCH \($0)\n" }.joined()
    }
}
