import GRDB
import Assessment
import Signals

/// One signal of `chc signals`: what a response's own text says beside its stated answer, with the landlord and
/// the response's place in its file.
///
/// ```swift
/// for s in try DatasetFile(path: "dataset.sqlite").signals(kind: "hedged_yes") { print(s.response.landlordName, s.response.provision, s.phrase) }
/// ```
public struct SignalEntry: StoredRecord, Sendable, Hashable {
    static let table = "signals"
    static let reads = [
        (table: "signals", columns: ["response_id", "position", "kind", "phrase", "detail", "inferred_status"]),
    ] + ResponseContext.reads

    /// The response the signal was raised on: landlord, Code version, provision, stated status, file and line.
    public let response: ResponseContext
    /// `hedged_yes`, `unevidenced`, `generic_evidence`, `implicit_answer` or `contradiction`.
    public let kind: String
    /// The words that triggered the signal.
    public let phrase: String
    /// For an implicit answer, the status the text states.
    public let inferredStatus: Status?
    /// Why the signal was raised.
    public let detail: String

    /// GRDB's entry point (`FetchableRecord`): decodes the row, throwing `DatasetError` for a damaged value.
    public init(row: Row) throws { try self.init(stored: StoredRow(row, table: Self.table)) }

    init(stored row: StoredRow) throws(DatasetError) {
        response = try ResponseContext(stored: row)
        kind = try row.parsed("kind", expected: SignalKind.allCases.map(\.rawValue).joined(separator: ", ")) {
            SignalKind(rawValue: $0)?.rawValue
        }
        _ = try row.int("position", in: 1...StoredRow.maxCount)
        phrase = try row.text("phrase")
        inferredStatus = try row.optionalText("inferred_status") == nil ? nil : try row.status("inferred_status")
        detail = try row.text("detail")
    }

    /// The SELECT, with optional filters on the kind and the landlord id (`?` each, in that order).
    static func sql(kind: Bool, landlord: Bool) -> String {
        ResponseContext.sql(from: "signals", alias: "s", columns: """
            s.kind AS kind, s.position AS position, s.phrase AS phrase, s.inferred_status AS inferred_status, s.detail AS detail
            """, filters: (kind ? ["s.kind = ?"] : []) + (landlord ? ["l.id = ?"] : []), order: "s.position")
    }
}
