import ArgumentParser
import Assessment
import Dataset
import Report

/// Options shared by the commands that read a dataset.
struct DatasetOptions: ParsableArguments {
    @Option(help: "The dataset to read.")
    var dataset: String = "dataset.sqlite"

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    @Flag(help: "In CSV, prefix text starting with = + - @ with ' so a spreadsheet shows it instead of running it as a formula (default: exact values, as R and pandas need).")
    var spreadsheetSafe = false

    /// The dataset, opened read-only and checked to be a chc dataset; `memoryMapped: false` for a command that
    /// looks up scattered rows rather than scanning tables (`DatasetFile(path:memoryMapped:)`).
    func open(memoryMapped: Bool = true) throws -> DatasetFile {
        try checked { () throws(DatasetError) in try DatasetFile(path: dataset, memoryMapped: memoryMapped) }
    }

    /// Prints `table` in the chosen format.
    func emit(_ table: TextTable, maxColumnWidth: Int = 48) throws {
        try Printer.emit(table, format: format, spreadsheetSafe: spreadsheetSafe, maxColumnWidth: maxColumnWidth)
    }
}

/// The `--code-version 2022|2024` option (alias `--code`); `--version` is only the tool's version.
struct CodeVersionOption: ParsableArguments {
    @Option(name: [.customLong("code-version"), .customLong("code")],
            help: "Only this Code version (default: each version separately).")
    var version: CodeVersion?
}

extension CodeVersion: ExpressibleByArgument {}
