import Foundation
import GRDB
import GRDBSQLite

/// Read-only access to a built dataset: opening it safely and running one SQL statement that cannot modify it,
/// within a time limit, streaming its rows.
///
/// The connection is opened read-only (`Configuration.readonly`) with `PRAGMA query_only = ON`, and each
/// statement is checked with `sqlite3_stmt_readonly` before it runs; ATTACH, DETACH and PRAGMA assignments
/// are refused too. No value may exceed `maxValueBytes` (SQLite's length limit), so one query cannot build a
/// huge string or blob.
///
/// ```swift
/// let result = try DatasetReader.query(path: "dataset.sqlite", sql: "SELECT id, name FROM landlords ORDER BY id")
/// ```
public enum DatasetReader {
    /// The largest string or blob a query may produce (16 MiB; a response's text is far smaller).
    public static let maxValueBytes: Int32 = 16 << 20
    /// The most of a dataset file read through a memory map (2 GiB; SQLite lowers it to its own compiled maximum).
    static let mmapBytes: Int64 = 1 << 31
    /// What to do with a file that is not a chc dataset.
    static let notChcHint = "pass a dataset written by 'chc build', or build one with 'chc build CORPUS --out PATH'"

    /// Opens the dataset at `path` read-only.
    ///
    /// - Throws: `DatasetError`:
    ///   - `no dataset at PATH - run 'chc build' first or pass --dataset`
    ///   - `PATH: not a chc dataset (the file is empty) - pass a dataset written by 'chc build', or build one with 'chc build CORPUS --out PATH'`
    ///   - `PATH: not a chc dataset (file is not a database) - ...`
    ///
    /// - Parameter memoryMapped: Read the file through a memory map (the default: fastest for reads that scan
    ///   whole tables). A read that looks up rows scattered over a large table is faster without one, and touches
    ///   only the pages it reads instead of the map's neighbouring pages too.
    public static func openReadOnly(path: String, memoryMapped: Bool = true) throws(DatasetError) -> DatabaseQueue {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw DatasetError(.noDataset, message: "no dataset at \(path)", hint: "run 'chc build' first or pass --dataset")
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == 0 {
            throw DatasetError(.notChcDataset, file: path, message: "not a chc dataset (the file is empty)", hint: notChcHint)
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA query_only = ON")
            // Pages read through a memory map instead of one pread(2) per page: a sector dataset's full scans
            // spent more time in the kernel than in SQLite. Builds replace a dataset by renaming a new file over
            // it, so a mapped file is never rewritten in place. (SQLite caps the size at its compiled maximum.)
            try db.execute(sql: "PRAGMA mmap_size = \(memoryMapped ? mmapBytes : 0)")
            // Sorts of a query (ORDER BY over every response) stay in memory instead of temporary files.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_LENGTH, maxValueBytes)
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch {
            let reason = (error as? DatabaseError)?.message ?? error.localizedDescription
            throw DatasetError(.notChcDataset, file: path, message: "not a chc dataset (\(reason))", hint: notChcHint)
        }
    }

    /// Opens the dataset at `path` read-only and runs one statement, collecting its rows. See `stream(_:sql:limits:columns:row:)`.
    ///
    /// - Throws: `DatasetError`, as `openReadOnly(path:)` and `stream` do.
    public static func query(path: String, sql: String, limits: QueryLimits = QueryLimits()) throws(DatasetError) -> QueryResult {
        var result = QueryResult(columns: [], rows: [])
        _ = try stream(DatasetFile(path: path), sql: sql, limits: limits, columns: { result.columns = $0 },
                       row: { result.rows.append($0) })
        return result
    }

    /// Runs one SQL statement that reads the dataset, handing each row to `row` as it is stepped (nothing is
    /// collected), stopping after `limits.maxRows` rows or when `limits.timeout` has passed.
    ///
    /// ```swift
    /// let outcome = try DatasetReader.stream(dataset, sql: "SELECT * FROM responses", columns: { print($0) }, row: { print($0) })
    /// if outcome.truncated { print("stopped at \(outcome.rows) rows") }
    /// ```
    ///
    /// - Returns: How many rows were handed over, and whether more were left (`maxRows` reached).
    /// - Throws: `DatasetError`:
    ///   - `refused: chc query runs read-only SQL; this statement would modify the database - use SELECT (or
    ///     PRAGMA without '=') to read the dataset`
    ///   - `refused: chc query runs one SQL statement at a time - remove everything after the first ';'`
    ///   - `invalid SQL (near "SELEC": syntax error) - check the statement; docs/dataset.md lists the tables and columns`
    ///   - `PATH: the query was stopped: it ran past its time limit - narrow the query, or give more time with --timeout SECONDS`
    ///   - or an error thrown by `row` (e.g. a failed write), unchanged.
    @discardableResult
    public static func stream(_ dataset: DatasetFile, sql: String, limits: QueryLimits = QueryLimits(),
                              columns: ([String]) throws -> Void, row: ([QueryValue]) throws -> Void) throws(DatasetError) -> (rows: Int, truncated: Bool) {
        do {
            return try dataset.reader.read { db in
                let statement = try checkedStatement(sql, db)
                try columns(statement.columnNames)
                return try QueryDeadline(seconds: limits.timeout).run(on: db) {
                    var count = 0
                    let cursor = try Row.fetchCursor(statement)
                    while let next = try cursor.next() {
                        if let max = limits.maxRows, count >= max { return (count, true) }
                        try row(Array(next.databaseValues.map(QueryValue.init)))
                        count += 1
                    }
                    return (count, false)
                }
            }
        } catch let error as DatasetError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw DatasetError(.timeout, file: dataset.path,
                               message: "the query was stopped: it ran past its time limit of \(limits.timeoutText) s",
                               hint: "narrow the query, or give more time with --timeout SECONDS")
        } catch let error as DatabaseError {
            throw DatasetError(.sqlite, message: "invalid SQL (\(error.message ?? "\(error.resultCode)"))",
                               hint: "check the statement; docs/dataset.md lists the tables and columns")
        } catch {
            throw DatasetError(.writeFailed, message: "\(error)", hint: nil)
        }
    }

