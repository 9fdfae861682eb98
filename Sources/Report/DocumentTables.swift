import Assessment
import Normaliser

/// Renders one document as `chc parse` shows it: its responses, its unparsed lines, or its document model.
///
/// ```swift
/// print(DocumentTables.responses(assessment).terminal())
/// ```
public enum DocumentTables {
    /// One row per response, in document order, with its lines and fields in full.
    public static func responses(_ assessment: Assessment) -> TextTable {
        TextTable(columns: ["provision", "identified", "status", "status_text", "lines", "requirement", "evidence", "commentary", "action"],
                  rows: assessment.responses.map { r in
                      [.text(r.provision.description), .text(r.provisionSource.rawValue), .text(r.status.rawValue),
                       r.statusText.map(Cell.text) ?? .null, .text("\(r.sourcePath):\(r.lineStart)-\(r.lineEnd)"),
                       .text(r.requirement), .text(r.evidence), .text(r.commentary), .text(r.action)]
                  })
    }

    /// One row per unparsed line, with its reason.
    public static func unparsed(_ assessment: Assessment) -> TextTable {
        TextTable(columns: ["where", "reason", "detail", "text"], rows: assessment.unparsed.map { u in
            [.text("\(u.sourcePath):\(u.line)"), .text(u.reason.rawValue), .text(u.detail), .text(u.text)]
        })
    }

    /// The document model: one row per heading, paragraph and list item, one row per cell of each table row (row and
    /// cell numbered from 1, a header row marked), then the text the readers left out on purpose, with the reason.
    ///
    /// ```
    /// block  kind       where       row  cell  header  span  text
    ///     1  heading 1  a.txt:1                                Complaint handling self-assessment
    ///     2  table      a.txt:3       1     1       1     1    Code provision
    /// ```
    public static func blocks(_ document: Document) -> TextTable {
        var rows: [[Cell]] = []
        func place(_ location: Location?) -> Cell {
            guard let location else { return .null }
            let path = location.part < document.parts.count ? document.parts[location.part].path : "part \(location.part + 1)"
            return .text(location.describe(path: path))
        }
        for (b, block) in document.blocks.enumerated() {
            guard block.kind == .table else {
                rows.append([.int(b + 1), .text(kindName(block.kind)), place(block.location), .null, .null, .null, .null,
                             .text(block.lines.map(\.text).joined(separator: "\n"))])
                continue
            }
            for (r, row) in block.rows.enumerated() {
                for (c, cell) in row.cells.enumerated() {
                    rows.append([.int(b + 1), .text("table"), place(cell.lines.first?.location ?? row.location), .int(r + 1), .int(c + 1),
                                 .int(row.isHeader ? 1 : 0), .int(cell.columnSpan),
                                 .text(cell.continuesAbove ? "(merged with the cell above)" : cell.text)])
                }
            }
        }
        for dropped in document.dropped {
            rows.append([.null, .text("dropped: \(dropped.reason)"), place(dropped.location), .null, .null, .null, .null, .text(dropped.text)])
        }
        return TextTable(columns: ["block", "kind", "where", "row", "cell", "header", "span", "text"], rows: rows)
    }

    /// `heading 2`, `paragraph`, `list item`, `table`.
    static func kindName(_ kind: Block.Kind) -> String {
        switch kind {
        case .heading(let level): return "heading \(level)"
        case .paragraph: return "paragraph"
        case .listItem: return "list item"
        case .table: return "table"
        }
    }
}
