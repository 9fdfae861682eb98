import ArgumentParser

/// The `chc` command line: normalise published self-assessments, build the dataset, compare landlords.
@main
struct CHC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chc",
        abstract: "Benchmark social-housing landlords' self-assessments against the Housing Ombudsman's Complaint Handling Code.",
        version: ToolInfo.version,
        subcommands: [Build.self, Parse.self, RatesCommand.self, Gaps.self, BenchmarkCommand.self, LandlordsCommand.self, SignalsCommand.self, ActionsCommand.self, Search.self, Query.self, Export.self, Trends.self, ReportCommand.self])
}

/// Facts about this build of the tool.
enum ToolInfo {
    static let version = "0.1.0"
}
