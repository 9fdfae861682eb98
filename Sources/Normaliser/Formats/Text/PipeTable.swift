/// Pipe and markdown tables in text: `| 1.2 | text | Yes |` rows, `|---|` rules (the row above is a
/// header), grid tables (`+---+` borders; the lines between two borders are one row whose cells
/// wrap over several lines; a `+===+` border closes the header), and rows broken over several lines
/// (a line that opens a row with `|` and does not close it is joined with the lines up to the one
/// that does).
enum PipeTable {
    static func read(_ lines: ArraySlice<SourceLine>, shapes: ArraySlice<LineShape>, part: Int, into out: inout TextDocumentReader.Output) {
        let isGrid = shapes.contains(.gridBorder)
        var rows: [TableRow] = []
        var pending: [SourceLine] = []
        func flushGrid(header: Bool) {
            if !pending.isEmpty { rows.append(gridRow(pending, part: part, header: header)) }
            pending = []
        }
        var i = lines.startIndex
        while i < lines.endIndex {
            let line = lines[i]
            let at = Location(part: part, line: line.number)
            switch shapes[i] {
            case .gridBorder:
                flushGrid(header: line.text.contains("="))
                out.dropped.append(Document.Dropped(text: line.text, location: at, reason: "table border"))
                i += 1
            case .pipeRule:
                if !rows.isEmpty { rows[rows.count - 1].isHeader = true }
                out.dropped.append(Document.Dropped(text: line.text, location: at, reason: "table rule"))
                i += 1
            default:
                if isGrid { pending.append(line); i += 1; continue }
                var joined = [line]
                if opensRow(line.text), let close = closingLine(after: i + 1, lines: Array(lines), shapes: Array(shapes), offset: lines.startIndex) {
                    joined = Array(lines[i...close])
                    i = close + 1
                } else {
                    i += 1
                }
                rows.append(row(joined, part: part))
            }
        }
        flushGrid(header: false)
        if !rows.isEmpty { out.blocks.append(.table(rows)) }
    }

    /// The cells of one pipe line, outer pipes removed, `\|` kept as text.
    static func cells(_ text: String) -> [String] {
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
        var columns: [[String]] = []
        for line in lines {
            for (k, cell) in cells(line.text).enumerated() {
                if k >= columns.count { columns.append([]) }
                if !cell.isEmpty { columns[k].append(cell) }
            }
        }
        let cells = columns.map { parts -> TableCell in
            parts.isEmpty ? TableCell(lines: []) : TableCell(lines: [TextLine(parts.joined(separator: " "), at: at)])
        }
        let end = lines.count > 1 ? Location(part: part, line: lines[lines.count - 1].number) : nil
        return TableRow(cells: cells, isHeader: header, location: at, end: end)
    }

    /// True if the line opens a row with `|` but does not close it.
    static func opensRow(_ text: String) -> Bool {
        let t = text.trimmingWhitespace()
        return t.hasPrefix("|") && (t.count == 1 || !t.hasSuffix("|"))
    }

    /// The line (index into `lines`) that closes a row opened just before `start`: the first line at or
    /// after `start` ending with `|` before a blank line or a line opening another row (at most 40 lines).
    static func closingLine(after start: Int, lines: [SourceLine], shapes: [LineShape], offset: Int = 0) -> Int? {
        var j = start - offset
        var n = 0
        while j < lines.count, n < 40 {
            let t = lines[j].text.trimmingWhitespace()
            if t.isEmpty || t.hasPrefix("|") || shapes[j] == .tabbed { return nil }
            if t.hasSuffix("|") { return j + offset }
            j += 1
            n += 1
        }
        return nil
    }
}
