import ArgumentParser
import Foundation

/// The `chc` command line: normalise published self-assessments, build the dataset, compare landlords.
@main
struct CHC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chc",
        abstract: "Benchmark social-housing landlords' self-assessments against the Housing Ombudsman's Complaint Handling Code.",
        version: ToolInfo.version,
        subcommands: [Build.self, Parse.self, RatesCommand.self, Gaps.self, BenchmarkCommand.self, LandlordsCommand.self, SignalsCommand.self, ActionsCommand.self, Search.self, Query.self, Export.self, Trends.self, ReportCommand.self])

    /// Checks the words ArgumentParser would misread - a mistyped subcommand, `--version` given a Code version -
    /// then parses and runs the command.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = UsageCheck.problem(arguments, commands: configuration.subcommands.map { $0._commandName }) {
            Stderr.print("Error: \(problem)")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(arguments)
    }
}

/// Facts about this build of the tool.
enum ToolInfo {
    static let version = "0.1.0"
}
