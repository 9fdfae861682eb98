import Assessment
import Comparison
import Signals

/// A row of `provisions`: the Code catalogue the dataset was built with.
struct ProvisionRecord: StoredRecord {
    static let table = "provisions"
    static let reads = [(table: table, columns: ["code_version", "provision", "section_number", "section_title", "stage",
                                                 "obligation", "summary", "position"])]
    let value: Provision

    init(stored row: StoredRow) throws(DatasetError) {
        value = Provision(version: try row.codeVersion(), id: try row.provision(), sectionNumber: try row.section("section_number"),
                          sectionTitle: try row.text("section_title"), stage: try row.optionalInt("stage", in: 1...9),
                          obligation: try row.parsed("obligation", expected: Obligation.allCases.map(\.rawValue)
                              .joined(separator: ", "), Obligation.init(rawValue:)),
                          summary: try row.text("summary"))
    }
}

/// One response of a counted (latest) assessment with its own words and what its signals say.
struct AnswerTextRecord: StoredRecord {
    static let table = "responses"
    static let reads = [
        (table: "responses", columns: ["id", "document_id", "code_version", "provision", "provision_key", "status", "status_text",
                                       "evidence", "commentary", "action", "source_path", "line_start", "line_end"]),
        (table: "documents", columns: ["id", "landlord_id"]),
        (table: "excluded_documents", columns: ["document_id"]),
        (table: "signals", columns: ["response_id", "kind", "phrase"]),
    ]

    /// The SELECT over counted documents; with `plainYes` false, a yes without a hedged or unevidenced signal is left out.
    static func sql(plainYes: Bool) -> String {
        """
        SELECT d.landlord_id AS d_landlord_id, r.document_id AS document_id, r.code_version AS code_version,
               r.provision AS provision, r.status AS status, r.status_text AS status_text, r.evidence AS evidence,
               r.commentary AS commentary, r.action AS action, r.source_path AS source_path, r.line_start AS line_start,
               r.line_end AS line_end,
               (SELECT s.phrase FROM signals s WHERE s.response_id = r.id AND s.kind = 'hedged_yes' ORDER BY s.position LIMIT 1)
                   AS s_hedge,
               EXISTS (SELECT 1 FROM signals s WHERE s.response_id = r.id AND s.kind = 'unevidenced') AS s_unevidenced
        FROM responses r JOIN documents d ON d.id = r.document_id
        WHERE r.document_id NOT IN (SELECT document_id FROM excluded_documents)
        \(plainYes ? "" : """
            AND NOT (r.status = 'yes' AND s_hedge IS NULL AND NOT s_unevidenced)
            """)
        ORDER BY r.code_version, r.provision_key, r.document_id
        """
    }

    let value: AnswerText

    init(stored row: StoredRow) throws(DatasetError) {
        let signals = row.on("signals", prefix: "s_")
        value = AnswerText(
            landlordID: try row.on("documents", prefix: "d_").text("landlord_id"), documentID: try row.text("document_id"),
            codeVersion: try row.codeVersion(), provision: try row.provision(), status: try row.status(),
            statusText: try row.optionalText("status_text"), evidence: try row.text("evidence"),
            commentary: try row.text("commentary"), action: try row.text("action"),
            location: AnswerLocation(path: try row.text("source_path"), lineStart: try row.int("line_start", in: 1...StoredRow.maxCount),
                                     lineEnd: try row.int("line_end", in: 0...StoredRow.maxCount)),
            hedgePhrase: try signals.optionalText("hedge"), unevidenced: try signals.bool("unevidenced"))
    }
}

/// One action of a counted (latest) assessment.
struct ActionRecord: StoredRecord {
    static let table = "actions"
    static let reads = [
        (table: "actions", columns: ["response_id", "position", "description", "target_date", "precision", "owner", "overdue"]),
        (table: "responses", columns: ["id", "document_id", "code_version", "provision", "provision_key", "source_path",
                                       "line_start"]),
        (table: "documents", columns: ["id", "landlord_id"]),
        (table: "excluded_documents", columns: ["document_id"]),
    ]

    static let sql = """
        SELECT d.landlord_id AS d_landlord_id, r.document_id AS r_document_id, r.code_version AS r_code_version,
               r.provision AS r_provision, r.source_path AS r_source_path, r.line_start AS r_line_start,
               r.line_end AS r_line_end, a.description AS description, a.target_date AS target_date,
               a.precision AS precision, a.owner AS owner, a.overdue AS overdue
        FROM actions a JOIN responses r ON r.id = a.response_id JOIN documents d ON d.id = r.document_id
        WHERE r.document_id NOT IN (SELECT document_id FROM excluded_documents)
        ORDER BY d.landlord_id, r.code_version, r.provision_key, a.position
        """

    let value: OpenAction

    init(stored row: StoredRow) throws(DatasetError) {
        let response = row.on("responses", prefix: "r_")
        value = OpenAction(
            landlordID: try row.on("documents", prefix: "d_").text("landlord_id"), documentID: try response.text("document_id"),
            codeVersion: try response.codeVersion(), provision: try response.provision(),
            description: try row.text("description"), targetDate: try row.optionalText("target_date"),
            precision: try row.optionalText("precision"), owner: try row.optionalText("owner"),
            overdue: try row.raw("overdue") == nil ? nil : try row.bool("overdue"),
            location: AnswerLocation(path: try response.text("source_path"),
                                     lineStart: try response.int("line_start", in: 1...StoredRow.maxCount),
                                     lineEnd: try response.int("line_end", in: 0...StoredRow.maxCount)))
    }
}
