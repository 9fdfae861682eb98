/// Finds page chrome: running headers and footers (the same text at the same place near the top or
/// bottom of most pages) and page numbers, which a reader leaves out of the document's blocks.
///
/// Candidates are the lines at the very top and bottom of a page, within a tenth of its height and set
/// apart from the body by a gap; each of their segments (`Approved by the board … Page 3`) is judged
/// on its own: a page number by its form, a header or footer by recurring on at least half the pages.
enum PDFPageChrome {
    /// A piece of a line that is chrome: the words `words` of line `line` (an index into the page's lines).
    struct Piece {
        var line: Int
        var words: Range<Int>
        var reason: String
    }

    /// Each page's chrome pieces.
    static func find(_ pages: [[PDFLine]], heights: [Float]) -> [[Piece]] {
        struct Seen { var pages = Set<Int>(); var tops: [Float] = [] }
        var seen: [String: Seen] = [:]
        var candidates: [[(piece: Piece, zone: String, key: String)]] = []
        for (p, lines) in pages.enumerated() {
            let height = p < heights.count ? heights[p] : 842
            var found: [(piece: Piece, zone: String, key: String)] = []
            for (k, zone) in edgeLines(lines, height: height) {
                for words in segments(lines[k]) {
                    let key = zone + "|" + shape(PDFLine.join(lines[k].words[words]))
                    seen[key, default: Seen()].pages.insert(p)
                    seen[key, default: Seen()].tops.append(lines[k].top)
                    found.append((Piece(line: k, words: words, reason: ""), zone, key))
                }
            }
            candidates.append(found)
        }
        let needed = max(2, (pages.count + 1) / 2)
        return candidates.map { found in
            found.compactMap { c in
                var piece = c.piece
                if isPageNumber(String(c.key.drop { $0 != "|" }.dropFirst())) {
                    piece.reason = "page number"
                } else if pages.count >= 2, let s = seen[c.key], s.pages.count >= needed, steady(s.tops) {
                    piece.reason = c.zone == "top" ? "page header" : "page footer"
                } else {
                    return nil
                }
                return piece
            }
        }
    }

    /// The lines at the top and bottom edges of a page: within a tenth of the height from the edge, with
    /// a gap of at least a line's height between them and the rest of the page.
    private static func edgeLines(_ lines: [PDFLine], height: Float) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var top = 0
        while top < lines.count, lines[top].bottom <= height * 0.1, PDFPageLayout.segmentCount(lines[top]) < 3 { top += 1 }
        while top > 0, top < lines.count, lines[top].top - lines[top - 1].bottom < lines[top - 1].bottom - lines[top - 1].top { top -= 1 }
        out += (0..<top).map { ($0, "top") }
        var bottom = lines.count
        while bottom > top, lines[bottom - 1].top >= height * 0.9, PDFPageLayout.segmentCount(lines[bottom - 1]) < 3 { bottom -= 1 }
        while bottom < lines.count, bottom > top, lines[bottom].top - lines[bottom - 1].bottom < lines[bottom].bottom - lines[bottom].top { bottom += 1 }
        out += (bottom..<lines.count).map { ($0, "bottom") }
        return out
    }

    /// Word ranges of a line split at gaps wider than a word space.
    static func segments(_ line: PDFLine) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in line.words.indices.dropFirst() where line.words[i].x0 - line.words[i - 1].x1 >= PDFPageLayout.segmentGap(line.words[i].size) {
            out.append(start..<i)
            start = i
        }
        if !line.words.isEmpty { out.append(start..<line.words.count) }
        return out
    }

    /// Most occurrences within a few points of the median position.
    private static func steady(_ tops: [Float]) -> Bool {
        let sorted = tops.sorted()
        let median = sorted[sorted.count / 2]
        return sorted.filter { abs($0 - median) <= 6 }.count * 2 >= sorted.count
    }

    /// Text with digit runs as `#`, ASCII letters lowercased and spaces collapsed: `Page 3 of 12` -> `page # of #`.
    static func shape(_ text: String) -> String {
        var out: [UInt8] = []
        var inDigits = false
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                if !inDigits { out.append(0x23) }
                inDigits = true
                continue
            }
            inDigits = false
            if b == 0x20 || b == 0x09 {
                if out.last != 0x20 && !out.isEmpty { out.append(0x20) }
            } else {
                out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            }
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// `#`, `page #`, `# of #`, `page # of #`, `- # -`, `#/#`, `p. #`, `(#)`: one number, or two with
    /// `of` or `/`, and page-number words only. A provision number such as `#.#` is not one.
    static func isPageNumber(_ shape: String) -> Bool {
        let words: Set<Substring> = ["page", "of", "p.", "pg", "pg.", "#", "-", "–", "—", "/", "|", "#/#", "(#)", "-#-", "–#–"]
        let parts = shape.split(separator: " ")
        return parts.contains { $0.contains("#") } && parts.allSatisfy { words.contains($0) }
            && parts.filter { $0.contains("#") }.count <= 2
    }
}
