/// One line of text in the document model, with where it came from.
public struct TextLine: Sendable, Hashable {
    public var text: String
    public var location: Location

    public init(_ text: String, at location: Location) {
        self.text = text
        self.location = location
    }
}

/// One table cell: its text lines (a cell's paragraphs or wrapped lines, in order) and how many
/// grid columns it spans. A vertically merged cell (Word `w:vMerge`, HTML `rowspan`) appears once,
/// in the row where it starts; the rows it also covers get an empty cell with `continuesAbove`.
public struct TableCell: Sendable, Hashable {
    public var lines: [TextLine]
    /// Grid columns the cell spans (Word `w:gridSpan`, HTML `colspan`); 1 for ordinary cells.
    public var columnSpan: Int
    /// True for the placeholder of a cell merged with the one above it (no text of its own).
    public var continuesAbove: Bool

    public init(lines: [TextLine], columnSpan: Int = 1, continuesAbove: Bool = false) {
        self.lines = lines
        self.columnSpan = columnSpan
        self.continuesAbove = continuesAbove
    }

    /// The cell's text, lines joined by newlines.
    public var text: String { lines.map(\.text).joined(separator: "\n") }
    public var isEmpty: Bool { lines.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
}

/// One table row. `isHeader` marks rows the file itself declares as headers (Word `w:tblHeader`,
/// HTML `<th>`/`<thead>`); the reading core also recognises header rows from their labels.
public struct TableRow: Sendable, Hashable {
    public var cells: [TableCell]
    public var isHeader: Bool
    /// Where the row starts (its first line).
    public var location: Location
    /// Where the row ends, when it spans several lines of the file (a text grid-table row, a PDF row
    /// over a page break); nil when it ends where its last cell line is.
    public var end: Location?

    public init(cells: [TableCell], isHeader: Bool = false, location: Location, end: Location? = nil) {
        self.cells = cells
        self.isHeader = isHeader
        self.location = location
        self.end = end
    }

    /// Every line of the row's cells, in cell order.
    public var lines: [TextLine] { cells.flatMap(\.lines) }
}

/// One block of a document, in reading order.
public struct Block: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A heading (`h1`–`h6`, Word heading styles, markdown `#`), with its level (1 = top).
        case heading(level: Int)
        /// A paragraph: for text files, a run of non-blank lines (each kept as its own `TextLine`).
        case paragraph
        /// One item of a bulleted or numbered list.
        case listItem
        /// A table (`rows`; `lines` is empty).
        case table
    }

    public var kind: Kind
    /// Lines of a heading, paragraph or list item.
    public var lines: [TextLine]
    /// Rows of a table.
    public var rows: [TableRow]

    public init(kind: Kind, lines: [TextLine] = [], rows: [TableRow] = []) {
        self.kind = kind
        self.lines = lines
        self.rows = rows
    }

    public static func table(_ rows: [TableRow]) -> Block { Block(kind: .table, rows: rows) }
    public static func paragraph(_ lines: [TextLine]) -> Block { Block(kind: .paragraph, lines: lines) }

    /// Where the block starts.
    public var location: Location? { rows.first?.location ?? lines.first?.location }
    /// The block's text: lines joined by newlines; a table's rows by newlines and cells by tabs.
    public var text: String {
        if kind == .table { return rows.map { $0.cells.map { $0.text.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t") }.joined(separator: "\n") }
        return lines.map(\.text).joined(separator: "\n")
    }
}
