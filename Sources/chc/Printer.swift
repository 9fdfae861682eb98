import ArgumentParser
import Dataset
import Report

/// Prints a table in the chosen format to standard output.
enum Printer {
    static func emit(_ table: TextTable, format: OutputFormat, maxColumnWidth: Int = 48) {
        switch format {
        case .table: print(table.terminal(maxColumnWidth: maxColumnWidth), terminator: "")
        case .json: print(table.json(), terminator: "")
        case .csv:
            let body = table.rows.map { $0.map(\.csv) }
            print(CSVWriter.string(rows: [table.columns] + body), terminator: "")
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
