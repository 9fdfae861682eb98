/// HTML tables: rows from `thead`, `tbody` and `tfoot` (footers last, as shown), cells with
/// `colspan` as their span and `rowspan` as `continuesAbove` placeholders in the rows below;
/// `thead` rows and rows of only `th` cells are header rows; a `caption` is a paragraph before
/// the table; a table inside a cell is flattened into that cell's lines. A table that lays out the
/// page (`role="presentation"`, or holding a table with more rows than its own) is not a table:
/// its cells are read in order as parts of the page, so the tables inside them stay tables.
extension HTMLWalker {
    /// One run of rows that `rowspan` may cross (a `thead`, a `tbody`, a `tfoot`, or the rows directly in the table).
    struct RowGroup {
        var rows: [(node: XMLNode, path: String)] = []
        var isHeader = false
        var isImplicit = false
    }

    mutating func table(_ e: XMLNode, _ inner: Context, outer: Context) {
        if outer.inCell {
            for group in rowGroups(e, inner) { flattenRows(group, inner) }
            return
        }
        let (outerKind, outerLocator) = (kind, locator)
        flush()
        let groups = rowGroups(e, inner)
        flush()  // a caption, or stray content the parser left inside the table
        if Self.isLayout(e, rows: groups.reduce(0) { $0 + $1.rows.count }) {
            unwrap(groups, inner)
        } else {
            let rows = TableGrid.compacted(groups.flatMap { grid($0, inner) })
            if !rows.isEmpty { blocks.append(.table(rows)) }
        }
        (kind, locator) = outer.inContainer ? (outerKind, outerLocator) : (.paragraph, outer.path)
    }

    /// True for a table that lays out the page rather than holding data.
    static func isLayout(_ table: XMLNode, rows: Int) -> Bool {
        if let role = table.attribute("role")?.lowercased(), role == "presentation" || role == "none" { return true }
        return nestedTables(table).contains { ownRows($0) > rows }
    }

    /// The tables inside `table`'s cells (not those nested deeper inside them).
    private static func nestedTables(_ table: XMLNode) -> [XMLNode] {
        var found: [XMLNode] = []
        var stack = Array(table.children)
        while let node = stack.popLast() {
            guard node.isElement else { continue }
            if node.name == "table" { found.append(node) } else { stack += node.children }
        }
        return found
    }

    /// The rows of a table itself: `tr` directly in it or in its `thead`, `tbody`, `tfoot`.
    private static func ownRows(_ table: XMLNode) -> Int {
        var count = 0
        for child in table.children where child.isElement {
            if child.name == "tr" { count += 1 }
            if ["thead", "tbody", "tfoot"].contains(child.name) { count += child.children.filter { $0.isElement && $0.name == "tr" }.count }
        }
        return count
    }

    /// A layout table's cells, row by row, read as parts of the page.
    private mutating func unwrap(_ groups: [RowGroup], _ context: Context) {
        for (tr, path) in groups.flatMap(\.rows) {
            for (td, name, cellPath) in Self.elements(of: tr, path: path) where name == "td" || name == "th" {
                var inner = context
                inner.path = cellPath
                inner.depth += 1
                inner.inContainer = false
                boundary(at: cellPath, inner)
                walkChildren(td, inner)
                boundary(at: context.path, inner)
            }
        }
    }

    /// The table's row groups; its caption and any stray content are read as blocks on the way.
    private mutating func rowGroups(_ table: XMLNode, _ context: Context) -> [RowGroup] {
        var groups: [RowGroup] = []
        var footers: [RowGroup] = []
        for (child, name, path) in Self.elements(of: table, path: context.path) {
            switch name {
            case "thead", "tbody", "tfoot":
                let rows = Self.elements(of: child, path: path).filter { $0.name == "tr" }.map { ($0.node, $0.path) }
                let group = RowGroup(rows: rows, isHeader: name == "thead")
                if name == "tfoot" { footers.append(group) } else { groups.append(group) }
            case "tr":
                if groups.last?.isImplicit != true { groups.append(RowGroup(isImplicit: true)) }
                groups[groups.count - 1].rows.append((child, path))
            case "colgroup", "col": continue
            default:
                var stray = context
                stray.inContainer = false
                element(child, name: name, path: path, stray)
            }
        }
        return groups + footers
    }

