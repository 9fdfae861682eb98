/// A table of named columns, rendered for a terminal, as JSON, or handed to a CSV writer.
///
/// ```swift
/// let t = TextTable(columns: ["provision", "status"], rows: [[.text("1.2"), .text("yes")]])
/// print(t.terminal(width: 80))
/// ```
public struct TextTable: Sendable, Hashable {
    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The table with only the named columns (unknown names are skipped), in the given order.
    public func selecting(_ names: [String]) -> TextTable {
        let indices = names.compactMap { columns.firstIndex(of: $0) }
        return TextTable(columns: indices.map { columns[$0] }, rows: rows.map { r in indices.map { $0 < r.count ? r[$0] : .null } })
    }

    /// Rows as display strings, header first (for CSV writers).
    public var stringRows: [[String]] { [columns] + rows.map { $0.map(\.display) } }

    /// A plain-text table with a header rule, each column at most `maxColumnWidth` wide (longer text is cut with '…');
    /// control characters are shown escaped (`TerminalText`), newlines and tabs as spaces.
    public func terminal(maxColumnWidth: Int = 48) -> String {
        let shown = rows.map { $0.map { Self.clip(Self.oneLine(TerminalText.inert($0.display)), maxColumnWidth) } }
        let header = columns.map { TerminalText.inert($0, keepNewlines: false) }
        var widths = header.map(\.count)
        for r in shown {
            for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) }
        }
        func line(_ cells: [String], numeric: [Bool]) -> String {
            var parts: [String] = []
            for (i, w) in widths.enumerated() {
                let c = i < cells.count ? cells[i] : ""
                let pad = String(repeating: " ", count: max(0, w - c.count))
                parts.append(numeric[i] ? pad + c : c + pad)
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        let numeric = columns.indices.map { i in
            !rows.isEmpty && rows.allSatisfy { r in
                guard i < r.count else { return true }
                switch r[i] { case .int, .number, .null: return true; case .text: return false }
            }
        }
        var out = [line(header, numeric: numeric), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += shown.map { line($0, numeric: numeric) }
        return out.joined(separator: "\n") + "\n"
    }

    /// A JSON array of objects with keys in sorted order, numbers as numbers, one object per line (repeated column
    /// names get a suffix, see `JSONArrayWriter`).
    public func json() -> String {
        var writer = JSONArrayWriter(columns: columns)
        var out = ""
        for r in rows { out += writer.row(r) }
        return out + writer.end()
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || TerminalText.needsEscape(u) {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }

    static func clip(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(max(1, n - 1))) + "…"
    }
}