    /// Compiles `sql`, refusing a second statement and any statement that could modify the dataset.
    private static func checkedStatement(_ sql: String, _ db: Database) throws -> Statement {
        let statements = try db.allStatements(sql: sql)
        guard let statement = try statements.next() else {
            throw DatasetError(.sqlite, message: "empty SQL statement", hint: "pass a SELECT statement")
        }
        let more: Bool
        do { more = try statements.next() != nil } catch { more = true }
        if more {
            throw DatasetError(.refusedWrite, message: "refused: chc query runs one SQL statement at a time",
                               hint: "remove everything after the first ';'")
        }
        guard statement.isReadonly, !changesConnection(statement.sql) else {
            throw DatasetError(.refusedWrite,
                               message: "refused: chc query runs read-only SQL; this statement would modify the database",
                               hint: "use SELECT (or PRAGMA without '=') to read the dataset")
        }
        return statement
    }

    /// True for statements that `sqlite3_stmt_readonly` calls read-only but that change the connection:
    /// ATTACH, DETACH and PRAGMA assignments (`PRAGMA query_only = OFF`).
    static func changesConnection(_ sql: String) -> Bool {
        let keyword = firstKeyword(sql)
        return keyword == "ATTACH" || keyword == "DETACH" || (keyword == "PRAGMA" && sql.contains("="))
    }

    /// The statement's first word, uppercased, after leading spaces and comments.
    static func firstKeyword(_ sql: String) -> String {
        var rest = Substring(sql)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                if let end = rest.range(of: "*/") { rest = rest[end.upperBound...] } else { return "" }
            } else {
                break
            }
        }
        return rest.prefix { $0.isLetter }.uppercased()
    }
}

/// Bounds on one `chc query`: at most `maxRows` rows (nil: all), stopped after `timeout` seconds.
public struct QueryLimits: Sendable, Hashable {
    /// The default time limit, in seconds.
    public static let defaultTimeout = 30.0
    /// Stop after this many rows (nil: no limit).
    public var maxRows: Int?
    /// Stop the statement after this many seconds.
    public var timeout: Double

    /// Limits; the defaults are no row limit and 30 seconds.
    public init(maxRows: Int? = nil, timeout: Double = QueryLimits.defaultTimeout) {
        self.maxRows = maxRows
        self.timeout = timeout
    }
}

/// SQLite's progress handler as a deadline: every 10,000 virtual-machine steps it checks the clock and, past the
/// deadline, makes the statement fail with SQLITE_INTERRUPT.
private final class QueryDeadline {
    let end: DispatchTime

    init(seconds: Double) {
        end = DispatchTime.now() + .nanoseconds(Int(min(seconds, 1e9) * 1e9))
    }

    func run<T>(on db: Database, _ body: () throws -> T) throws -> T {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_progress_handler(db.sqliteConnection, 10_000, { pointer in
            guard let pointer else { return 0 }
            let deadline = Unmanaged<QueryDeadline>.fromOpaque(pointer).takeUnretainedValue()
            return DispatchTime.now() >= deadline.end ? 1 : 0
        }, context)
        defer { sqlite3_progress_handler(db.sqliteConnection, 0, nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }
}

extension QueryValue {
    /// Converts GRDB's value, keeping its storage class.
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let number): self = .integer(number)
        case .double(let number): self = .real(number)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .blob(Array(data))
        }
    }
}

extension QueryLimits {
    /// The time limit as short text: `30`, `0.5`.
    var timeoutText: String { timeout.rounded() == timeout && timeout < 1e15 ? String(Int(timeout)) : String(timeout) }
}
