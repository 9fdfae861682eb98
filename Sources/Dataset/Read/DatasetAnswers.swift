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
/// - `hedged`: true when `signals` holds a `hedged_yes` signal for the response
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
    /// - Throws: GRDB's `DatabaseError` when the tables cannot be read, or `DatasetError` for a damaged table,
    ///   e.g. `responses.provision is '6.99' (text), expected a provision number such as 6.10 - the dataset is
    ///   damaged or was written by another version of chc; rebuild it with 'chc build'`.
    public static func load(_ db: Database, documentID: String? = nil) throws -> [AnswerRow] {
        try AnswerRecord.requireReads(db)
        let arguments = StatementArguments(documentID.map { [$0] } ?? [])
        var rows: [AnswerRow] = []
        let countSQL = "SELECT COUNT(*) FROM responses" + (documentID == nil ? "" : " WHERE document_id = ?")
        rows.reserveCapacity(min(StoredRow.maxCount, try Int.fetchOne(db, sql: countSQL, arguments: arguments) ?? 0))
        var previous: AnswerRow?
        try AnswerRecord.forEachStored(db, sql: AnswerRecord.sql(oneDocument: documentID != nil), arguments: arguments) { record in
            let answer = record.answer(sharing: previous)
            rows.append(answer)
            previous = answer
        }
        return rows
    }

    /// Reads every response of the open dataset `db` one landlord at a time: `body` gets all the answer rows of
    /// one landlord (every document, either Code version; by document id, then provision order), landlords in id
    /// order. Only one landlord's rows are held at a time, so a sector-sized dataset is read in flat memory.
    ///
    /// ```swift
    /// var figures = SectorFigures(crosswalk: catalogue.crosswalk)
    /// try DatasetAnswers.forEachLandlord(db) { figures.add($0) }
    /// ```
    ///
    /// - Throws: as `load(_:documentID:)`, or what `body` throws.
    public static func forEachLandlord(_ db: Database, _ body: ([AnswerRow]) throws -> Void) throws {
        try AnswerRecord.requireReads(db)
        var rows: [AnswerRow] = []
        var previous: AnswerRow?
        try AnswerRecord.forEachStored(db, sql: AnswerRecord.sqlByLandlord) { record in
            if let last = rows.last, last.landlordID != record.landlordID {
                try body(rows)
                rows.removeAll(keepingCapacity: true)
            }
            let answer = record.answer(sharing: previous)
            rows.append(answer)
            previous = answer
        }
        if !rows.isEmpty { try body(rows) }
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
    ///   `PATH: the dataset has no table responses - the dataset is damaged ...; rebuild it with 'chc build'`.
    public static func load(path: String) throws(DatasetError) -> [AnswerRow] {
        try DatasetFile(path: path).answers()
    }
}
