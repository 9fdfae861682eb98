import Assessment
import GRDB

extension DatasetReader {
    /// The free-text fields of a response that are indexed, in `responses_fts` column order (1-based there).
    static let searchFields = ["requirement", "evidence", "commentary", "action"]

    /// Finds responses whose requirement, evidence, commentary or action contain the search text.
    ///
    /// The text is never read as FTS5 syntax: words must all occur in one response (any order, any
    /// field), `"double-quoted words"` must occur together in that order in one field, and `word*`
    /// matches words starting with `word`. `AND`, `OR`, `NEAR`, `:` and a stray `"` are ordinary text;
    /// case and accents are ignored. See `SearchQuery`.
    ///
    /// Each matching response gives one hit per field the text was found in. Hits are ranked by
    /// relevance (FTS5 `bm25`, best first), then provision order, then document id, then field.
    ///
    /// ```swift
    /// for hit in try DatasetReader.search(path: "dataset.sqlite", text: "\"learning from complaints\"") {
    ///     print("\(hit.landlordName) \(hit.provision) \(hit.field): \(hit.snippet)  \(hit.sourcePath):\(hit.lineStart)")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - path: The dataset file, opened read-only.
    ///   - text: Words and "quoted phrases" to find.
    ///   - limit: At most this many hits (default 50); none when below 1.
    /// - Returns: The hits, best first.
    /// - Throws: `DatasetError`:
    ///   - `nothing to search for: the search text has no words - give a word or a "quoted phrase", e.g. complaints "stage 2"`
    ///   - `PATH: the dataset has no search index - rebuild it with 'chc build'`
    ///   - and the errors of `openReadOnly(path:)`.
    public static func search(path: String, text: String, limit: Int = 50) throws(DatasetError) -> [SearchHit] {
        guard let query = SearchQuery(text) else {
            throw DatasetError(.sqlite, message: "nothing to search for: the search text has no words",
                               hint: "give a word or a \"quoted phrase\", e.g. complaints \"stage 2\"")
        }
        let queue = try openReadOnly(path: path)
        guard limit > 0 else { return [] }
        do {
            return try queue.read { db in
                let indexed = try Bool.fetchOne(db, sql: """
                    SELECT COUNT(*) > 0 FROM sqlite_master WHERE name = 'responses_fts'
                    """) ?? false
                guard indexed else {
                    throw DatasetError(.sqlite, file: path, message: "the dataset has no search index",
                                       hint: "rebuild it with 'chc build'")
                }
                return try hits(query, limit: limit, db)
            }
        } catch let error as DatasetError {
            throw error
        } catch {
            let reason = (error as? DatabaseError)?.message ?? error.localizedDescription
            throw DatasetError(.sqlite, file: path, message: "search failed (\(reason))", hint: "rebuild it with 'chc build'")
        }
    }

    /// Runs the MATCH and splits each response into one hit per field holding a match.
    private static func hits(_ query: SearchQuery, limit: Int, _ db: Database) throws -> [SearchHit] {
        // Highlight with control characters (never in the index's text), then show them as [ ].
        let snippets = searchFields.indices.map { i in
            "snippet(responses_fts, \(i + 1), char(2), char(3), '…', 16) AS snippet_\(i)"
        }.joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT l.name AS landlord_name, r.document_id AS document_id, r.code_version AS code_version,
                   r.provision AS provision, r.source_path AS source_path, r.line_start AS line_start,
                   r.line_end AS line_end, \(snippets)
            FROM responses_fts
            JOIN responses r ON r.id = responses_fts.response_id
            JOIN documents d ON d.id = r.document_id
            JOIN landlords l ON l.id = d.landlord_id
            WHERE responses_fts MATCH ?
            ORDER BY bm25(responses_fts), r.provision_key, r.document_id
            LIMIT ?
            """, arguments: [query.expression, limit])
        var out: [SearchHit] = []
        for row in rows {
            guard let version = CodeVersion(rawValue: row["code_version"] ?? ""),
                  let provision = ProvisionID((row["provision"] as String?) ?? "") else { continue }
            for (i, field) in searchFields.enumerated() {
                let raw: String = row["snippet_\(i)"] ?? ""
                guard raw.contains("\u{2}") else { continue }
                let snippet = String(raw.map { $0 == "\u{2}" ? "[" : ($0 == "\u{3}" ? "]" : $0) })
                out.append(SearchHit(landlordName: row["landlord_name"] ?? "", documentID: row["document_id"] ?? "",
                                     codeVersion: version, provision: provision, field: field, snippet: snippet,
                                     sourcePath: row["source_path"] ?? "", lineStart: row["line_start"] ?? 0,
                                     lineEnd: row["line_end"] ?? 0))
            }
        }
        return Array(out.prefix(limit))
    }
}
