import GRDB

/// A record read from a dataset table: GRDB's `FetchableRecord`, decoded through `StoredRow` so that a damaged
/// or foreign table is a `DatasetError` naming the table and column (see `StoredRow`), never a trap.
///
/// `reads` names every table and column the record's SELECT uses; they are checked before it runs, so a dropped
/// table or column is reported as such rather than as an SQL error.
///
/// ```swift
/// let rates = try ProvisionRateRecord.fetchStored(db, orderBy: "code_version, provision_key")
/// ```
protocol StoredRecord: FetchableRecord {
    /// The table the record's values come from (a join names its first table).
    static var table: String { get }
    /// The tables and columns the record's SELECT reads.
    static var reads: [(table: String, columns: [String])] { get }
    /// Decodes one row; `row.table` is the table it was selected from.
    init(stored row: StoredRow) throws(DatasetError)
}

extension StoredRecord {
    /// GRDB's entry point: decodes the row as a row of `table`.
    init(row: Row) throws { try self.init(stored: StoredRow(row, table: Self.table)) }

    /// Throws the damaged-dataset error when a table or column the record reads is missing.
    static func requireReads(_ db: Database) throws {
        for (table, columns) in reads { try StoredTable.require(table, columns, db) }
    }

    /// `SELECT <columns> FROM <table> [WHERE ...] [ORDER BY ...]` over one table, checked and decoded.
    ///
    /// - Parameter table: The table to read (default `Self.table`; `provision_rates_pooled` shares its record).
    static func fetchStored(_ db: Database, from table: String = Self.table, where filter: String = "",
                            arguments: StatementArguments = [], orderBy: String = "") throws -> [Self] {
        let columns = reads.first?.columns ?? []
        try StoredTable.require(table, columns, db)
        let sql = "SELECT \(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")) FROM \(table.quotedDatabaseIdentifier)"
            + (filter.isEmpty ? "" : " WHERE \(filter)") + (orderBy.isEmpty ? "" : " ORDER BY \(orderBy)")
        var out: [Self] = []
        try forEachStored(db, sql: sql, arguments: arguments, table: table) { out.append($0) }
        return out
    }

    /// A join's SELECT (`sql`), after checking every table and column in `reads`.
    static func fetchJoined(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Self] {
        try requireReads(db)
        var out: [Self] = []
        try forEachStored(db, sql: sql, arguments: arguments) { out.append($0) }
        return out
    }

    /// Decodes each row of `sql` in turn, the rows sharing one ``ColumnIndex``; the caller checks the reads.
    static func forEachStored(_ db: Database, sql: String, arguments: StatementArguments = [], table: String = Self.table,
                              _ body: (Self) throws -> Void) throws {
        try forEachStored(try db.makeStatement(sql: sql), arguments: arguments, table: table, body)
    }

    /// Decodes each row of a prepared `statement` (e.g. a cached one run once per entry); the caller checks the reads.
    static func forEachStored(_ statement: Statement, arguments: StatementArguments = [], table: String = Self.table,
                              _ body: (Self) throws -> Void) throws {
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        var columns: ColumnIndex?
        while let row = try cursor.next() {
            let index = columns ?? ColumnIndex(row)
            columns = index
            index.startRow()
            try body(try Self(stored: StoredRow(row, table: table, columns: index, statement: statement.sqliteStatement)))
        }
    }
}

/// Checks that a dataset has the tables and columns a read needs, before it runs.
enum StoredTable {
    /// Throws `the dataset has no table T` or `table T has no column C` (with the rebuild hint).
    static func require(_ table: String, _ columns: [String], _ db: Database) throws {
        guard try db.tableExists(table) || db.viewExists(table) else {
            throw DatasetError.damaged("the dataset has no table \(table)")
        }
        let present = Set(try db.columns(in: table).map { $0.name.lowercased() })
        if let missing = columns.first(where: { !present.contains($0.lowercased()) }) {
            throw DatasetError.damaged("table \(table) has no column \(missing)")
        }
    }
}
