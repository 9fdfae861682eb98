/// A run of one page's lines: running text, or a table band (lines laid out in columns).
enum PDFRegion: Sendable {
    case text([PDFLine])
    case table(PDFBand)
}

/// Lines of one page that form (part of) a table, with the columns found from them.
struct PDFBand: Sendable {
    var lines: [PDFLine]
    var columns: PDFColumns
    var page: Int
    var left: Float
    var right: Float

    var range: ClosedRange<Float> { left...max(left, right) }
}

/// Splits a page's lines into running text and table bands.
///
/// A band starts and ends at lines whose words fall apart into two or more segments at gaps wider
/// than a word space; the lines between them belong to it unless a heading, a long vertical gap or
/// a run of full-width lines (a paragraph between two tables) intervenes. Its columns are the gutters
/// of its segmented lines; the lines just after it that sit inside one column (the last cell's
/// wrapped lines) join it.
struct PDFPageLayout {
    /// The document's body font size (most characters).
    var bodySize: Float

    /// Gaps at least this wide split a line into segments (a word space is about a quarter of the size).
    static func segmentGap(_ size: Float) -> Float { max(3, 0.4 * size) }

    static func segmentCount(_ line: PDFLine) -> Int {
        var n = line.words.isEmpty ? 0 : 1
        for i in line.words.indices.dropFirst() where line.words[i].x0 - line.words[i - 1].x1 >= segmentGap(line.words[i].size) { n += 1 }
        return n
    }

    func isHeading(_ line: PDFLine) -> Bool { line.size >= bodySize * 1.15 }

    func regions(_ lines: [PDFLine], page: Int) -> [PDFRegion] {
        let multi = lines.map { Self.segmentCount($0) >= 2 }
        var regions: [PDFRegion] = []
        var text: [PDFLine] = []
        var i = 0
        while i < lines.count {
            guard multi[i], !isHeading(lines[i]), let band = band(lines, multi: multi, from: i, page: page) else {
                text.append(lines[i])
                i += 1
                continue
            }
            if !text.isEmpty { regions.append(.text(text)) }
            text = []
            regions.append(.table(band.band))
            i = band.end
        }
        if !text.isEmpty { regions.append(.text(text)) }
        return regions
    }

    /// The band starting at line `start`, and the index after its last line; nil when the lines do not
    /// make at least two columns over at least two segmented lines.
    private func band(_ lines: [PDFLine], multi: [Bool], from start: Int, page: Int) -> (band: PDFBand, end: Int)? {
        var lastMulti = start
        var wideRun = 0
        var j = start + 1
        var left = lines[start].x0, right = lines[start].x1
        while j < lines.count {
            let line = lines[j]
            if isHeading(line) || line.top - lines[j - 1].bottom > 4 * max(lines[j - 1].size, 4) { break }
            if multi[j] {
                lastMulti = j
                wideRun = 0
                left = min(left, line.x0)
                right = max(right, line.x1)
            } else if line.x1 - line.x0 >= 0.6 * (right - left) {
                wideRun += 1
                if wideRun >= 3 { break }
            } else {
                wideRun = 0
            }
            j += 1
        }
        guard (start...lastMulti).filter({ multi[$0] }).count >= 2 else { return nil }
        let columns = Self.columns(Array(lines[start...lastMulti]))
        guard columns.count >= 2 else { return nil }
        var end = lastMulti + 1
        // The last row's taller cells go on below the last segmented line, each line inside one column.
        while end < lines.count, !multi[end], !isHeading(lines[end]), fitsOneColumn(lines[end], columns),
              lines[end].top - lines[end - 1].bottom <= 1.5 * max(lines[end - 1].size, 4) {
            end += 1
        }
        let members = Array(lines[start..<end])
        let l = members.map(\.x0).min() ?? left, r = members.map(\.x1).max() ?? right
        return (PDFBand(lines: members, columns: columns, page: page, left: l, right: r), end)
    }

    /// The columns of a band's lines: first from its segmented lines, then again with the other lines
    /// that cross no gutter right across (a cell's lone wrapped lines narrow the gutters beside them; a
    /// merged caption row running over them is left out).
    static func columns(_ lines: [PDFLine]) -> PDFColumns {
        let size = PDFLine.dominantSize(lines.flatMap(\.words))
        let segmented = lines.filter { segmentCount($0) >= 2 }
        let first = PDFColumns.find(segmented, minWidth: segmentGap(size), allowance: segmented.count / 20)
        let fitting = lines.filter { line in
            segmentCount(line) >= 2 || !first.crossed(by: line)
        }
        guard fitting.count > segmented.count else { return first }
        let second = PDFColumns.find(fitting, minWidth: segmentGap(size), allowance: segmented.count / 20)
        return second.count == first.count ? second : first
    }

    /// The line crosses no gutter from one side to the other (it may reach into one: the gutters of a
    /// few lines are wider than the table's).
    private func fitsOneColumn(_ line: PDFLine, _ columns: PDFColumns) -> Bool {
        !columns.crossed(by: line)
    }
}
