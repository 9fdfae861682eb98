import ArgumentParser
import Dataset
import Foundation

/// `chc export DIR`: every table and view as CSV, plus datasette metadata.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every table and view as RFC 4180 CSV (UTF-8, header row) plus datasette-metadata.json.",
        discussion: "Example: chc export out/ && datasette dataset.sqlite -m out/datasette-metadata.json")

    @Option(help: "The dataset to read.")
    var dataset: String = "dataset.sqlite"

    @Argument(help: "Folder to write into (created if missing).")
    var directory: String

    func run() throws {
        let files: [String]
        do { files = try DatasetExporter.exportTables(dataset: dataset, to: directory) } catch { throw CLIError(error.description) }
        for f in files { print(f) }
    }
}
