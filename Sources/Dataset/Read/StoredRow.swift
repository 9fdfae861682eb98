import Assessment
import Foundation
import GRDB

/// One row of a stored table, read column by column with every value checked: a dataset file is input, so a
/// missing column, a NULL where a value is required, text where a number belongs, or a count out of range is a
/// `DatasetError` naming the table and column, what was found and what was expected - never a trap.
///
/// ```swift
/// let r = StoredRow(row, table: "provision_rates")
/// let yes = try r.int("yes")            // 0...2147483647
/// let version = try r.codeVersion()     // 2022 or 2024
/// // provision_rates.yes is 'many', expected a whole number from 0 to 2147483647 - the dataset is damaged ...
/// ```
struct StoredRow {
    /// The largest count or position a dataset may hold: sums of counts stay far from `Int.max`.
    static let maxCount = Int(Int32.max)
    /// Counts: non-negative and bounded.
    static let counts = 0...maxCount

    let row: Row
    /// The table the values come from, for messages (`provision_rates`).
    let table: String
    /// What the SELECT put before this table's column names (`l_` for `l.name AS l_name`), "" for none.
    let prefix: String

    /// Where each column of the statement is, shared by the rows of one cursor; nil: look the name up in the row.
    let columns: ColumnIndex?
    /// The statement `row` is the current row of, when it is read through a cursor: its values are then read as
    /// GRDB reads a statement row's (`DatabaseValue(sqliteStatement:index:)`), without boxing them.
    let statement: SQLiteStatement?

    /// The values of `table`'s columns in `row`, selected as `<prefix><column>`; `statement` is the statement whose
    /// current row `row` is, if it is one.
    init(_ row: Row, table: String, prefix: String = "", columns: ColumnIndex? = nil, statement: SQLiteStatement? = nil) {
        self.row = row
        self.table = table
        self.prefix = prefix
        self.columns = columns
        self.statement = statement
    }

    /// The same row, reading another table's columns of a join.
    func on(_ table: String, prefix: String) -> StoredRow {
        StoredRow(row, table: table, prefix: prefix, columns: columns, statement: statement)
    }

    /// The value of `column`, nil for SQL NULL; a column the row lacks is an error.
    func raw(_ column: String) throws(DatasetError) -> (any DatabaseValueConvertible)? {
        try value(column).storage.value
    }

    /// The value of `column` as SQLite holds it (NULL, an integer, a REAL, text or a blob); a column the row lacks
    /// is an error. Read without boxing it, which the typed reads below rely on: a sector's reads decode millions
    /// of values.
    func value(_ column: String) throws(DatasetError) -> DatabaseValue {
        let name = prefix.isEmpty ? column : prefix + column
        if let columns, let index = columns.index(of: name), index < row.count {
            if let statement { return DatabaseValue(sqliteStatement: statement, index: CInt(index)) }
            return (row[index] as (any DatabaseValueConvertible)?)?.databaseValue ?? .null
        }
        guard row.hasColumn(name) else { throw DatasetError.damaged("table \(table) has no column \(column)") }
        return (row[name] as (any DatabaseValueConvertible)?)?.databaseValue ?? .null
    }

    /// A whole number in `range`; an integral REAL is accepted, anything else is an error.
    func int(_ column: String, in range: ClosedRange<Int> = counts) throws(DatasetError) -> Int {
        guard let value = try optionalInt(column, in: range) else {
            throw invalid(column, found: nil, expected: Self.wholeNumber(range))
        }
        return value
    }

    /// A whole number in `range`, or nil for NULL.
    func optionalInt(_ column: String, in range: ClosedRange<Int> = counts) throws(DatasetError) -> Int? {
        let value = try value(column)
        switch value.storage {
        case .null: return nil
        case .int64(let n) where n >= Int64(range.lowerBound) && n <= Int64(range.upperBound): return Int(n)
        case .double(let d) where d.rounded() == d && d >= Double(range.lowerBound) && d <= Double(range.upperBound):
            return Int(d)
        default: throw invalid(column, found: value.storage.value, expected: Self.wholeNumber(range))
        }
    }

    /// A number in `range`, or nil for NULL.
    func optionalDouble(_ column: String, in range: ClosedRange<Double>) throws(DatasetError) -> Double? {
        let value = try value(column)
        switch value.storage {
        case .null: return nil
        case .int64(let n) where range.contains(Double(n)): return Double(n)
        case .double(let d) where range.contains(d): return d
        default:
            throw invalid(column, found: value.storage.value,
                          expected: "a number from \(Self.plain(range.lowerBound)) to \(Self.plain(range.upperBound)) or NULL")
        }
    }

    /// 0 or 1 as a Bool.
    func bool(_ column: String) throws(DatasetError) -> Bool {
        let value = try value(column)
        switch value.storage {
        case .int64(let n) where n == 0 || n == 1: return n == 1
        case .double(let d) where d == 0 || d == 1: return d == 1
        default: throw invalid(column, found: value.storage.value, expected: "0 or 1")
        }
    }

