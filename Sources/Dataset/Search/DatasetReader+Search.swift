import Assessment
import GRDB

extension DatasetFile {
    /// Finds responses whose chosen fields (default: the landlords' own words - evidence, commentary and action)
    /// contain the search text.
    ///
    /// The text is never read as FTS5 syntax: words must all occur in one response (any order, any of the
    /// fields), `"double-quoted words"` must occur together in that order in one field, and `word*` matches words
    /// starting with `word`. `AND`, `OR`, `NEAR`, `:` and a stray `"` are ordinary text; case and accents are
    /// ignored. At most `SearchQuery.maxTerms` words and phrases. See `SearchQuery`.
    ///
    /// Each matching response gives one hit per chosen field the text was found in. Hits are ranked by
    /// relevance (FTS5 `bm25`, best first), then provision order, then document id, then field.
    ///
    /// ```swift
    /// for hit in try DatasetFile(path: "dataset.sqlite").search("\"learning from complaints\"") {
    ///     print("\(hit.landlordName) \(hit.provision) \(hit.field): \(hit.snippet)  \(hit.sourcePath):\(hit.lineStart)")
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - text: Words and "quoted phrases" to find.
    ///   - fields: The fields to look in (default `SearchField.landlordsWords`).
    ///   - limit: At most this many hits (default 50); none when below 1.
    /// - Returns: The hits, best first.
    /// - Throws: `DatasetError`:
    ///   - `nothing to search for: the search text has no words - give a word or a "quoted phrase", e.g. complaints "stage 2"`
    ///   - `too many search terms (40): at most 32 words and phrases - search for the most telling words`
    ///   - `PATH: the dataset has no table responses_fts - the dataset is damaged ...; rebuild it with 'chc build'`
    public func search(_ text: String, fields: [SearchField] = SearchField.allCases,
                       limit: Int = 50) throws(DatasetError) -> [SearchHit] {
        let query = try SearchQuery.parse(text)
        let fields = fields.isEmpty ? SearchField.allCases : SearchField.allCases.filter(fields.contains)
        guard limit > 0 else { return [] }
        return try read { db in
            try SearchHit.Record.requireReads(db)
            return try Self.hits(query, fields: fields, limit: limit, db)
        }
    }

    /// Runs the MATCH and splits each response into one hit per chosen field holding a match.
    private static func hits(_ query: SearchQuery, fields: [SearchField], limit: Int, _ db: Database) throws -> [SearchHit] {
        // Highlight with control characters (never in the index's text), then show them as [ ].
        let snippets = SearchField.allCases.enumerated().map { i, field in
            "snippet(responses_fts, \(i + 1), char(2), char(3), '…', 16) AS snippet_\(field.rawValue)"
        }.joined(separator: ", ")
        let filter = "{\(fields.map(\.rawValue).joined(separator: " "))} : (\(query.expression))"
        let records = try SearchHit.Record.fetchAll(db, sql: """
            SELECT l.name AS l_name, r.document_id AS r_document_id, r.code_version AS r_code_version,
                   r.provision AS r_provision, r.source_path AS r_source_path, r.line_start AS r_line_start,
                   r.line_end AS r_line_end, \(snippets)
            FROM responses_fts
            JOIN responses r ON r.id = responses_fts.response_id
            JOIN documents d ON d.id = r.document_id
            JOIN landlords l ON l.id = d.landlord_id
            WHERE responses_fts MATCH ?
            ORDER BY bm25(responses_fts), r.provision_key, r.document_id
            LIMIT ?
            """, arguments: [filter, limit])
        return Array(records.flatMap { $0.hits(in: fields) }.prefix(limit))
    }
}

extension DatasetReader {
    /// Opens the dataset at `path` and searches it: `DatasetFile(path:).search(_:fields:limit:)`.
    public static func search(path: String, text: String, fields: [SearchField] = SearchField.allCases,
                              limit: Int = 50) throws(DatasetError) -> [SearchHit] {
        try DatasetFile(path: path).search(text, fields: fields, limit: limit)
    }
}
