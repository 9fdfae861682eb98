import Assessment

/// A published self-assessment as the readers see it, whatever its format: ordered blocks
/// (headings, paragraphs, list items, tables) with provenance, before any provision is read.
///
/// Every format reader produces one: text files by layout detection per region (a file may hold
/// a pipe table, then glued text, then key-value blocks), HTML from its elements, Word from its
/// body, PDF from the words' positions. The reading core then works on blocks only.
///
/// ```swift
/// let document = try TextDocumentReader().read(path: "a.txt", bytes: bytes, part: 0)
/// document.blocks.first?.kind // .paragraph
/// ```
public struct Document: Sendable {
    /// One source file of the document.
    public struct Part: Sendable, Hashable {
        public var path: String
        /// `pdf`, `docx`, `html`, or `text/<layout>` (e.g. `text/tab-table`; `text/mixed` when regions differ).
        public var format: String
        /// Lowercase hex SHA-256 of the raw bytes.
        public var sha256: String
        public var byteCount: Int
        /// Number of lines the format's reader counted (text: physical lines; PDF: rebuilt lines;
        /// HTML: source lines; Word: body paragraphs).
        public var lineCount: Int
        /// `utf-8`, `utf-16le`, `windows-1252`, … for text formats; nil for binary formats.
        public var encoding: String?
        /// Pages, for paged formats.
        public var pageCount: Int?

        public init(path: String, format: String, sha256: String, byteCount: Int, lineCount: Int,
                    encoding: String? = nil, pageCount: Int? = nil) {
            self.path = path
            self.format = format
            self.sha256 = sha256
            self.byteCount = byteCount
            self.lineCount = lineCount
            self.encoding = encoding
            self.pageCount = pageCount
        }
    }

    /// Text a reader left out of `blocks` on purpose, kept so every line is accounted for:
    /// navigation, scripts, repeated page headers and footers, page numbers.
    public struct Dropped: Sendable, Hashable {
        public var text: String
        public var location: Location
        /// Why it was left out (`page header`, `page footer`, `navigation`, `script`, `hidden`, …).
        public var reason: String

        public init(text: String, location: Location, reason: String) {
            self.text = text
            self.location = location
            self.reason = reason
        }
    }

    public var parts: [Part]
    public var blocks: [Block]
    public var dropped: [Dropped]
    /// Title candidates the file carries outside its body text (HTML `<title>`, the first `h1`,
    /// Word's core-properties title), offered to landlord and period detection.
    public var titleHints: [String]

    public init(parts: [Part], blocks: [Block], dropped: [Dropped] = [], titleHints: [String] = []) {
        self.parts = parts
        self.blocks = blocks
        self.dropped = dropped
        self.titleHints = titleHints
    }

    /// Appends another part's document (a multi-part assessment): its blocks follow this one's.
    public mutating func append(_ other: Document) {
        parts += other.parts
        blocks += other.blocks
        dropped += other.dropped
        titleHints += other.titleHints
    }
}