    /// The rows of one group on the table's grid.
    private mutating func grid(_ group: RowGroup, _ context: Context) -> [TableRow] {
        var carried: [Int: (rowsLeft: Int, span: Int)] = [:]
        var out: [TableRow] = []
        var furthest = cursor
        defer { cursor = furthest }
        for (index, (tr, path)) in group.rows.enumerated() {
            // Row groups are read in display order (footers last): each row's text is dated from its own tag.
            cursor = max(1, tr.line)
            defer { furthest = max(furthest, cursor) }
            var cells: [TableCell] = []
            var started: [Int: (rowsLeft: Int, span: Int)] = [:]
            var column = 0
            var headerCells = 0, dataCells = 0
            for (td, name, cellPath) in Self.elements(of: tr, path: path) where name == "td" || name == "th" {
                while let c = carried[column] {
                    cells.append(TableCell(lines: [], columnSpan: c.span, continuesAbove: true))
                    column += c.span
                }
                let span = Self.number(td.attribute("colspan"), default: 1, in: 1...1000)
                let left = group.rows.count - index
                let rowSpan = Self.number(td.attribute("rowspan"), default: 1, in: 0...65534)
                let down = min(rowSpan == 0 ? left : rowSpan, left)
                cells.append(TableCell(lines: cellLines(td, path: cellPath, context), columnSpan: span))
                if name == "th" { headerCells += 1 } else { dataCells += 1 }
                if down > 1 { started[column] = (down - 1, span) }
                column += span
            }
            for (col, c) in carried.sorted(by: { $0.key < $1.key }) where col >= column {
                cells.append(TableCell(lines: [], columnSpan: c.span, continuesAbove: true))
                column = col + c.span
            }
            carried = carried.filter { $0.value.rowsLeft > 1 }.mapValues { ($0.rowsLeft - 1, $0.span) }
            carried.merge(started) { _, new in new }
            guard headerCells + dataCells > 0 else { continue }
            let location = cells.lazy.compactMap(\.lines.first?.location).first
                ?? Location(part: part, line: max(1, tr.line), locator: path)
            out.append(TableRow(cells: cells, isHeader: group.isHeader || dataCells == 0, location: location))
        }
        return out
    }

    /// The lines of one cell, located at the cell's path.
    private mutating func cellLines(_ td: XMLNode, path: String, _ context: Context) -> [TextLine] {
        let saved = (builder, kind, locator)
        builder = LineBuilder()
        locator = path
        var inner = context
        inner.path = path
        inner.inCell = true
        inner.depth += 1
        walkChildren(td, inner)
        let lines = builder.take()
        (builder, kind, locator) = saved
        return lines
    }

    /// A table inside a cell: each of its cells' content as more lines of the cell, in row order.
    private mutating func flattenRows(_ group: RowGroup, _ context: Context) {
        for (tr, path) in group.rows {
            for (td, name, cellPath) in Self.elements(of: tr, path: path) where name == "td" || name == "th" {
                var inner = context
                inner.path = cellPath
                inner.depth += 1
                builder.breakLine()
                walkChildren(td, inner)
                builder.breakLine()
            }
        }
    }

    /// The child elements of `node` with their names and paths.
    static func elements(of node: XMLNode, path: String) -> [(node: XMLNode, name: String, path: String)] {
        let children = node.children.filter(\.isElement).map { ($0, $0.name) }
        var counts: [String: Int] = [:]
        for (_, name) in children { counts[name, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return children.map { child, name in
            let index = (seen[name] ?? 0) + 1
            seen[name] = index
            let step = (counts[name] ?? 1) > 1 ? "\(name)[\(index)]" : name
            return (child, name, path + "/" + step)
        }
    }

    /// A `colspan` / `rowspan` value as browsers read it: leading digits, clamped to `range`.
    static func number(_ value: String?, default fallback: Int, in range: ClosedRange<Int>) -> Int {
        guard let value else { return fallback }
        let digits = value.drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }.prefix(6)
        guard let n = Int(digits) else { return fallback }
        return min(max(n, range.lowerBound), range.upperBound)
    }
}