    /// Text (not NULL, not a number or blob).
    func text(_ column: String) throws(DatasetError) -> String {
        guard let value = try optionalText(column) else { throw invalid(column, found: nil, expected: "text") }
        return value
    }

    /// Text, or nil for NULL.
    func optionalText(_ column: String) throws(DatasetError) -> String? {
        let value = try value(column)
        switch value.storage {
        case .null: return nil
        case .string(let s): return s
        default: throw invalid(column, found: value.storage.value, expected: "text or NULL")
        }
    }

    /// Text parsed by `parse`; `expected` names the accepted values in the error.
    func parsed<T>(_ column: String, expected: @autoclosure () -> String, _ parse: (String) -> T?) throws(DatasetError) -> T {
        let value = try value(column)
        guard case .string(let text) = value.storage, let parsed = parse(text) else {
            throw invalid(column, found: value.storage.value, expected: expected())
        }
        return parsed
    }

    /// The Code version in `column` (default `code_version`).
    func codeVersion(_ column: String = "code_version") throws(DatasetError) -> CodeVersion {
        try parsed(column, expected: CodeVersion.allCases.map(\.rawValue).joined(separator: " or "), CodeVersion.init(rawValue:))
    }

    /// The provision number in `column` (default `provision`).
    func provision(_ column: String = "provision") throws(DatasetError) -> ProvisionID {
        try parsed(column, expected: "a provision number such as 6.10", ProvisionID.init)
    }

    /// The status in `column` (default `status`).
    func status(_ column: String = "status") throws(DatasetError) -> Status {
        try parsed(column, expected: Status.allCases.map(\.rawValue).joined(separator: ", "), Status.init(rawValue:))
    }

    /// The section number in `column` (default `section`): 1 to 9, the sections of both Codes.
    func section(_ column: String = "section") throws(DatasetError) -> Int {
        try int(column, in: 1...9)
    }

    /// The error for a value that breaks the schema's rule for `column`.
    func invalid(_ column: String, found value: (any DatabaseValueConvertible)?, expected: String) -> DatasetError {
        DatasetError.damaged("\(table).\(column) is \(Self.describe(value)), expected \(expected)")
    }

    /// A stored value as the error shows it: `NULL`, `-3`, `1e+308`, `'many'`, `a blob of 4 bytes`.
    static func describe(_ value: (any DatabaseValueConvertible)?) -> String {
        switch value {
        case nil: return "NULL"
        case let n as Int64: return String(n)
        case let d as Double: return String(d)
        case let s as String:
            let shown = s.count > 40 ? String(s.prefix(39)) + "…" : s
            return "'\(shown)' (text)"
        case let data as Data: return "a blob of \(data.count) bytes"
        default: return "an unreadable value"
        }
    }

    static func wholeNumber(_ range: ClosedRange<Int>) -> String { "a whole number from \(range.lowerBound) to \(range.upperBound)" }

    static func plain(_ d: Double) -> String { d.rounded() == d ? String(Int(d)) : String(d) }
}

extension DatasetError {
    /// What to do about a dataset whose tables break the schema.
    public static let rebuildHint = "the dataset is damaged or was written by another version of chc; rebuild it with 'chc build'"

    /// A dataset whose tables break the schema: `message` names the table and column.
    static func damaged(_ message: String) -> DatasetError {
        DatasetError(.damagedDataset, message: message, hint: rebuildHint)
    }
}

/// The column positions of a statement's rows by name, read once from its first row. GRDB finds a column by
/// lower-casing the name on every lookup; a sector dataset's report reads ten million values, and that lookup was
/// most of their cost. Names are matched exactly first (the reads select lower-case aliases), then without case,
/// as SQLite does; the leftmost column of a name wins, as in GRDB.
final class ColumnIndex {
    private var exact: [String: Int] = [:]
    private var folded: [String: Int] = [:]
    /// The names looked up in the current row, in order, with what was found: a record reads its columns in the
    /// same order in every row, so each lookup after the first row is one comparison of short strings.
    private var sequence: [(name: String, index: Int?)] = []
    private var next = 0
    private static let longestSequence = 256

    /// The positions of `row`'s columns.
    init(_ row: Row) {
        for (i, name) in row.columnNames.enumerated() {
            if exact[name] == nil { exact[name] = i }
            let lower = name.lowercased()
            if folded[lower] == nil { folded[lower] = i }
        }
    }

    /// Starts the lookups of another row.
    func startRow() { next = 0 }

    /// The position of the column named `name`, or nil when the statement has none.
    func index(of name: String) -> Int? {
        defer { next += 1 }
        if next < sequence.count, sequence[next].name == name { return sequence[next].index }
        let found = exact[name] ?? folded[name.lowercased()]
        if next < sequence.count {
            sequence[next] = (name, found)
        } else if next < Self.longestSequence {
            sequence.append((name, found))
        }
        return found
    }
}
