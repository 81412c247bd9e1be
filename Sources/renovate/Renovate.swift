import ArgumentParser

@main
struct Renovate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renovate",
        abstract: "Model the housing stock of historic town centres and rank retrofit scenarios under heritage constraints.",
        version: RenovateVersion.string,
        subcommands: [Facades.self, Check.self, CoVisibilityCommand.self, DPE.self, Calibrate.self, Simulate.self, Rank.self, Report.self, Merge.self, Slurm.self, Export.self, Sample.self, Validate.self])
}
