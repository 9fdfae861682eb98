import ArgumentParser
import Assessment
import Comparison
import Dataset
import GRDB
import Report

/// Options shared by the commands that read a dataset.
struct DatasetOptions: ParsableArguments {
    @Option(help: "The dataset to read.")
    var dataset: String = "dataset.sqlite"

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    /// Every response of the dataset as comparison input (the same loader the build uses for its tables).
    func answers() throws -> [AnswerRow] {
        do { return try DatasetAnswers.load(path: dataset) } catch { throw CLIError(error.description) }
    }

    /// Reads the figures `chc build` stored (see `DatasetFigures`).
    func figures<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try DatasetFigures.read(path: dataset, body) } catch { throw CLIError(error.description) }
    }

    func query(_ sql: String) throws -> QueryResult {
        do { return try DatasetReader.query(path: dataset, sql: sql) } catch { throw CLIError(error.description) }
    }
}

/// A `--version 2022|2024` option.
struct VersionOption: ParsableArguments {
    @Option(name: .customLong("version"), help: "Only this Code version: 2022 or 2024 (default: each version separately).")
    var raw: String?

    var version: CodeVersion? { raw.flatMap(CodeVersion.init(rawValue:)) }

    func validate() throws {
        if let raw, CodeVersion(rawValue: raw) == nil {
            throw ValidationError("--version must be 2022 or 2024, not '\(raw)'")
        }
    }
}

extension QueryResult {
    /// The result as a renderable table (integers and reals keep their type for JSON).
    var table: TextTable {
        TextTable(columns: columns, rows: rows.map { row in
            row.map { v -> Cell in
                switch v {
                case .null: return .null
                case .integer(let i): return .int(Int(i))
                case .real(let d): return .number(d, decimals: 6)
                case .text(let s): return .text(s)
                case .blob: return .text(v.text ?? "")
                }
            }
        })
    }
}
