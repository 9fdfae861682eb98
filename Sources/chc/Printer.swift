import ArgumentParser
import Dataset
import Report

/// Prints a table in the chosen format to standard output.
enum Printer {
    static func emit(_ table: TextTable, format: OutputFormat) {
        switch format {
        case .table: print(table.terminal(), terminator: "")
        case .json: print(table.json(), terminator: "")
        case .csv: print(CSVWriter.string(rows: table.stringRows.map { $0.map { Optional($0) } }), terminator: "")
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
