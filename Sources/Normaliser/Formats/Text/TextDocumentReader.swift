/// Reads a decoded text file into the document model, choosing the layout per region: a run of
/// tab-separated lines is a table, a run of pipe lines (markdown, grid or broken rows) is a table,
/// anything else is paragraphs (runs of non-blank lines) and markdown headings. One file may hold
/// a pipe table, then glued text, then key-value blocks; each region is read as what it is.
///
/// ```swift
/// let text = TextDocumentReader.read(SourceLine.split("1.2\tA complaint…\tYes\n"), part: 0)
/// text.blocks.first?.kind   // .table
/// ```
enum TextDocumentReader {
    /// The blocks of a file, the lines left out (rules, borders) and the number of blank lines.
    struct Output {
        var blocks: [Block] = []
        var dropped: [Document.Dropped] = []
        var blankLines = 0
        /// Which blocks are pipe tables (the rest of the tables are tab tables), for `documents.format`.
        var pipeTables = Set<Int>()
    }

    static func read(_ lines: [SourceLine], part: Int) -> Output {
        let shapes = lines.map { LineShape.of($0.text) }
        var out = Output()
        var i = 0
        while i < lines.count {
            switch shapes[i] {
            case .blank:
                out.blankLines += 1
                i += 1
            case .tabbed:
                var j = i
                while j < lines.count, shapes[j] == .tabbed { j += 1 }
                out.blocks.append(tabTable(lines[i..<j], part: part))
                i = j
            case .piped, .pipeRule, .gridBorder:
                let before = out.blocks.count
                i = PipeTable.read(lines, from: i, shapes: shapes, part: part, into: &out)
                if out.blocks.count > before { out.pipeTables.insert(out.blocks.count - 1) }
            case .plain:
                var j = i
                while j < lines.count, shapes[j] == .plain { j += 1 }
                paragraphs(lines[i..<j], part: part, into: &out)
                i = j
            }
        }
        return out
    }

    private static func tabTable(_ lines: ArraySlice<SourceLine>, part: Int) -> Block {
        .table(lines.map { line in
            let at = Location(part: part, line: line.number)
            let cells = Self.tabCells(line.text).map { cell -> TableCell in
                let t = cell.trimmingWhitespace()
                return TableCell(lines: t.isEmpty ? [] : [TextLine(t, at: at)])
            }
            return TableRow(cells: cells, location: at)
        })
    }

    /// The text between tabs; an ASCII line is split on its bytes (each byte a Character), any other by Characters.
    static func tabCells(_ text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: "\t", omittingEmptySubsequences: false) }
        var cells: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var i = start
        while i != bytes.endIndex {
            if bytes[i] == 0x09 {
                cells.append(Substring(text.utf8[start..<i]))
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        cells.append(Substring(text.utf8[start..<bytes.endIndex]))
        return cells
    }

    /// Runs of non-blank lines become paragraphs; a markdown heading (`## Section 2`) is a block of its own.
    private static func paragraphs(_ lines: ArraySlice<SourceLine>, part: Int, into out: inout Output) {
        var current: [TextLine] = []
        func flush() {
            if !current.isEmpty { out.blocks.append(.paragraph(current)) }
            current = []
        }
        for line in lines {
            let at = Location(part: part, line: line.number)
            if let level = markdownHeadingLevel(line.text) {
                flush()
                out.blocks.append(Block(kind: .heading(level: level), lines: [TextLine(line.text.trimmingWhitespace(), at: at)]))
            } else {
                current.append(TextLine(line.text, at: at))
            }
        }
        flush()
    }

    /// `#` to `######` followed by a space at the start of a line.
    static func markdownHeadingLevel(_ text: String) -> Int? {
        var level = 0
        for b in text.utf8 {
            if b == UInt8(ascii: "#") { level += 1; continue }
            return b == 0x20 && (1...6).contains(level) ? level : nil
        }
        return nil
    }
}
