/// A document or section a response cites as evidence.
///
/// ```swift
/// EvidenceRefExtractor.extract("Complaints Policy section 3.5.7")
/// // [EvidenceRef(document: "Complaints Policy", section: "3.5.7", text: "Complaints Policy section 3.5.7")]
/// ```
public struct EvidenceRef: Sendable, Hashable, Codable {
    /// The document as written ("Complaints Policy", "procedure", "website"), or nil when only a section is cited.
    public var document: String?
    /// The section: a number ("3.5.7", "4", "12-16"), "8 paragraph 6", or a quoted heading
    /// ("Definition of a complaint"); nil for a document cited as a whole.
    public var section: String?
    /// The words of the citation as they appear in the text.
    public var text: String

    /// Creates a reference.
    public init(document: String?, section: String?, text: String) {
        self.document = document
        self.section = section
        self.text = text
    }
}
