import ArgumentParser
import Dataset
import Report

/// `chc query SQL`: read-only SQL on the dataset.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one read-only SQL statement on the dataset (writes are refused; the dataset is never modified).",
        discussion: "Example: chc query \"SELECT provision, COUNT(*) FROM responses WHERE status = 'no' GROUP BY 1\"")

    @OptionGroup var options: DatasetOptions

    @Argument(help: "One SQL statement (tables and columns: docs/dataset.md or `SELECT * FROM columns`).")
    var sql: String

    func run() throws {
        Printer.emit(try options.query(sql).table, format: options.format)
    }
}
