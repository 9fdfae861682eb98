import Assessment

/// The reading core's unit of input: one line of a text block or one row of a table, in document
/// order, with where it came from. Every unit ends up in a response, a heading, boilerplate or the
/// unparsed list.
struct Unit {
    enum Shape: Equatable {
        /// A line of a heading, paragraph or list item (`cells` holds the one text).
        case line
        /// A table row with two or more cells.
        case row
    }

    var shape: Shape
    /// Cell texts (a multi-line cell's lines joined by newlines); a line unit has one cell.
    var cells: [String]
    /// For table rows: the grid column where each cell starts (cells spanning columns shift later ones).
    var columns: [Int]
    /// True if the file declares the row a header (Word `w:tblHeader`, HTML `<th>`, markdown rule).
    var declaredHeader: Bool
    /// The block the unit belongs to, and whether it is the block's first unit.
    var block: Int
    var firstInBlock: Bool
    /// A heading block's level, for line units of headings.
    var headingLevel: Int?
    /// For table rows: which table (index among tables), so a header applies to its own table first.
    var table: Int?
    /// Every line of the file the unit covers, first to last.
    var locations: [Location]

    var location: Location { locations[0] }
    var part: Int { locations[0].part }

    /// The unit's text as one string: a line's text, or a row's cells joined by tabs.
    var text: String { shape == .line ? cells[0] : cells.joined(separator: "\t") }
    /// True if the unit has no visible text.
    var isBlank: Bool { cells.allSatisfy { $0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } } }

    /// The units of a document's blocks, in order.
    static func units(of document: Document) -> [Unit] {
        var units: [Unit] = []
        var table = 0
        for (b, block) in document.blocks.enumerated() {
            switch block.kind {
            case .table:
                for (k, row) in block.rows.enumerated() { units.append(unit(row, block: b, first: k == 0, table: table)) }
                table += 1
            case .heading(let level):
                for (k, line) in block.lines.enumerated() {
                    var u = lineUnit(line, block: b, first: k == 0)
                    u.headingLevel = level
                    units.append(u)
                }
            case .listItem:
                for (k, line) in block.lines.enumerated() {
                    var u = lineUnit(line, block: b, first: k == 0)
                    if k == 0 { u.cells[0] = "• " + u.cells[0] }
                    units.append(u)
                }
            case .paragraph:
                for (k, line) in block.lines.enumerated() { units.append(lineUnit(line, block: b, first: k == 0)) }
            }
        }
        return units
    }

    private static func lineUnit(_ line: TextLine, block: Int, first: Bool) -> Unit {
        Unit(shape: .line, cells: [line.text], columns: [0], declaredHeader: false, block: block, firstInBlock: first,
             headingLevel: nil, table: nil, locations: [line.location])
    }

    /// A table row. A row of one cell (a caption spanning the table, a line without separators) is a line unit.
    private static func unit(_ row: TableRow, block: Int, first: Bool, table: Int) -> Unit {
        var cells: [String] = []
        var columns: [Int] = []
        var column = 0
        var locations: [Location] = [row.location]
        for cell in row.cells {
            cells.append(cell.lines.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n"))
            columns.append(column)
            column += max(1, cell.columnSpan)
            for l in cell.lines where !locations.contains(l.location) { locations.append(l.location) }
        }
        if let end = row.end, !locations.contains(end) { locations.append(end) }
        locations = Self.span(locations)
        let nonEmpty = cells.filter { !$0.isEmpty }
        if cells.count == 1 || (nonEmpty.count == 1 && row.cells.count <= 1) {
            return Unit(shape: .line, cells: [nonEmpty.first ?? ""], columns: [0], declaredHeader: row.isHeader, block: block,
                        firstInBlock: first, headingLevel: nil, table: table, locations: locations)
        }
        return Unit(shape: .row, cells: cells, columns: columns, declaredHeader: row.isHeader, block: block, firstInBlock: first,
                    headingLevel: nil, table: table, locations: locations)
    }

    /// Locations sorted, and for text-like lines (no page, no locator) every line between the first and last
    /// filled in, so a row broken over several lines accounts for each of them.
    private static func span(_ locations: [Location]) -> [Location] {
        let sorted = locations.sorted { ($0.page ?? 0, $0.line) < ($1.page ?? 0, $1.line) }
        guard let first = sorted.first, let last = sorted.last, first.page == nil, last.page == nil,
              first.locator == nil, last.line - first.line < 200, last.line > first.line else { return sorted }
        return (first.line...last.line).map { Location(part: first.part, line: $0) }
    }
}
