import Assessment

/// What a per-response entry of `chc signals` or `chc actions` takes from its response, document and landlord:
/// one definition of the join, its columns and their checks, shared by `SignalEntry` and `ActionEntry`.
///
/// ```swift
/// ResponseContext.sql(from: "signals", alias: "s", columns: "s.kind AS kind", filters: ["s.kind = ?"], order: "s.position")
/// ```
public struct ResponseContext: Sendable, Hashable {
    /// The tables and columns the join reads, after the entry's own table.
    static let reads = [
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
    /// The stated status (never changed by a signal or an action).
    public let status: Status
    /// The response's file, relative to the corpus folder.
    public let sourcePath: String
    /// Its first line (1-based).
    public let lineStart: Int

    /// Decodes the context columns (`l_name`, `r_code_version`, ...) of a row selected by `sql(...)`.
    init(stored row: StoredRow) throws(DatasetError) {
        let response = row.on("responses", prefix: "r_")
        landlordName = try row.on("landlords", prefix: "l_").text("name")
        codeVersion = try response.codeVersion()
        provision = try response.provision()
        status = try response.status()
        sourcePath = try response.text("source_path")
        lineStart = try response.int("line_start", in: 1...StoredRow.maxCount)
    }

    /// `SELECT <context columns>, <columns> FROM <table> <alias> JOIN responses ... [WHERE filters] ORDER BY` the
    /// landlord's name, the Code version, the provision's form order, then `order`.
    static func sql(from table: String, alias: String, columns: String, filters: [String], order: String) -> String {
        """
        SELECT l.name AS l_name, r.code_version AS r_code_version, r.provision AS r_provision, r.status AS r_status,
               r.source_path AS r_source_path, r.line_start AS r_line_start, \(columns)
        FROM \(table) \(alias) JOIN responses r ON r.id = \(alias).response_id JOIN documents d ON d.id = r.document_id
        JOIN landlords l ON l.id = d.landlord_id
        \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
        ORDER BY l.name, r.code_version, r.provision_key, \(order)
        """
    }
}
