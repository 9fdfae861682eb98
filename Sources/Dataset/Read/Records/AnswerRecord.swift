import Assessment
import Comparison

/// One response joined to its document and landlord, as `Comparison` input (`AnswerRow`), with `hedged` from
/// the response's `hedged_yes` signal.
struct AnswerRecord: StoredRecord {
    static let table = "responses"
    static let reads = [
        (table: "responses", columns: ["id", "document_id", "code_version", "provision", "provision_key", "section", "status"]),
        (table: "documents", columns: ["id", "landlord_id", "period"]),
        (table: "landlords", columns: ["id", "name", "kind"]),
        (table: "signals", columns: ["response_id", "kind"]),
    ]

    /// The SELECT, optionally for one document (`?`).
    static func sql(oneDocument: Bool) -> String {
        select(extraColumns: "", where: oneDocument ? "r.document_id = ?" : nil)
    }

    /// The SELECT of every response, the rows of each landlord consecutive (by landlord id, then document id, then
    /// provision order).
    static let sqlByLandlord = select(extraColumns: "", where: nil, orderBy: "l.id, d.id, r.provision_key, r.provision")

    /// The SELECT of every column this record decodes, plus `extraColumns` (", r.x AS x, ..."), optionally filtered;
    /// rows of one document are consecutive (ordered by document id, then provision order, unless `orderBy` says).
    static func select(extraColumns: String, where filter: String?,
                       orderBy: String = "d.id, r.provision_key, r.provision") -> String {
        """
        SELECT l.id AS l_id, l.name AS l_name, l.kind AS l_kind, d.id AS d_id, d.period AS d_period,
               r.id AS id, r.code_version AS code_version, r.provision AS provision, r.section AS section, r.status AS status,
               EXISTS (SELECT 1 FROM signals s WHERE s.response_id = r.id AND s.kind = 'hedged_yes') AS s_hedged\(extraColumns)
        FROM responses r
        JOIN documents d ON d.id = r.document_id
        JOIN landlords l ON l.id = d.landlord_id
        \(filter.map { "WHERE " + $0 } ?? "")
        ORDER BY \(orderBy)
        """
    }

    let documentID: String
    let landlordID: String
    let landlordName: String
    let landlordKind: String
    let period: String?
    let codeVersion: CodeVersion
    let provision: ProvisionID
    let section: Int
    let status: Status
    let hedged: Bool

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
    }

    /// The answer row, sharing the document fields of `previous` when it is of the same document.
    func answer(sharing previous: AnswerRow?) -> AnswerRow {
        if let previous, previous.documentID == documentID {
            return previous.sameDocument(codeVersion: codeVersion, provision: provision, section: section, status: status,
                                         hedged: hedged)
        }
        return AnswerRow(landlordID: landlordID, landlordName: landlordName, landlordKind: landlordKind,
                         documentID: documentID, period: period, codeVersion: codeVersion, provision: provision,
                         section: section, status: status, hedged: hedged)
    }
}
