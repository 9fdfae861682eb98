import ArgumentParser
import Dataset
import Report

/// `chc query SQL`: read-only SQL on the dataset, streamed, within a time limit.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one read-only SQL statement on the dataset (writes are refused; the dataset is never modified).",
        discussion: """
            Rows are streamed as they are read (CSV and JSON); a terminal table shows at most \(Self.tableRows) rows unless \
            --max-rows says otherwise. The statement is stopped after --timeout seconds.
            Example: chc query "SELECT provision, COUNT(*) FROM responses WHERE status = 'no' GROUP BY 1"
            """)

    /// Rows a terminal table shows by default (the table needs every row before it can print one).
    static let tableRows = 10_000

    @OptionGroup var options: DatasetOptions

    @Argument(help: "One SQL statement (tables and columns: docs/dataset.md or `SELECT * FROM columns`).")
    var sql: String

    @Option(help: "Stop the statement after this many seconds.")
    var timeout: Double = QueryLimits.defaultTimeout

    @Option(help: "Print at most this many rows (default: all in CSV and JSON, \(Query.tableRows) in a table).")
    var maxRows: Int?

    func validate() throws {
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds, not \(timeout)") }
        if let maxRows, maxRows < 0 { throw ValidationError("--max-rows must be 0 or more, not \(maxRows)") }
    }

    func run() throws {
        let dataset = try options.open()
        var limits = QueryLimits(maxRows: maxRows, timeout: timeout)
        let outcome: (rows: Int, truncated: Bool)
        switch options.format {
        case .table:
            limits.maxRows = maxRows ?? Self.tableRows
            var table = TextTable(columns: [], rows: [])
            outcome = try checked { () throws(DatasetError) in
                try DatasetReader.stream(dataset, sql: sql, limits: limits, columns: { table.columns = $0 },
                                         row: { table.rows.append($0.map(\.cell)) })
            }
            try options.emit(table)
        case .csv:
            var writer = CSVWriter(output: CheckedOutput.standardOutput, spreadsheetSafe: options.spreadsheetSafe)
            outcome = try checked { () throws(DatasetError) in
                try DatasetReader.stream(dataset, sql: sql, limits: limits, columns: { writer.write(row: $0) },
                                         row: { writer.write(row: $0.map { $0.cell.csv }) })
            }
            try checked { () throws(DatasetError) in try writer.close() }
        case .json:
            var writer = JSONArrayWriter(columns: [])
            let out = CheckedOutput.standardOutput
            outcome = try checked { () throws(DatasetError) in
                try DatasetReader.stream(dataset, sql: sql, limits: limits, columns: { writer = JSONArrayWriter(columns: $0) },
                                         row: { try out.write(writer.row($0.map(\.cell))) })
            }
            try Printer.write(writer.end())
        }
        if outcome.truncated {
            Stderr.print("stopped after \(outcome.rows) rows (--max-rows \(limits.maxRows ?? 0)); more rows match")
        }
    }
}

extension QueryValue {
    /// The value as a renderable cell (integers and reals keep their type for JSON).
    var cell: Cell {
        switch self {
        case .null: return .null
        case .integer(let i): return .int(Int(i))
        case .real(let d): return .number(d, decimals: 6)
        case .text(let s): return .text(s)
        case .blob: return .text(text ?? "")
        }
    }
}
