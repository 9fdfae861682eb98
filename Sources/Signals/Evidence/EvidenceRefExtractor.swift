/// Finds the documents and sections a response cites.
///
/// Recognised forms (a "number" is `4`, `3.5.7`; lists join numbers with `/`, `,`, `&`, `and`; `12 to 16`
/// and `12-16` are one range):
/// - `section|paragraph|clause N`, optionally followed by `of (the|our) DOCUMENT`, and `section 8, paragraph 6`;
/// - `DOCUMENT 6.2/6.3` (a dotted number right after a document);
/// - `3.6.5 of the Complaints Policy`;
/// - a dotted number elsewhere in a sentence that names a document ("The Policy sets out at 3.6.4 that…"),
///   except after "as", "provision" or "code" and before "above"/"below" (cross-references to other rows);
/// - a quoted heading with "section": `'Definition of a complaint' section`, `section 'Next steps'`.
///
/// A section takes the document named with it; failing that, the nearest document earlier in its sentence,
/// then later in its sentence, then the last document named earlier in the text; else none. Documents cited
/// without a section are references on their own, unless the same document is also cited with a section.
/// Results are in order of appearance without duplicates (same document, ignoring case, and section).
public enum EvidenceRefExtractor {
    static let sectionWords: Set<String> = ["section", "sections", "paragraph", "paragraphs", "para", "clause",
                                            "clauses"]

    /// The references cited in `text`, in order of appearance.
    ///
    /// ```swift
    /// EvidenceRefExtractor.extract("Defined in Customer Feedback Policy 6.2/6.3").map(\.section)  // ["6.2", "6.3"]
    /// ```
    public static func extract(_ text: String) -> [EvidenceRef] {
        let tokenized = TokenizedText(text)
        let documents = DocumentMention.find(in: tokenized)
        var scanner = SectionScanner(text: tokenized, documents: documents)
        scanner.scan()
        var found = scanner.found
        let cited = Set(found.compactMap { $0.ref.document?.lowercased() })
        for document in documents where !scanner.usedDocuments.contains(document.range.lowerBound)
            && !cited.contains(document.name.lowercased()) {
            found.append((document.range.lowerBound, EvidenceRef(document: document.name, section: nil,
                                                                  text: document.name)))
        }
        var seen = Set<String>()
        return found.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element.ref)
            .filter { seen.insert(($0.document?.lowercased() ?? "") + "\u{1F}" + ($0.section ?? "")).inserted }
    }
}
