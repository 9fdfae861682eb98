import GRDB
import Assessment

/// One action of `chc actions`: what a landlord says it will do, its target date at its precision, owner, and
/// whether it was overdue at the end of the assessment's period.
///
/// ```swift
/// for a in try DatasetFile(path: "dataset.sqlite").actions(overdueOnly: true) { print(a.landlordName, a.description) }
/// ```
public struct ActionEntry: StoredRecord, Sendable, Hashable {
    static let table = "actions"
    static let reads = [
        (table: "actions", columns: ["response_id", "position", "description", "target_date", "precision", "owner",
                                     "assessed_on", "overdue"]),
        (table: "responses", columns: ["id", "document_id", "code_version", "provision", "provision_key", "status",
                                       "source_path", "line_start"]),
        (table: "documents", columns: ["id", "landlord_id"]),
        (table: "landlords", columns: ["id", "name"]),
    ]

    /// `landlords.name`.
    public let landlordName: String
    /// The response's Code version.
    public let codeVersion: CodeVersion
    /// The provision answered.
    public let provision: ProvisionID
    /// The stated status.
    public let status: Status
    /// The action, as the landlord wrote it.
    public let description: String
    /// ISO date text at its precision (`2025-09`), if a target was given.
    public let targetDate: String?
    /// `day`, `month` or `year`, with `targetDate`.
    public let precision: String?
    /// Who owns the action, if named.
    public let owner: String?
    /// The date the action is judged against (end of the assessment's period).
    public let assessedOn: String?
    /// Whether the target was before `assessedOn`; nil when either is unknown.
    public let overdue: Bool?
    /// The response's file, relative to the corpus folder.
    public let sourcePath: String
    /// Its first line (1-based).
    public let lineStart: Int

    /// GRDB's entry point (`FetchableRecord`): decodes the row, throwing `DatasetError` for a damaged value.
    public init(row: Row) throws { try self.init(stored: StoredRow(row, table: Self.table)) }

    init(stored row: StoredRow) throws(DatasetError) {
        let response = row.on("responses", prefix: "r_")
        landlordName = try row.on("landlords", prefix: "l_").text("name")
        codeVersion = try response.codeVersion()
        provision = try response.provision()
        status = try response.status()
        description = try row.text("description")
        targetDate = try row.optionalText("target_date")
        precision = try row.optionalText("precision")
        owner = try row.optionalText("owner")
        assessedOn = try row.optionalText("assessed_on")
        overdue = try row.raw("overdue") == nil ? nil : try row.bool("overdue")
        _ = try row.int("position", in: 1...StoredRow.maxCount)
        sourcePath = try response.text("source_path")
        lineStart = try response.int("line_start", in: 1...StoredRow.maxCount)
    }

    /// The SELECT, optionally for one landlord id (`?`).
    static func sql(landlord: Bool) -> String {
        let filters: [String] = landlord ? ["l.id = ?"] : []
        return """
            SELECT l.name AS l_name, r.code_version AS r_code_version, r.provision AS r_provision, r.status AS r_status,
                   a.description AS description, a.target_date AS target_date, a.precision AS precision, a.owner AS owner,
                   a.assessed_on AS assessed_on, a.overdue AS overdue, a.position AS position, r.source_path AS r_source_path,
                   r.line_start AS r_line_start
            FROM actions a JOIN responses r ON r.id = a.response_id JOIN documents d ON d.id = r.document_id
            JOIN landlords l ON l.id = d.landlord_id
            \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
            ORDER BY l.name, r.code_version, r.provision_key, a.position
            """
    }
}
