/// Pipe and markdown tables in text: `| 1.2 | text | Yes |` rows, `|---|` rules (the row above is a
/// header), grid tables (`+---+` borders; the lines between two borders are one row whose cells
/// wrap over several lines; a `+===+` border closes the header), and rows broken over several lines
/// (a line that opens a row with `|` and does not close it is joined with the lines up to the one
/// that does).
enum PipeTable {
    /// Reads the pipe table starting at line `start`; returns the index of the first line after it.
    static func read(_ lines: [SourceLine], from start: Int, shapes: [LineShape], part: Int, into out: inout TextDocumentReader.Output) -> Int {
        var isGrid = false
        var k = start
        while k < lines.count, shapes[k] != .blank, shapes[k] != .tabbed, shapes[k] != .plain { if shapes[k] == .gridBorder { isGrid = true }; k += 1 }
        let expected = (start..<k).first { shapes[$0] == .piped }.map { pipes(lines[$0].text) } ?? 0
        var rows: [TableRow] = []
        var pending: [SourceLine] = []
        func flushGrid(header: Bool) {
            if !pending.isEmpty { rows.append(gridRow(pending, part: part, header: header)) }
            pending = []
        }
        var i = start
        loop: while i < lines.count {
            let line = lines[i]
            let at = Location(part: part, line: line.number)
            switch shapes[i] {
            case .blank, .tabbed, .plain: break loop
            case .gridBorder:
                flushGrid(header: line.text.contains("="))
                out.dropped.append(Document.Dropped(text: line.text, location: at, reason: "table border"))
                i += 1
            case .pipeRule:
                if !rows.isEmpty { rows[rows.count - 1].isHeader = true }
                out.dropped.append(Document.Dropped(text: line.text, location: at, reason: "table rule"))
                i += 1
            case .piped:
                if isGrid { pending.append(line); i += 1; continue }
                let joined = brokenRow(lines, from: i, shapes: shapes, expected: expected)
                rows.append(row(Array(lines[i..<(i + joined)]), part: part))
                i += joined
            }
        }
        flushGrid(header: false)
        if !rows.isEmpty { out.blocks.append(.table(rows)) }
        return max(i, start + 1)
    }

    /// How many lines make the row starting at `i`: one, or - for a row broken over lines (its text wrapped, or
    /// broken just before a cell) - as many as it takes for its separators to reach the table's, when they do.
    private static func brokenRow(_ lines: [SourceLine], from i: Int, shapes: [LineShape], expected: Int) -> Int {
        var count = pipes(lines[i].text)
        guard count < expected else { return 1 }
        var j = i + 1
        while j < lines.count, j - i < 40, shapes[j] == .piped || shapes[j] == .plain {
            count += pipes(lines[j].text)
            j += 1
            if count == expected { return j - i }
            if count > expected { return 1 }
        }
        return 1
    }

    /// Unescaped pipe characters in a line.
    static func pipes(_ text: String) -> Int {
        var n = 0
        var escaped = false
        for b in text.utf8 {
            if b == UInt8(ascii: "|") && !escaped { n += 1 }
            escaped = b == UInt8(ascii: "\\")
        }
        return n
    }

    /// The cells of one grid line as written, padding kept (a cell whose text reaches the padding before the next `|` filled its column).
    static func rawCells(_ text: String) -> [Substring] {
        var s = Substring(text.trimmingWhitespace())
        if s.hasPrefix("|") { s = s.dropFirst() }
        if s.hasSuffix("|") { s = s.dropLast() }
        return s.split(separator: "|", omittingEmptySubsequences: false).map { $0.hasPrefix(" ") ? $0.dropFirst() : $0 }
    }

    /// The cells of one pipe line, outer pipes removed, `\|` kept as text.
    static func cells(_ text: String) -> [String] {
        asciiCells(text) ?? cellsByCharacter(text)
    }

    /// `cells` by `Character`s (any line; `asciiCells` is its fast path).
    static func cellsByCharacter(_ text: String) -> [String] {
        var s = Substring(text.trimmingWhitespace())
        if s.hasPrefix("|") { s = s.dropFirst() }
        if s.hasSuffix("|") && !s.hasSuffix("\\|") { s = s.dropLast() }
        var out: [String] = []
        var current = ""
        var escaped = false
        for ch in s {
            if ch == "|" && !escaped { out.append(current.trimmingWhitespace()); current = ""; continue }
            escaped = ch == "\\"
            current.append(ch)
        }
        out.append(current.trimmingWhitespace())
        return out
    }

    /// `cells` of an ASCII line, on its bytes (each byte is a Character); nil for any other line.
    static func asciiCells(_ text: String) -> [String]? {
        let trimmed = text.trimmingWhitespace()
        var bytes = Array(trimmed.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        if bytes.first == 0x7C { bytes.removeFirst() }
        if bytes.last == 0x7C, !(bytes.count >= 2 && bytes[bytes.count - 2] == 0x5C) { bytes.removeLast() }
        var out: [String] = []
        var current: [UInt8] = []
        var escaped = false
        for b in bytes {
            if b == 0x7C && !escaped {
                out.append(String(decoding: current, as: UTF8.self).trimmingWhitespace())
                current.removeAll(keepingCapacity: true)
                continue
            }
            escaped = b == 0x5C
            current.append(b)
        }
        out.append(String(decoding: current, as: UTF8.self).trimmingWhitespace())
        return out
    }

    /// A row broken over lines: one row whose cells are those of the joined text.
    private static func row(_ lines: [SourceLine], part: Int) -> TableRow {
        let at = Location(part: part, line: lines[0].number)
        let text = lines.map { $0.text.trimmingWhitespace() }.joined(separator: " ")
        let cells = cells(text).map { TableCell(lines: $0.isEmpty ? [] : [TextLine($0, at: at)]) }
        let end = lines.count > 1 ? Location(part: part, line: lines[lines.count - 1].number) : nil
        return TableRow(cells: cells, location: at, end: end)
    }

    /// A grid row: the lines between two borders, cell by cell, wrapped text joined with spaces.
    private static func gridRow(_ lines: [SourceLine], part: Int, header: Bool) -> TableRow {
        let at = Location(part: part, line: lines[0].number)
        var columns: [String] = []
        var wasCut: [Bool] = []
        for line in lines {
            for (k, cell) in rawCells(line.text).enumerated() {
                if k >= columns.count { columns.append("") }
                let text = cell.trimmingWhitespace()
                guard !text.isEmpty else { continue }
                // A word longer than its column is cut at the column's edge: the next line continues it without a space.
                let cut = k < wasCut.count && wasCut[k] && columns[k].last.map { !$0.isWhitespace } == true
                columns[k] += columns[k].isEmpty || cut ? text : " " + text
            }
            wasCut = rawCells(line.text).map { raw in
                let t = raw.trimmingWhitespace()
                return !t.isEmpty && !t.contains(" ") && t.count >= raw.count - 1
            }
        }
        let cells = columns.map { $0.isEmpty ? TableCell(lines: []) : TableCell(lines: [TextLine($0, at: at)]) }
        let end = lines.count > 1 ? Location(part: part, line: lines[lines.count - 1].number) : nil
        return TableRow(cells: cells, isHeader: header, location: at, end: end)
    }
}
