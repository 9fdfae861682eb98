/// Word tables (`w:tbl`): rows (`w:tr`), cells (`w:tc`) with their grid span and vertical merge,
/// header rows (`w:tblHeader`), and nested tables flattened into the cell that holds them.
extension WordBody {
    /// A top-level table as a table block (nil when it has no rows). A table that only lays out the
    /// page (it holds a table with more rows than its own) gives no block: its cells are read in
    /// order as body content, so the tables inside stay tables.
    mutating func table(_ tbl: XMLNode) -> Block? {
        let own = tbl.wordElements("tr")
        if Self.nestedTables(own).contains(where: { $0.wordElements("tr").count > own.count }) {
            for tr in own {
                for tc in tr.wordElements("tc") { read(tc) }
            }
            return nil
        }
        tables += 1
        var rows: [TableRow] = []
        for tr in own {
            rows.append(row(tr, locator: "table \(tables), row \(rows.count + 1)"))
        }
        return rows.isEmpty ? nil : .table(TableGrid.compacted(rows))
    }

    /// The tables inside the cells of `rows` (not those nested deeper inside them).
    private static func nestedTables(_ rows: [XMLNode]) -> [XMLNode] {
        var found: [XMLNode] = []
        var stack = rows.flatMap { $0.wordElements("tc") }
        while let node = stack.popLast() {
            for child in node.children where child.isWord {
                if child.name == "tbl" { found.append(child) } else { stack.append(child) }
            }
        }
        return found
    }

    /// One row. Grid columns the row skips before its first cell (`w:gridBefore`) become one
    /// empty cell spanning them, so later cells stay in their grid columns.
    private mutating func row(_ tr: XMLNode, locator: String) -> TableRow {
        let properties = tr.wordChild("trPr")
        let start = Location(part: part, line: paragraphs + 1, locator: locator)
        var cells: [TableCell] = []
        if let before = properties?.wordChild("gridBefore")?.value.flatMap({ Int($0) }), before > 0 {
            cells.append(TableCell(lines: [], columnSpan: min(before, 1000)))
        }
        for tc in tr.wordElements("tc") {
            cells.append(cell(tc, locator: locator))
        }
        return TableRow(cells: cells, isHeader: properties?.wordChild("tblHeader")?.isOn ?? false, location: start)
    }

    /// One cell: its paragraphs' lines; a `w:vMerge` continuation is an empty `continuesAbove`
    /// cell (Word keeps the merged text in the first cell; any text left in a continuation is kept).
    private mutating func cell(_ tc: XMLNode, locator: String) -> TableCell {
        let properties = tc.wordChild("tcPr")
        let span = properties?.wordChild("gridSpan")?.value.flatMap { Int($0) }.map { min(max($0, 1), 1000) } ?? 1
        let merge = properties?.wordChild("vMerge")
        let continues = merge != nil && merge?.value != "restart"
        var lines: [TextLine] = []
        cellContent(tc, locator: locator, into: &lines)
        return TableCell(lines: lines, columnSpan: span, continuesAbove: continues)
    }

    /// The lines of a cell's content in order: paragraphs, text boxes, content controls, and nested
    /// tables (each nested cell's lines in row order).
    mutating func cellContent(_ node: XMLNode, locator: String?, into lines: inout [TextLine]) {
        for child in node.wordContent where child.isWord {
            switch child.name {
            case "p":
                let read = paragraphLines(child, locator: locator)
                lines += read.lines
                for box in read.textBoxes { cellContent(box, locator: locator, into: &lines) }
            case "tbl":
                for tr in child.wordElements("tr") {
                    for tc in tr.wordElements("tc") { cellContent(tc, locator: locator, into: &lines) }
                }
            case "sdt":
                guard let content = child.wordChild("sdtContent") else { continue }
                if child.wordChild("sdtPr")?.wordChild("showingPlcHdr")?.isOn == true {
                    var placeholder: [TextLine] = []
                    cellContent(content, locator: locator, into: &placeholder)
                    dropped += placeholder.map { Document.Dropped(text: $0.text, location: $0.location, reason: "content control placeholder") }
                } else {
                    cellContent(content, locator: locator, into: &lines)
                }
            case "customXml", "smartTag": cellContent(child, locator: locator, into: &lines)
            default: break
            }
        }
    }
}
