import ArgumentParser
import Dataset
import Foundation

/// `chc export DIR`: every table and view as CSV, plus datasette metadata.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every table and view as RFC 4180 CSV (UTF-8, header row) plus datasette-metadata.json.",
        discussion: """
            File names come from the data dictionary; tables it does not describe are skipped (and named). Each file is \
            written under a temporary name and renamed into place.
            Example: chc export out/ && datasette dataset.sqlite -m out/datasette-metadata.json
            """)

    @Option(help: "The dataset to read.")
    var dataset: String = "dataset.sqlite"

    @Argument(help: "Folder to write into (created if missing).")
    var directory: String

    @Flag(help: "Prefix text starting with = + - @ with ' so a spreadsheet shows it instead of running it as a formula (default: exact values).")
    var spreadsheetSafe = false

    func run() throws {
        let result = try checked { () throws(DatasetError) in
            try DatasetExporter.export(try DatasetFile(path: dataset), to: directory, spreadsheetSafe: spreadsheetSafe)
        }
        for name in result.skipped { Stderr.print("skipped '\(name)': not a table of the chc dataset (not exported)") }
        try Printer.write(result.files.map { $0 + "\n" }.joined())
    }
}
