/// The column grid of a table as its rows use it.
///
/// Files often carry more grid columns than the table shows: LibreOffice and Word give tables
/// that were once joined, or whose borders do not line up across rows, a fine grid in which every
/// cell spans two or three columns (`<td colspan="2">` on every row). Grid columns at which no
/// cell of any row starts are merged into the column before them, so spans count the columns a
/// reader sees; a cell that really spans several of them (a caption row) keeps that span.
///
/// ```swift
/// // rows spanning [1, 2, 1, 2, 2] and [1, 2, 1, 2, 2] -> [1, 1, 1, 1, 1] and [1, 1, 1, 1, 1]
/// let rows = TableGrid.compacted(rows)
/// ```
enum TableGrid {
    static func compacted(_ rows: [TableRow]) -> [TableRow] {
        var starts = Set<Int>()
        var width = 0
        for row in rows {
            var column = 0
            for cell in row.cells {
                starts.insert(column)
                column += max(1, cell.columnSpan)
            }
            starts.insert(column)
            width = max(width, column)
        }
        guard starts.count <= width else { return rows }  // every grid column starts some cell
        // New index of each old boundary: how many used boundaries lie before it.
        let used = starts.sorted()
        var index: [Int: Int] = [:]
        for (k, b) in used.enumerated() { index[b] = k }
        return rows.map { row in
            var out = row
            var column = 0
            for k in out.cells.indices {
                let end = column + max(1, out.cells[k].columnSpan)
                out.cells[k].columnSpan = max(1, (index[end] ?? end) - (index[column] ?? column))
                column = end
            }
            return out
        }
    }
}
