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
