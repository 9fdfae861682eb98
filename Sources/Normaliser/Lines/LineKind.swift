import Assessment

/// What a physical line is, before rows are assembled.
enum LineKind: Equatable {
    case blank
    /// Rules and separators ('-- -- --', '|---|---|'), page numbers.
    case boilerplate(String)
    /// 'Section 6: Complaints Stages', 'Section #2 – Accessibility and awareness'.
    case sectionCaption(Int, String)
    /// 'Stage 1', 'Stage #2'.
    case stageCaption(Int)
    /// "Mandatory 'must' requirements", "Best practice 'should' requirements".
    case groupHeading(Obligation)
    /// A table header row.
    case header(TableHeader)
    /// Anything else: row content or prose.
    case content
}

/// Recognises captions, group headings, header rows and boilerplate from a line's cells.
struct LineClassifier {
    /// Section titles of the Code (both versions), to recognise '6. Complaint stages' style captions.
    let sectionTitles: [Set<String>]

    init(catalogue: Catalogue) {
        var titles: [Set<String>] = []
        for v in CodeVersion.allCases {
            for title in Set(catalogue.all(v).map(\.sectionTitle)) { titles.append(Text.contentWords(title)) }
        }
        sectionTitles = titles
    }

    static let sectionPattern = Pattern(#"^\s*(?:section|part)\s*#?\s*(\d{1,2})\s*(?:[:.\-–—]\s*|\s+|$)(.{0,120})$"#)
    static let numberedTitlePattern = Pattern(#"^\s*(\d)\s*[.:)]?\s+([A-Za-z][A-Za-z&:,'’ \-]{3,80})$"#)
    static let stagePattern = Pattern(#"^\s*stage\s*#?\s*(\d)\s*(?:[:\-–—].{0,40})?$"#)
    static let groupPattern = Pattern(#"('|‘|")?(must|should)('|’|")?\s+requirements|^\s*(mandatory|best\s*practice)\b.{0,40}requirements\s*$"#)
    static let pagePattern = Pattern(#"^\s*(page\s+\d+(\s+of\s+\d+)?|\d{1,3}\s*/\s*\d{1,3})\s*$"#)

    func classify(_ cells: [String], raw: String) -> LineKind {
        let nonEmpty = cells.filter { !$0.isEmpty }
        if nonEmpty.isEmpty {
            return raw.allSatisfy({ $0.isWhitespace }) ? .blank : .boilerplate("separator")
        }
        let joined = Text.strippingMarkup(nonEmpty.joined(separator: " "))
        if joined.allSatisfy({ "-–—=_|+:*. ".contains($0) }) { return .boilerplate("separator") }
        // Each pattern needs its first letter (or digit) first, and the group pattern the word 'requirements': an ASCII
        // line without them skips the pattern (a line with any other byte is always matched).
        let first = Self.firstByte(joined)
        let anyFirst = first.map { $0 >= 0x80 } ?? true
        let lowerFirst = first.map { $0 | 0x20 } ?? 0
        let digitFirst = first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
        if nonEmpty.count == 1, anyFirst || lowerFirst == 0x70 || digitFirst, Self.pagePattern.matches(joined) { return .boilerplate("page number") }
        if joined.hasAtMost(140) {
            if anyFirst || lowerFirst == 0x73 || lowerFirst == 0x70,
               let g = Self.sectionPattern.groups(joined), let n = Int(g[1]), (1...9).contains(n),
               !g[2].contains("\t"), g[2].first?.isNumber != true, Text.wordCount(g[2]) <= 14, !looksLikeSentence(g[2]) {
                return .sectionCaption(n, g[2].trimmingWhitespace())
            }
            if nonEmpty.count == 1, anyFirst || digitFirst, let g = Self.numberedTitlePattern.groups(joined), let n = Int(g[1]), (1...9).contains(n), isSectionTitle(g[2]) {
                return .sectionCaption(n, g[2].trimmingWhitespace())
            }
            if anyFirst || lowerFirst == 0x73, let g = Self.stagePattern.groups(joined), let n = Int(g[1]), (1...3).contains(n) {
                return .stageCaption(n)
            }
            let gluedRaw = nonEmpty.joined()
            if Self.mayName("requirements", gluedRaw) || Self.mayName("requirements", joined) {
                let glued = Text.fold(gluedRaw)
                let spaced = Text.fold(joined)
                if Self.groupPattern.matches(spaced) || Self.groupPattern.matches(glued), Text.wordCount(spaced) <= 10 {
                    return .groupHeading(spaced.contains("should") || spaced.contains("best") ? .should : .must)
                }
            }
        }
        if let header = header(cells) { return .header(header) }
        return .content
    }

    /// The first byte of `s` that is not ASCII whitespace (nil when there is none).
    static func firstByte(_ s: String) -> UInt8? {
        s.utf8.first { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) }
    }

    /// False only when `s` is ASCII and does not contain `word` (lowercase ASCII) in any case: a case-insensitive
    /// pattern naming `word` cannot match it.
    static func mayName(_ word: StaticString, _ s: String) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var bytes = Array(s.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return true }
        for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
        guard bytes.count >= w.count else { return false }
        for start in 0...(bytes.count - w.count) where bytes[start] == w[0] {
            if (0..<w.count).allSatisfy({ bytes[start + $0] == w[$0] }) { return true }
        }
        return false
    }

    /// A header row: at least two cells name known columns, one of them the requirement or the answer.
    func header(_ cells: [String]) -> TableHeader? {
        guard cells.filter({ !$0.isEmpty }).count >= 2 else { return nil }
        var roles: [ColumnRole] = []
        var known = 0
        var core = false
        for cell in cells {
            if !cell.hasAtMost(90) { return nil }
            if ProvisionNumber.read(cell) != nil { return nil }
            if let r = ColumnRole(label: cell) {
                roles.append(r)
                known += 1
                if r == .requirement || r == .comply || r == .complyYes || r == .complyNo { core = true }
            } else {
                roles.append(cell.isEmpty ? .unknown : .unknown)
            }
        }
        guard known >= 2, core else { return nil }
        // Trailing empty cells are not columns.
        while roles.count > 1, roles.last == .unknown, cells[roles.count - 1].isEmpty { roles.removeLast() }
        return TableHeader(roles: roles, line: 0)
    }

    private func isSectionTitle(_ s: String) -> Bool {
        let words = Text.contentWords(s)
        guard !words.isEmpty else { return false }
        return sectionTitles.contains { title in
            !title.isEmpty && Double(title.intersection(words).count) / Double(max(title.count, words.count)) >= 0.5
        }
    }

    private func looksLikeSentence(_ s: String) -> Bool {
        let f = Text.fold(s)
        return f.contains(" must ") || f.contains(" should ") || f.contains(" of our ") || f.contains(" policy ") && f.count > 60
    }
}

extension LineKind {
    /// A caption, heading or header: structure that closes the row before it.
    var isStructure: Bool {
        switch self {
        case .sectionCaption, .stageCaption, .groupHeading, .header: return true
        case .blank, .boilerplate, .content: return false
        }
    }
}
