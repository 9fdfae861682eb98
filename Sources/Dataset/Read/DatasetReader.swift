import Foundation
import GRDB

/// Read-only access to a built dataset: opening it safely and running one SQL statement that cannot modify it.
///
/// The connection is opened read-only (`Configuration.readonly`) with `PRAGMA query_only = ON`, and each
/// statement is checked with `sqlite3_stmt_readonly` before it runs; ATTACH, DETACH and PRAGMA assignments
/// are refused too.
///
/// ```swift
/// let result = try DatasetReader.query(path: "dataset.sqlite", sql: "SELECT id, name FROM landlords ORDER BY id")
/// ```
public enum DatasetReader {
    /// Opens the dataset at `path` read-only.
    ///
    /// - Throws: `DatasetError`:
    ///   - `no dataset at PATH - run 'chc build' first or pass --dataset`
    ///   - `PATH: not a dataset (file is not a database) - rebuild it with 'chc build'`
    public static func openReadOnly(path: String) throws(DatasetError) -> DatabaseQueue {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw DatasetError(.noDataset, message: "no dataset at \(path)", hint: "run 'chc build' first or pass --dataset")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch {
            let reason = (error as? DatabaseError)?.message ?? error.localizedDescription
            throw DatasetError(.noDataset, file: path, message: "not a dataset (\(reason))", hint: "rebuild it with 'chc build'")
        }
    }

    /// Opens the dataset at `path` read-only and runs one statement. See `query(_:sql:)`.
    ///
    /// - Throws: `DatasetError`, as `openReadOnly(path:)` and `query(_:sql:)` do.
    public static func query(path: String, sql: String) throws(DatasetError) -> QueryResult {
        try query(openReadOnly(path: path), sql: sql)
    }

    /// Runs one SQL statement that reads the dataset and returns its rows.
    ///
    /// - Throws: `DatasetError`:
    ///   - `refused: chc query runs read-only SQL; this statement would modify the database - use SELECT (or
    ///     PRAGMA without '=') to read the dataset`
    ///   - `refused: chc query runs one SQL statement at a time - remove everything after the first ';'`
    ///   - `invalid SQL (near "SELEC": syntax error) - check the statement; docs/dataset.md lists the tables and columns`
    public static func query(_ queue: DatabaseQueue, sql: String) throws(DatasetError) -> QueryResult {
        do {
            return try queue.read { db in
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
                let rows = try Row.fetchAll(statement).map { row in Array(row.databaseValues.map(QueryValue.init)) }
                return QueryResult(columns: statement.columnNames, rows: rows)
            }
        } catch let error as DatasetError {
            throw error
        } catch let error as DatabaseError {
            throw DatasetError(.sqlite, message: "invalid SQL (\(error.message ?? "\(error.resultCode)"))",
                               hint: "check the statement; docs/dataset.md lists the tables and columns")
        } catch {
            throw DatasetError(.sqlite, message: "query failed (\(error.localizedDescription))", hint: "check the statement")
        }
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
