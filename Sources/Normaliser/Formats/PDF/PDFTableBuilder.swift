/// Builds the rows of one table band: each line's words go to the column under them, and lines are
/// gathered into rows at row starts.
///
/// A row starts where the first column starts a new paragraph (its provision number, say), where at
/// least three columns (all columns that have text) start together, and around a line whose text
/// crosses the gutters (a merged cell: a caption row spanning the table). A cell's wrapped lines stay
/// in their column; an empty cell stays an empty cell in its place.
struct PDFTableBuilder {
    var columns: PDFColumns
    /// Index of the file in a multi-part document (`Location.part`).
    var part: Int

    /// One line's cells: runs of words in one column, or across several where a word crosses a gutter.
    struct LineCell {
        var first: Int
        var last: Int
        var text: String
        /// Top of the cell's words on this line.
        var top: Float
    }

    func cells(of line: PDFLine) -> [LineCell] {
        var cells: [LineCell] = []
        var start = 0, first = 0, last = -1
        for (i, w) in line.words.enumerated() {
            let a = columns.column(of: w.x0 + 0.25), b = max(a, columns.column(of: w.x1 - 0.25))
            if i > 0 && a > last {
                cells.append(cell(line.words[start..<i], first: first, last: last))
                start = i
                first = a
            } else if i == 0 {
                first = a
            }
            last = i == start ? b : max(last, b)
        }
        if !line.words.isEmpty { cells.append(cell(line.words[start...], first: first, last: last)) }
        return cells
    }

    private func cell(_ words: ArraySlice<PDFWord>, first: Int, last: Int) -> LineCell {
        LineCell(first: first, last: last, text: PDFLine.join(words), top: words.reduce(Float.greatestFiniteMagnitude) { min($0, $1.top) })
    }

    /// The distance between the tops of two lines of one paragraph in a cell: the most common distance
    /// between consecutive lines of a column. Word and LibreOffice set a cell's lines at a fixed
    /// pitch, so a larger step (even by a half-point border) means a new paragraph or row.
    func pitch(_ lines: [[LineCell]]) -> Float {
        var last = [Float?](repeating: nil, count: columns.count)
        var counts: [Int: Int] = [:]
        for cells in lines {
            var seen = Set<Int>()
            for c in cells where c.last == c.first {
                if let t = last[c.first] { counts[Int(((c.top - t) * 10).rounded()), default: 0] += 1 }
                seen.insert(c.first)
            }
            for k in 0..<columns.count { last[k] = seen.contains(k) ? cells.first { $0.first == k }?.top : nil }
        }
        guard let mode = counts.filter({ $0.key > 0 }).max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return 12 }
        return Float(mode.key) / 10
    }

    /// The band's rows, each with whether all its text is bold (a header row's mark).
    func rows(_ band: PDFBand) -> [(row: TableRow, bold: Bool)] {
        let lineCells = band.lines.map(cells(of:))
        let step = pitch(lineCells) + 0.2
        var rows: [(row: TableRow, bold: Bool)] = []
        var current = RowState(columns: columns.count)
        var lastTop = [Float](repeating: -.greatestFiniteMagnitude, count: columns.count)
        var previous = Set<Int>()
        var previousSpanned = false
        for (line, cells) in zip(band.lines, lineCells) {
            let spanned = cells.contains { $0.last > $0.first }
            let here = Set(cells.map(\.first))
            let starts = Set(cells.filter { !previous.contains($0.first) || $0.top - lastTop[$0.first] > step }.map(\.first))
            let newRow = !current.isEmpty && (spanned != previousSpanned
                || (spanned && cells[0].top - lastTop[cells[0].first] > step)
                || (!spanned && (starts.contains(0) || (starts.count >= min(3, columns.count - 1) && starts == here))))
            if newRow {
                rows.append((current.row(part: part), current.bold))
                current = RowState(columns: columns.count)
            }
            current.add(line, cells: cells, part: part)
            for c in cells { lastTop[c.first] = c.top }
            previous = here
            previousSpanned = spanned
        }
        if !current.isEmpty { rows.append((current.row(part: part), current.bold)) }
        return rows
    }

    /// The lines gathered so far for one row.
    struct RowState {
        var lines: [[TextLine]]
        /// Cells spanning several columns (first column -> last column), from a line crossing gutters.
        var spans: [Int: Int] = [:]
        var location: Location?
        var bold = true

        init(columns: Int) { lines = Array(repeating: [], count: columns) }

        var isEmpty: Bool { location == nil }

        mutating func add(_ line: PDFLine, cells: [LineCell], part: Int) {
            let at = Location(part: part, line: line.number, page: line.page)
            if location == nil { location = at }
            bold = bold && line.bold
            for c in cells {
                lines[c.first].append(TextLine(c.text, at: at))
                if c.last > c.first { spans[c.first] = max(spans[c.first] ?? c.first, c.last) }
            }
        }

        func row(part: Int) -> TableRow {
            let lines = self.lines.map(PDFBrokenWords.mend)
            var cells: [TableCell] = []
            var k = 0
            while k < lines.count {
                let last = min(spans[k] ?? k, lines.count - 1)
                cells.append(TableCell(lines: (k...last).flatMap { lines[$0] }, columnSpan: last - k + 1))
                k = last + 1
            }
            return TableRow(cells: cells, location: location ?? Location(part: part, line: 1))
        }
    }
}
