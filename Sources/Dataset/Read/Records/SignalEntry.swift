import GRDB
import Assessment
import Signals

/// One signal of `chc signals`: what a response's own text says beside its stated answer, with the landlord and
/// the response's place in its file.
///
/// ```swift
/// for s in try DatasetFile(path: "dataset.sqlite").signals(kind: "hedged_yes") { print(s.landlordName, s.provision, s.phrase) }
/// ```
public struct SignalEntry: StoredRecord, Sendable, Hashable {
    static let table = "signals"
    static let reads = [
        (table: "signals", columns: ["response_id", "position", "kind", "phrase", "detail", "inferred_status"]),
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
    /// The stated status (never changed by a signal).
    public let status: Status
    /// `hedged_yes`, `unevidenced`, `generic_evidence`, `implicit_answer` or `contradiction`.
    public let kind: String
    /// The words that triggered the signal.
    public let phrase: String
    /// For an implicit answer, the status the text states.
    public let inferredStatus: Status?
    /// Why the signal was raised.
    public let detail: String
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
        kind = try row.parsed("kind", expected: SignalKind.allCases.map(\.rawValue).joined(separator: ", ")) {
            SignalKind(rawValue: $0)?.rawValue
        }
        _ = try row.int("position", in: 1...StoredRow.maxCount)
        phrase = try row.text("phrase")
        inferredStatus = try row.optionalText("inferred_status") == nil ? nil : try row.status("inferred_status")
        detail = try row.text("detail")
        sourcePath = try response.text("source_path")
        lineStart = try response.int("line_start", in: 1...StoredRow.maxCount)
    }

    /// The SELECT, with optional filters on the kind and the landlord id (`?` each, in that order).
    static func sql(kind: Bool, landlord: Bool) -> String {
        let filters: [String] = (kind ? ["s.kind = ?"] : []) + (landlord ? ["l.id = ?"] : [])
        return """
            SELECT l.name AS l_name, r.code_version AS r_code_version, r.provision AS r_provision, r.status AS r_status,
                   s.kind AS kind, s.position AS position, s.phrase AS phrase, s.inferred_status AS inferred_status, s.detail AS detail,
                   r.source_path AS r_source_path, r.line_start AS r_line_start
            FROM signals s JOIN responses r ON r.id = s.response_id JOIN documents d ON d.id = r.document_id
            JOIN landlords l ON l.id = d.landlord_id
            \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND "))
            ORDER BY l.name, r.code_version, r.provision_key, s.position
            """
    }
}
