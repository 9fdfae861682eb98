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
        String(decoding: terminalBytes(maxColumnWidth: maxColumnWidth), as: UTF8.self)
    }

    /// `terminal(maxColumnWidth:)` as UTF-8 (`TerminalLayout`).
    public func terminalBytes(maxColumnWidth: Int = 48) -> [UInt8] {
        var layout = TerminalLayout(columns: columns, maxColumnWidth: maxColumnWidth)
        for r in rows { layout.measure(r) }
        var out = layout.header()
        for r in rows { layout.line(r, into: &out) }
        return out
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
