/// Where a piece of text sits in its source file.
///
/// - Text files: `line` is the 1-based line of the file; `page` and `locator` are nil.
/// - HTML: `line` is the source line where the element's text starts; `locator` is the element
///   path (`body/main/table[2]/tr[5]/td[3]`).
/// - PDF: `page` is the 1-based page and `line` the 1-based line on that page, as the reader
///   rebuilt lines from the words' boxes (`form.pdf p.6:14`).
/// - Word (.docx): `line` is the 1-based ordinal of the paragraph in the body (table-cell
///   paragraphs included); `locator` names the table and row (`table 3, row 5`).
public struct Location: Sendable, Hashable, Codable {
    /// Index of the file within a multi-part document (0 for single files).
    public var part: Int
    /// 1-based line (see the type's documentation for what a line is in each format).
    public var line: Int
    /// 1-based page, for paged formats (PDF).
    public var page: Int?
    /// Element path or table/row name, for structured formats (HTML, Word).
    public var locator: String?

    public init(part: Int = 0, line: Int, page: Int? = nil, locator: String? = nil) {
        self.part = part
        self.line = line
        self.page = page
        self.locator = locator
    }

    /// `path:line`, `path p.6:14` or `path (table 3, row 5)` — how a person finds the text.
    public func describe(path: String) -> String {
        var s = path
        if let page { s += " p.\(page):\(line)" } else { s += ":\(line)" }
        if let locator, page == nil { s += " (\(locator))" }
        return s
    }
}
