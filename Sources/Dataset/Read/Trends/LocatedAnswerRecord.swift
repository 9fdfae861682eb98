import Assessment
import Comparison

/// One response joined to its document and landlord, with where it was printed: the input of the trends
/// (`Comparison.landlordTrends`). `hedged` comes from the response's `hedged_yes` signal.
struct LocatedAnswerRecord: StoredRecord {
    static let table = "responses"
    static let reads = [
        (table: "responses", columns: ["id", "document_id", "code_version", "provision", "provision_key", "section", "status",
                                       "source_path", "line_start", "line_end"]),
        (table: "documents", columns: ["id", "landlord_id", "period"]),
        (table: "landlords", columns: ["id", "name", "kind"]),
        (table: "signals", columns: ["response_id", "kind"]),
    ]

    /// The SELECT, optionally for one landlord id (`?`); rows of one document are consecutive.
    static func sql(oneLandlord: Bool) -> String {
        """
        SELECT l.id AS l_id, l.name AS l_name, l.kind AS l_kind, d.id AS d_id, d.period AS d_period,
               r.code_version AS code_version, r.provision AS provision, r.section AS section, r.status AS status,
               r.source_path AS source_path, r.line_start AS line_start, r.line_end AS line_end,
               EXISTS (SELECT 1 FROM signals s WHERE s.response_id = r.id AND s.kind = 'hedged_yes') AS s_hedged
        FROM responses r
        JOIN documents d ON d.id = r.document_id
        JOIN landlords l ON l.id = d.landlord_id
        \(oneLandlord ? "WHERE d.landlord_id = ?" : "")
        ORDER BY d.id, r.provision_key, r.provision
        """
    }

    let landlordID, landlordName, landlordKind, documentID: String
    let period: String?
    let codeVersion: CodeVersion
    let provision: ProvisionID
    let section: Int
    let status: Status
    let hedged: Bool
    let location: AnswerLocation

    init(stored row: StoredRow) throws(DatasetError) {
        let landlord = row.on("landlords", prefix: "l_"), document = row.on("documents", prefix: "d_")
        landlordID = try landlord.text("id")
        landlordName = try landlord.text("name")
        landlordKind = try landlord.text("kind")
        documentID = try document.text("id")
        period = try document.optionalText("period")
        codeVersion = try row.codeVersion()
        provision = try row.provision()
        section = try row.section()
        status = try row.status()
        hedged = try row.on("signals", prefix: "s_").bool("hedged")
        let start = try row.int("line_start", in: 1...StoredRow.maxCount)
        location = AnswerLocation(path: try row.text("source_path"), lineStart: start,
                                  lineEnd: try row.int("line_end", in: 0...StoredRow.maxCount))
    }

    /// The located answer, sharing the document fields of `previous` when it is of the same document.
    func answer(sharing previous: LocatedAnswer?) -> LocatedAnswer {
        let row: AnswerRow
        if let previous, previous.row.documentID == documentID {
            row = previous.row.sameDocument(codeVersion: codeVersion, provision: provision, section: section,
                                            status: status, hedged: hedged)
        } else {
            row = AnswerRow(landlordID: landlordID, landlordName: landlordName, landlordKind: landlordKind,
                            documentID: documentID, period: period, codeVersion: codeVersion, provision: provision,
                            section: section, status: status, hedged: hedged)
        }
        let path = previous?.location.path == location.path ? previous?.location.path ?? location.path : location.path
        return LocatedAnswer(row: row, location: AnswerLocation(path: path, lineStart: location.lineStart,
                                                                lineEnd: location.lineEnd))
    }
}
