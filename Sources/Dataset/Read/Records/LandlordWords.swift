import Foundation
import GRDB
import Assessment

/// What a landlord said about a provision it is not fully compliant with (its commentary, else its action, else its
/// evidence), with where it said it: the `their_words` of `chc gaps`.
public struct LandlordWords: StoredRecord, Sendable, Hashable {
    static let table = "responses"
    static let reads = [
        (table: "common_noncompliance_landlords", columns: ["basis", "code_version", "provision", "document_id"]),
        (table: "responses", columns: ["document_id", "code_version", "provision", "status", "commentary", "action",
                                       "evidence", "source_path", "line_start"]),
    ]

    /// The document (`documents.id`).
    public let documentID: String
    /// The provision.
    public let provision: ProvisionID
    /// The Code version.
    public let codeVersion: CodeVersion
    /// The full text, untrimmed.
    public let text: String
    /// The response's file.
    public let sourcePath: String
    /// Its first line (1-based).
    public let lineStart: Int

    /// GRDB's entry point (`FetchableRecord`): decodes the row, throwing `DatasetError` for a damaged value.
    public init(row: Row) throws { try self.init(stored: StoredRow(row, table: Self.table)) }

    init(stored row: StoredRow) throws(DatasetError) {
        documentID = try row.text("document_id")
        provision = try row.provision()
        codeVersion = try row.codeVersion()
        let texts = [try row.text("commentary"), try row.text("action"), try row.text("evidence")]
        text = texts.first { !$0.isEmpty } ?? ""
        sourcePath = try row.text("source_path")
        lineStart = try row.int("line_start", in: 1...StoredRow.maxCount)
    }

    /// The SELECT for one basis (`?`).
    static let sql = """
        SELECT r.document_id AS document_id, r.provision AS provision, r.code_version AS code_version,
               r.commentary AS commentary, r.action AS action, r.evidence AS evidence, r.source_path AS source_path,
               r.line_start AS line_start
        FROM common_noncompliance_landlords c
        JOIN responses r ON r.document_id = c.document_id AND r.provision = c.provision AND r.code_version = c.code_version
        WHERE c.basis = ? AND r.status IN ('no', 'partial', 'yes')
        ORDER BY r.rowid
        """

    /// The SELECT for one basis, Code version and provision (`?`, `?`, `?`).
    static let sqlOfProvision = sql.replacingOccurrences(of: "WHERE c.basis = ?",
                                                         with: "WHERE c.basis = ? AND c.code_version = ? AND c.provision = ?")
}
