/// Puts the pages' regions together into the document's blocks: tables whose bands share columns are
/// read with the columns of all of them (a column empty on one page is still a column there), a band
/// that continues a table on the next page joins it (its repeated header row dropped, a row broken
/// by the page break joined to its first part), and running text becomes headings and paragraphs.
struct PDFDocumentAssembler {
    var bodySize: Float
    var part: Int

    private struct Item {
        var page: Int
        var region: PDFRegion
        var firstOnPage: Bool
        var lastOnPage: Bool
    }

    /// A table being built: its rows so far and the columns group it belongs to.
    private struct OpenTable {
        var rows: [(row: TableRow, bold: Bool)]
        var group: Int
        var lastPage: Int
    }

    func assemble(_ pages: [[PDFRegion]]) -> (blocks: [Block], dropped: [Document.Dropped]) {
        var items = self.items(pages)
        items = attachingContinuations(items)
        let (groups, columns) = columnGroups(items)
        var blocks: [Block] = []
        var dropped: [Document.Dropped] = []
        var open: OpenTable?
        var previous: Item?
        let text = PDFTextBlocks(bodySize: bodySize, part: part)
        for (k, item) in items.enumerated() {
            switch item.region {
            case .text(let lines):
                if let t = open { blocks.append(finish(t)) }
                open = nil
                blocks += text.blocks(lines)
            case .table(let band):
                let rows = PDFTableBuilder(columns: columns[groups[k]], part: part).rows(band)
                let continues = open.map { $0.group == groups[k] && $0.lastPage == item.page - 1 } ?? false
                    && item.firstOnPage && (previous?.lastOnPage ?? false)
                if continues, var t = open {
                    dropped += join(rows, into: &t)
                    t.lastPage = item.page
                    open = t
                } else {
                    if let t = open { blocks.append(finish(t)) }
                    open = OpenTable(rows: rows, group: groups[k], lastPage: item.page)
                }
            }
            previous = item
        }
        if let t = open { blocks.append(finish(t)) }
        return (markRepeatedHeaders(blocks), dropped)
    }

    private func items(_ pages: [[PDFRegion]]) -> [Item] {
        var items: [Item] = []
        for regions in pages {
            for (k, region) in regions.enumerated() {
                let page: Int
                switch region {
                case .text(let lines): page = lines.first?.page ?? 0
                case .table(let band): page = band.page
                }
                items.append(Item(page: page, region: region, firstOnPage: k == 0, lastOnPage: k == regions.count - 1))
            }
        }
        return items
    }

    /// Lines at the top of a page, before its first table band, that go on a table ending the page
    /// before: the table's header row again and the rest of a row broken by the page break, with no
    /// line running right across a gutter. They join the band that follows them on the page, or
    /// become a band of their own with the columns of the table they continue.
    private func attachingContinuations(_ items: [Item]) -> [Item] {
        var out: [Item] = []
        var k = 0
        while k < items.count {
            let item = items[k]
            guard case .text(let lines) = item.region, item.firstOnPage, let previous = out.last, previous.lastOnPage,
                  previous.page == item.page - 1, case .table(let before) = previous.region else {
                out.append(item)
                k += 1
                continue
            }
            if k + 1 < items.count, case .table(var band) = items[k + 1].region, items[k + 1].page == item.page,
               lines.allSatisfy({ fits($0, band) }) {
                band.lines = lines + band.lines
                out.append(Item(page: item.page, region: .table(band), firstOnPage: true, lastOnPage: items[k + 1].lastOnPage))
                k += 2
                continue
            }
            let count = lines.prefix { fits($0, before) }.count
            if count > 0 {
                let band = PDFBand(lines: Array(lines.prefix(count)), columns: before.columns, page: item.page, left: before.left, right: before.right)
                out.append(Item(page: item.page, region: .table(band), firstOnPage: true, lastOnPage: count == lines.count && item.lastOnPage))
            }
            if count < lines.count {
                out.append(Item(page: item.page, region: .text(Array(lines.dropFirst(count))), firstOnPage: count == 0, lastOnPage: item.lastOnPage))
            }
            k += 1
        }
        return out
    }

    private func fits(_ line: PDFLine, _ band: PDFBand) -> Bool {
        line.size < bodySize * 1.15 && line.x0 >= band.left - 2 && line.x1 <= band.right + 2
            && !band.columns.crossed(by: line)
    }

    /// Each table item's group (bands whose gutters agree, in document order) and each group's columns.
    private func columnGroups(_ items: [Item]) -> (groups: [Int], columns: [PDFColumns]) {
        var groups = [Int](repeating: 0, count: items.count)
        var members: [[PDFBand]] = []
        var columns: [PDFColumns] = []
        for (k, item) in items.enumerated() {
            guard case .table(let band) = item.region else { continue }
            if let g = members.indices.last, let last = members[g].last,
               columns[g].agrees(with: band.columns, over: last.range, otherRange: band.range) {
                let joined = joinedColumns(members[g] + [band])
                if joined.count >= max(columns[g].count, band.columns.count) {
                    members[g].append(band)
                    columns[g] = joined
                    groups[k] = g
                    continue
                }
            }
            members.append([band])
            columns.append(band.columns)
            groups[k] = members.count - 1
        }
        return (groups, columns)
    }

