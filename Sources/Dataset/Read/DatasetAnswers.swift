import Assessment
import Comparison
import GRDB

/// Every response of a dataset as ``Comparison`` input: one `AnswerRow` per response, joined to its
/// document and landlord.
///
/// This is the one input of every statistic, both the tables written at build time
/// (`provision_rates`, `landlord_scores`, ...) and the figures the command line prints, so the two
/// always agree. Rows come in a fixed order: document id, then provision in form order (`provision_key`).
///
/// - `landlordID`, `landlordName`, `landlordKind`: `landlords.id`, `.name`, `.kind`
/// - `documentID`, `period`: `documents.id`, `.period`
/// - `codeVersion`, `provision`, `section`, `status`: from `responses`
/// - `hedged`: true when the dataset has a `signals` table holding a `hedged_yes` signal for the
///   response; false otherwise (and always false in a dataset without that table)
///
/// ```swift
/// let rows = try DatasetAnswers.load(path: "dataset.sqlite")
/// let rates = Comparison.provisionRates(rows, version: .v2024)
/// ```
public enum DatasetAnswers {
    /// Reads every response of the open dataset `db` as an answer row.
    ///
    /// ```swift
    /// let rows = try queue.read { db in try DatasetAnswers.load(db) }
    /// ```
    ///
    /// - Parameters:
    ///   - db: A connection to a dataset (read-only is enough).
    ///   - documentID: Only the responses of this document (default: every document).
    /// - Returns: One row per response, ordered by document id, then provision order.
    /// - Throws: GRDB's `DatabaseError` when the tables cannot be read, or `DatasetError` for a value
    ///   the schema should have refused, e.g. `response 0123456789abcdef:6.99 has provision '6.99',
    ///   expected a number like 6.10 - rebuild the dataset with 'chc build'`.
    public static func load(_ db: Database, documentID: String? = nil) throws -> [AnswerRow] {
        let sql = """
            SELECT l.id AS landlord_id, l.name AS landlord_name, l.kind AS landlord_kind,
                   d.id AS document_id, d.period AS period, r.id AS response_id, r.code_version AS code_version,
                   r.provision AS provision, r.section AS section, r.status AS status, \(try hedgedExpression(db)) AS hedged
            FROM responses r
            JOIN documents d ON d.id = r.document_id
            JOIN landlords l ON l.id = d.landlord_id
            \(documentID == nil ? "" : "WHERE r.document_id = ?")
            ORDER BY d.id, r.provision_key, r.provision
            """
        var rows: [AnswerRow] = []
        let countSQL = "SELECT COUNT(*) FROM responses" + (documentID == nil ? "" : " WHERE document_id = ?")
        rows.reserveCapacity(try Int.fetchOne(db, sql: countSQL,
                                              arguments: StatementArguments(documentID.map { [$0] } ?? [])) ?? 0)
        var previous: AnswerRow?
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(documentID.map { [$0] } ?? []))
        while let row = try cursor.next() {
            let answer = try answer(row, sharing: previous)
            rows.append(answer)
            previous = answer
        }
        return rows
    }

    /// Opens the dataset at `path` read-only and reads every response as an answer row. See `load(_:)`.
    ///
    /// ```swift
    /// let rows = try DatasetAnswers.load(path: "dataset.sqlite")
    /// ```
    ///
    /// - Parameter path: The dataset file.
    /// - Returns: One row per response, ordered by document id, then provision order.
    /// - Throws: `DatasetError`, e.g. `no dataset at PATH - run 'chc build' first or pass --dataset`, or
    ///   `PATH: cannot read the answers (no such table: responses) - rebuild it with 'chc build'`.
    public static func load(path: String) throws(DatasetError) -> [AnswerRow] {
        try DatasetFigures.read(path: path, doing: "cannot read the answers") { db in try load(db) }
    }

    /// `1`/`0` SQL for "this response has a hedged_yes signal": an EXISTS over `signals` when that table
    /// exists with `response_id` and `kind` columns, else the constant 0.
    static func hedgedExpression(_ db: Database) throws -> String {
        let exists = try Bool.fetchOne(db, sql: """
            SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'signals'
            """) ?? false
        guard exists else { return "0" }
        let columns = Set(try db.columns(in: "signals").map(\.name))
        guard columns.contains("response_id"), columns.contains("kind") else { return "0" }
        return "EXISTS (SELECT 1 FROM signals s WHERE s.response_id = r.id AND s.kind = 'hedged_yes')"
    }

    /// The answer in `row`. When the row belongs to the same document as `previous`, the document and
    /// landlord fields are shared with `previous` (``AnswerRow/sameDocument(codeVersion:provision:section:status:hedged:)``):
    /// a sector-sized dataset holds hundreds of thousands of rows.
    private static func answer(_ row: Row, sharing previous: AnswerRow?) throws -> AnswerRow {
        func subject() -> String { "response \(row["response_id"] as String? ?? "")" }
        let version = try row.storedCodeVersion(of: subject())
        let provision = try row.storedProvision(of: subject())
        let status = try row.storedStatus(of: subject())
        let documentID: String = row["document_id"] ?? ""
        let section: Int = row["section"] ?? provision.section
        let hedged: Bool = row["hedged"] ?? false
        if let previous, previous.documentID == documentID {
            return previous.sameDocument(codeVersion: version, provision: provision, section: section, status: status,
                                         hedged: hedged)
        }
        return AnswerRow(landlordID: row["landlord_id"] ?? "", landlordName: row["landlord_name"] ?? "",
                         landlordKind: row["landlord_kind"] ?? "", documentID: documentID, period: row["period"],
                         codeVersion: version, provision: provision, section: section, status: status, hedged: hedged)
    }
}
