import GRDB
import Assessment

/// One action of `chc actions`: what a landlord says it will do, its target date at its precision, owner, and
/// whether it was overdue at the end of the assessment's period.
///
/// ```swift
/// for a in try DatasetFile(path: "dataset.sqlite").actions(overdueOnly: true) { print(a.response.landlordName, a.description) }
/// ```
public struct ActionEntry: StoredRecord, Sendable, Hashable {
    static let table = "actions"
    static let reads = [
        (table: "actions", columns: ["response_id", "position", "description", "target_date", "precision", "owner",
                                     "assessed_on", "overdue"]),
    ] + ResponseContext.reads

    /// The response the action belongs to: landlord, Code version, provision, stated status, file and line.
    public let response: ResponseContext
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

    /// GRDB's entry point (`FetchableRecord`): decodes the row, throwing `DatasetError` for a damaged value.
    public init(row: Row) throws { try self.init(stored: StoredRow(row, table: Self.table)) }

    init(stored row: StoredRow) throws(DatasetError) {
        response = try ResponseContext(stored: row)
        description = try row.text("description")
        targetDate = try row.optionalText("target_date")
        precision = try row.optionalText("precision")
        owner = try row.optionalText("owner")
        assessedOn = try row.optionalText("assessed_on")
        overdue = try row.raw("overdue") == nil ? nil : try row.bool("overdue")
        _ = try row.int("position", in: 1...StoredRow.maxCount)
    }

    /// The SELECT, optionally for one landlord id (`?`).
    static func sql(landlord: Bool) -> String {
        ResponseContext.sql(from: "actions", alias: "a", columns: """
            a.description AS description, a.target_date AS target_date, a.precision AS precision, a.owner AS owner,
            a.assessed_on AS assessed_on, a.overdue AS overdue, a.position AS position
            """, filters: landlord ? ["l.id = ?"] : [], order: "a.position")
    }
}