    private func joinedColumns(_ bands: [PDFBand]) -> PDFColumns { PDFPageLayout.columns(bands.flatMap(\.lines)) }

    /// Appends a band continuing `table` on the next page; returns the repeated header row's lines, dropped.
    private func join(_ rows: [(row: TableRow, bold: Bool)], into table: inout OpenTable) -> [Document.Dropped] {
        var rows = rows[...]
        var dropped: [Document.Dropped] = []
        if let header = table.rows.first, let first = rows.first, let split = Self.split(first.row, header: header.row) {
            table.rows[0].row.isHeader = true
            dropped = Self.lines(of: split.header).map { Document.Dropped(text: $0.text, location: $0.location, reason: "repeated table header") }
            rows = rows.dropFirst()
            if let rest = split.rest { rows = [(rest, first.bold)] + rows }
        }
        if let first = rows.first, let last = table.rows.last, continuesRow(first.row, after: last.row, in: table.rows) {
            var merged = last.row
            for c in merged.cells.indices { merged.cells[c].lines += first.row.cells[c].lines }
            table.rows[table.rows.count - 1].row = merged
            rows = rows.dropFirst()
        }
        table.rows += rows
        return dropped
    }

    /// A row at the top of a page that opens with the table's header row again: the header's lines, and
    /// what follows them in the same cells (a row broken by the page break, when no gap set them apart).
    static func split(_ row: TableRow, header: TableRow) -> (header: TableRow, rest: TableRow?)? {
        guard row.cells.count == header.cells.count, header.cells.contains(where: { !$0.isEmpty }) else { return nil }
        var head = row, rest = row
        for (c, cell) in header.cells.enumerated() {
            let n = cell.lines.count
            guard row.cells[c].lines.count >= n,
                  zip(row.cells[c].lines, cell.lines).allSatisfy({ squeeze($0.text) == squeeze($1.text) }) else { return nil }
            head.cells[c].lines = Array(row.cells[c].lines.prefix(n))
            rest.cells[c].lines = Array(row.cells[c].lines.dropFirst(n))
        }
        guard let start = rest.lines.map(\.location).min(by: { ($0.page ?? 0, $0.line) < ($1.page ?? 0, $1.line) }) else { return (head, nil) }
        rest.location = start
        return (head, rest)
    }

    private static func squeeze(_ s: String) -> String { s.split(separator: " ").joined(separator: " ") }

    /// A row at the top of a page continues the row before the break when its first cell is empty while
    /// the rows of the table mostly have one (their number), and the cells line up.
    private func continuesRow(_ row: TableRow, after last: TableRow, in rows: [(row: TableRow, bold: Bool)]) -> Bool {
        guard row.cells.count == last.cells.count, row.cells.count >= 2, row.cells[0].isEmpty, !last.cells[0].isEmpty else { return false }
        let numbered = rows.filter { !$0.row.cells.isEmpty && !$0.row.cells[0].isEmpty }.count
        return numbered * 2 >= rows.count
    }

    private func finish(_ table: OpenTable) -> Block {
        var rows = table.rows.map(\.row)
        if let first = table.rows.first, first.bold, table.rows.count == 1 || !table.rows[1].bold { rows[0].isHeader = true }
        return .table(rows)
    }

    /// Tables of one document whose first row repeats an earlier table's header row (a header row
    /// printed above each section's table) have that row marked as a header too.
    private func markRepeatedHeaders(_ blocks: [Block]) -> [Block] {
        var headers = Set<String>()
        var out = blocks
        for (b, block) in blocks.enumerated() where block.kind == .table {
            guard let first = block.rows.first else { continue }
            let key = Self.key(first)
            if first.isHeader { headers.insert(key) } else if headers.contains(key) { out[b].rows[0].isHeader = true }
        }
        return out
    }

    /// A row's text with whitespace collapsed, for comparing header rows.
    static func key(_ row: TableRow) -> String {
        row.cells.map { $0.lines.map(\.text).joined(separator: " ").split(separator: " ").joined(separator: " ") }.joined(separator: "\t")
    }

    /// A row's text per rebuilt line (cells of one line joined by spaces), with the line's location.
    static func lines(of row: TableRow) -> [TextLine] {
        var byLine: [(Location, [String])] = []
        for line in row.lines {
            if let k = byLine.firstIndex(where: { $0.0 == line.location }) { byLine[k].1.append(line.text) } else { byLine.append((line.location, [line.text])) }
        }
        return byLine.sorted { $0.0.line < $1.0.line }.map { TextLine($0.1.joined(separator: " "), at: $0.0) }
    }
}
