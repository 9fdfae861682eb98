import Report
import Testing

/// The terminal table laid out byte by byte (`TerminalLayout`) prints what the `Character`-based layout it replaced
/// printed, for every kind of cell: ASCII, tabs and newlines, long text, control characters, text beyond ASCII
/// (accents, combining marks, a prepended mark before spaces, emoji, CR LF), numbers and NULLs.
@Suite struct TerminalLayoutTests {
    /// The layout `TextTable.terminal` used before, kept here as the reference.
    static func reference(_ table: TextTable, maxColumnWidth: Int) -> String {
        func oneLine(_ s: String) -> String {
            s.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        }
        func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(max(1, n - 1))) + "…" }
        let shown = table.rows.map { $0.map { clip(oneLine(TerminalText.inert($0.display)), maxColumnWidth) } }
        let header = table.columns.map { TerminalText.inert($0, keepNewlines: false) }
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
        let numeric = table.columns.indices.map { i in
            !table.rows.isEmpty && table.rows.allSatisfy { r in
                guard i < r.count else { return true }
                switch r[i] { case .int, .number, .null: return true; case .text: return false }
            }
        }
        var out = [line(header, numeric: numeric), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += shown.map { line($0, numeric: numeric) }
        return out.joined(separator: "\n") + "\n"
    }

    /// SplitMix64: the same tables on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Pieces text is made of: plain words, whitespace, escapes, and text beyond ASCII.
    static let pieces = ["a", "word", "Acme Homes", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\u{1B}[2J", "\u{7}",
                         "\u{7F}", "\u{0}", "é", "e\u{301}", "\u{301}", "\u{600}", "\u{600} ", "👍🏽", "🇬🇧", "\u{202E}",
                         "…", "ß", "漢字", "-", "0.5", "x", "supercalifragilistic"]

    static func cell(_ random: inout Random) -> Cell {
        switch random.below(10) {
        case 0: return .null
        case 1: return .int(random.below(2) == 0 ? random.below(100_000) : -random.below(1000))
        case 2:
            let d = Double(random.below(2_000_001)) / 1_000_000 - (random.below(4) == 0 ? 1 : 0)
            return .number(d, decimals: random.below(5))
        case 3: return .number([Double.nan, .infinity, -.infinity, 12_345.678_9, -0.0004, 0.9995][random.below(6)], decimals: random.below(4))
        default:
            var text = ""
            for _ in 0..<random.below(random.below(3) == 0 ? 40 : 8) { text += pieces[random.below(pieces.count)] }
            return .text(text)
        }
    }

    @Test(arguments: [0, 1, 2, 3, 7, 40, 48] as [Int])
    func printsWhatTheCharacterLayoutPrinted(maxColumnWidth: Int) {
        var random = Random(state: UInt64(maxColumnWidth) &+ 17)
        for _ in 0..<150 {
            let columns = (0..<(1 + random.below(5))).map { i in random.below(6) == 0 ? "h\u{301}ead\(i)" : "col\(i)" }
            var rows: [[Cell]] = []
            for _ in 0..<random.below(8) {
                // Rows may be shorter or longer than the columns; some columns hold only numbers.
                rows.append((0..<random.below(columns.count + 2)).map { i in
                    i % 3 == 1 ? [.int(i), .null, .number(0.25, decimals: 2)][random.below(3)] : Self.cell(&random)
                })
            }
            let table = TextTable(columns: columns, rows: rows)
            #expect(table.terminal(maxColumnWidth: maxColumnWidth) == Self.reference(table, maxColumnWidth: maxColumnWidth),
                    "\(rows)")
        }
    }

    @Test func longASCIITextIsCutWhereTheCharacterLayoutCutIt() {
        let long = String(repeating: "evidence ", count: 200) + "e\u{301}\u{1B}"
        let table = TextTable(columns: ["text", "n"], rows: [[.text(long), .int(3)], [.text("short\tand\nsplit"), .null],
                                                              [.text("\u{600}   "), .int(1)], [.text("x" + String(repeating: " ", count: 300)), .int(2)]])
        for width in [1, 10, 40, 1000, 2000] {
            #expect(table.terminal(maxColumnWidth: width) == Self.reference(table, maxColumnWidth: width))
        }
        #expect(table.terminal(maxColumnWidth: 10) == """
            text        n
            ----------  -
            evidence …  3
            short and…
            \u{600}            1
            x        …  2

            """)
    }

    @Test func streamedRowsPrintTheTable() {
        let rows: [[Cell]] = [[.text("a"), .int(10)], [.text("longer text"), .number(0.5, decimals: 3)], [.text("b"), .null]]
        var layout = TerminalLayout(columns: ["name", "value"], maxColumnWidth: 48)
        for r in rows { layout.measure(r) }
        var out = layout.header()
        for r in rows { layout.line(r, into: &out) }
        #expect(String(decoding: out, as: UTF8.self) == TextTable(columns: ["name", "value"], rows: rows).terminal())
        #expect(String(decoding: out, as: UTF8.self) == "name         value\n-----------  -----\na               10\nlonger text  0.500\nb\n")
    }
}
