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

    /// The dataset, opened read-only and checked to be a chc dataset.
    func open() throws -> DatasetFile {
        try checked { () throws(DatasetError) in try DatasetFile(path: dataset) }
    }

    /// Prints `table` in the chosen format.
    func emit(_ table: TextTable, maxColumnWidth: Int = 48) throws {
        try Printer.emit(table, format: format, spreadsheetSafe: spreadsheetSafe, maxColumnWidth: maxColumnWidth)
    }
}

/// A `--version 2022|2024` option.
struct CodeVersionOption: ParsableArguments {
    @Option(name: .customLong("version"), help: "Only this Code version: 2022 or 2024 (default: each version separately).")
    var version: CodeVersion?
}

extension CodeVersion: ExpressibleByArgument {}
