/// Turns running text (the lines outside tables) into headings, paragraphs and list items.
///
/// A line set larger than the body text is a heading (level by how much larger); a short paragraph
/// all in bold is a heading of the lowest level. Lines go into one paragraph while the gap between
/// them stays within a normal line spacing and their size does not change; a line opening with a
/// bullet starts a list item.
struct PDFTextBlocks {
    var bodySize: Float
    var part: Int

    /// Bullet characters (•, ▪, ◦, ●, ○, ■, □, ‣, ⁃, ∙, ·, -, –, *, and Symbol/Wingdings bullets).
    static let bullets: Set<UInt32> = [0x2022, 0x25AA, 0x25E6, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x2023, 0x2043, 0x2219, 0x00B7,
                                       0x2D, 0x2013, 0x2A, 0xF0B7, 0xF0A7]

    func blocks(_ lines: [PDFLine]) -> [Block] {
        var blocks: [Block] = []
        var group: [PDFLine] = []
        for line in lines {
            if let last = group.last, breaks(after: last, before: line) {
                blocks.append(block(group))
                group = []
            }
            group.append(line)
        }
        if !group.isEmpty { blocks.append(block(group)) }
        return blocks
    }

    private func breaks(after a: PDFLine, before b: PDFLine) -> Bool {
        let height = max(a.bottom - a.top, 1)
        if b.top - a.bottom > 0.6 * height { return true }
        if abs(a.size - b.size) > 0.5 || a.bold != b.bold { return true }
        return isBullet(b)
    }

    private func isBullet(_ line: PDFLine) -> Bool {
        guard let first = line.words.first?.text.unicodeScalars.first else { return false }
        return Self.bullets.contains(first.value) && (line.words.first?.text.unicodeScalars.count == 1 || first.value == 0x2022)
    }

    private func block(_ lines: [PDFLine]) -> Block {
        let text = lines.map { TextLine($0.text, at: Location(part: part, line: $0.number, page: $0.page)) }
        let size = lines[0].size
        if size >= bodySize * 1.15 {
            let level = size >= bodySize * 1.6 ? 1 : size >= bodySize * 1.3 ? 2 : 3
            return Block(kind: .heading(level: level), lines: text)
        }
        let characters = lines.reduce(0) { $0 + $1.text.utf8.count }
        if lines.allSatisfy(\.bold) && lines.count <= 2 && characters <= 160 { return Block(kind: .heading(level: 4), lines: text) }
        if isBullet(lines[0]) { return Block(kind: .listItem, lines: text) }
        return .paragraph(text)
    }
}
