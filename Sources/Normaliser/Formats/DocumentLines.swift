/// The document model written out as text lines, each with the location it came from: a
/// heading or paragraph line as it stands, a list item after a bullet, a table row as its cells
/// joined by tabs (a cell's own line breaks become spaces), a blank line between blocks.
///
/// Used to read structured formats (PDF, Word, HTML) with the text-line readers, keeping each
/// line's page, line and element path for the responses' provenance.
struct DocumentLines {
    var lines: [SourceLine] = []
    /// The location of each line in `lines` (nil for the blank lines between blocks).
    var locations: [Location?] = []

    init(_ document: Document, part: Int) {
        for block in document.blocks {
            if !lines.isEmpty { append("", nil, part: part) }
            switch block.kind {
            case .table:
                for row in block.rows {
                    let text = row.cells.map { cell in
                        cell.lines.map { $0.text.replacingOccurrences(of: "\t", with: " ") }.joined(separator: " ")
                    }.joined(separator: "\t")
                    append(text, row.location, part: part)
                }
            case .listItem:
                for (k, line) in block.lines.enumerated() { append((k == 0 ? "• " : "") + line.text, line.location, part: part) }
            case .heading, .paragraph:
                for line in block.lines { append(line.text, line.location, part: part) }
            }
        }
    }

    private mutating func append(_ text: String, _ location: Location?, part: Int) {
        lines.append(SourceLine(number: lines.count + 1, text: text, part: part))
        locations.append(location)
    }

    /// The location of 1-based line `n`, or the nearest located line before it.
    func location(ofLine n: Int) -> Location? {
        var i = min(n, locations.count) - 1
        while i >= 0 {
            if let l = locations[i] { return l }
            i -= 1
        }
        return locations.lazy.compactMap { $0 }.first
    }
}
