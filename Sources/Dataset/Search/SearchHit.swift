import Assessment

/// One place where search text was found: a field of one response, with a highlighted snippet and the
/// response's provenance.
///
/// ```swift
/// let hit = try DatasetReader.search(path: "dataset.sqlite", text: "learning").first
/// hit?.field    // "evidence"
/// hit?.snippet  // "…annual [learning] report…"
/// print("\(hit!.sourcePath):\(hit!.lineStart)")
/// ```
public struct SearchHit: Sendable, Hashable {
    /// Name of the landlord whose response matched (`landlords.name`).
    public var landlordName: String
    /// The document (`documents.id`).
    public var documentID: String
    /// Code version of the response.
    public var codeVersion: CodeVersion
    /// The provision answered, numbered in `codeVersion`.
    public var provision: ProvisionID
    /// Which field matched: `requirement`, `evidence`, `commentary` or `action`.
    public var field: String
    /// Up to about 16 words of the field around the match, matched words between `[` and `]`, cuts marked `…`.
    public var snippet: String
    /// File the response was read from, relative to the corpus folder.
    public var sourcePath: String
    /// First line of the response in `sourcePath` (1-based).
    public var lineStart: Int
    /// Last line of the response in `sourcePath` (1-based).
    public var lineEnd: Int

    /// Creates a hit from its parts.
    ///
    /// ```swift
    /// SearchHit(landlordName: "Acme Homes", documentID: "0123456789abcdef", codeVersion: .v2024,
    ///           provision: ProvisionID(section: 6, item: 10), field: "evidence", snippet: "[policy] p.4",
    ///           sourcePath: "assessments/acme.txt", lineStart: 40, lineEnd: 42)
    /// ```
    ///
    /// - Parameters:
    ///   - landlordName: The landlord's name.
    ///   - documentID: The document.
    ///   - codeVersion: The Code version.
    ///   - provision: The provision.
    ///   - field: The field that matched.
    ///   - snippet: The highlighted snippet.
    ///   - sourcePath: The source file.
    ///   - lineStart: First line.
    ///   - lineEnd: Last line.
    public init(landlordName: String, documentID: String, codeVersion: CodeVersion, provision: ProvisionID,
                field: String, snippet: String, sourcePath: String, lineStart: Int, lineEnd: Int) {
        self.landlordName = landlordName
        self.documentID = documentID
        self.codeVersion = codeVersion
        self.provision = provision
        self.field = field
        self.snippet = snippet
        self.sourcePath = sourcePath
        self.lineStart = lineStart
        self.lineEnd = lineEnd
    }
}

extension SearchHit {
    /// One matching response of the search's SELECT, with a snippet per field.
    struct Record: StoredRecord {
        static let table = "responses_fts"
        static let reads = [
            (table: "responses_fts", columns: ["response_id"] + SearchField.allCases.map(\.rawValue)),
            (table: "responses", columns: ["id", "document_id", "code_version", "provision", "provision_key", "source_path",
                                           "line_start", "line_end"]),
            (table: "documents", columns: ["id", "landlord_id"]),
            (table: "landlords", columns: ["id", "name"]),
        ]
        let hit: SearchHit
        let snippets: [SearchField: String]

        init(stored row: StoredRow) throws(DatasetError) {
            let r = row.on("responses", prefix: "r_")
            let lineStart = try r.int("line_start", in: 1...StoredRow.maxCount)
            hit = SearchHit(landlordName: try row.on("landlords", prefix: "l_").text("name"), documentID: try r.text("document_id"),
                            codeVersion: try r.codeVersion(), provision: try r.provision(), field: "", snippet: "",
                            sourcePath: try r.text("source_path"), lineStart: lineStart,
                            lineEnd: try r.int("line_end", in: 1...StoredRow.maxCount))
            var snippets: [SearchField: String] = [:]
            for field in SearchField.allCases {
                snippets[field] = try row.optionalText("snippet_\(field.rawValue)") ?? ""
            }
            self.snippets = snippets
        }

        /// One hit per chosen field whose snippet holds a highlighted match, `[` `]` around the matched words.
        func hits(in fields: [SearchField]) -> [SearchHit] {
            fields.compactMap { field in
                guard let raw = snippets[field], raw.contains("\u{2}") else { return nil }
                var hit = self.hit
                hit.field = field.rawValue
                hit.snippet = String(raw.map { $0 == "\u{2}" ? "[" : ($0 == "\u{3}" ? "]" : $0) })
                return hit
            }
        }
    }
}

