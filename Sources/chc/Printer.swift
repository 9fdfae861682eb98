import ArgumentParser
import Dataset
import Foundation
import Report

/// Prints a table in the chosen format to standard output, every write checked (a full disk or closed output is
/// an error, exit 1); terminal tables show control characters escaped.
enum Printer {
    static func emit(_ table: TextTable, format: OutputFormat, spreadsheetSafe: Bool = false, maxColumnWidth: Int = 48) throws {
        try checked { () throws(DatasetError) in
            let out = CheckedOutput.standardOutput
            switch format {
            case .table: try out.write(table.terminalBytes(maxColumnWidth: maxColumnWidth))
            case .json: try out.write(table.json())
            case .csv:
                var writer = CSVWriter(output: out, spreadsheetSafe: spreadsheetSafe)
                writer.write(row: table.columns)
                for row in table.rows { writer.write(row: row.map(\.csv)) }
                try writer.close()
            }
            try out.flush()
        }
    }

    /// Writes text to standard output and flushes it.
    static func write(_ text: String) throws {
        try checked { () throws(DatasetError) in
            try CheckedOutput.standardOutput.write(text)
            try CheckedOutput.standardOutput.flush()
        }
    }
}

/// Runs a library call, turning its `DatasetError` into what the command line prints: `Error: <message>` and exit 1,
/// or, for a refused `--out`, the message and exit 64 (a usage error).
func checked<T>(_ body: () throws(DatasetError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        if error.kind == .refusedOutput {
            Stderr.print("Error: \(error.description)")
            throw ExitCode.validationFailure
        }
        throw CLIError(error.description)
    }
}

/// Writes lines to standard error, control characters shown escaped (`TerminalText`).
enum Stderr {
    static func print(_ line: String) {
        let bytes = Array((TerminalText.inert(line) + "\n").utf8)
        bytes.withUnsafeBytes { raw in _ = writeAll(2, raw) }
    }

    /// Writes `raw` to `descriptor`, retrying short writes; false on failure.
    static func writeAll(_ descriptor: Int32, _ raw: UnsafeRawBufferPointer) -> Bool {
        guard var base = raw.baseAddress else { return true }
        var left = raw.count
        while left > 0 {
            let n = write(descriptor, base, left)
            if n < 0 { if errno == EINTR { continue }; return false }
            base += n
            left -= n
        }
        return true
    }
}

/// An error the CLI prints as `Error: <message>` and exits 1; the message is made inert for the terminal.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = TerminalText.inert(description) }
}

extension OutputFormat: ExpressibleByArgument {}
