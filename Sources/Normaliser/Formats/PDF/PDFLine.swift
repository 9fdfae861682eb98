/// A word rebuilt from a page's glyphs: a run of glyphs with no space between them.
struct PDFWord: Sendable {
    var text: String
    var x0: Float
    var x1: Float
    var top: Float
    var bottom: Float
    /// Font size in points.
    var size: Float
    var bold: Bool

    var center: Float { (top + bottom) / 2 }
}

/// One line of a page as rebuilt from the words' boxes: words sharing a baseline, left to right.
/// In a table one such line runs across the columns; the table builder splits it into cells.
struct PDFLine: Sendable {
    var words: [PDFWord]
    /// 1-based line on its page (top to bottom), the `Location.line` of its text.
    var number: Int
    var page: Int

    var x0: Float { words.first?.x0 ?? 0 }
    var x1: Float { words.last?.x1 ?? 0 }
    var top: Float { words.reduce(Float.greatestFiniteMagnitude) { min($0, $1.top) } }
    var bottom: Float { words.reduce(0) { max($0, $1.bottom) } }
    /// The font size most of its characters have.
    var size: Float { PDFLine.dominantSize(words) }
    var bold: Bool { words.allSatisfy(\.bold) }
    var text: String { PDFLine.join(words[...]) }

    /// Words joined with a space where the gap between them is a word space, nothing where it is
    /// narrower (a word poppler cut at a font change or a kerned pair).
    static func join(_ words: ArraySlice<PDFWord>) -> String {
        var s = ""
        var previous: PDFWord?
        for w in words {
            if let p = previous, w.x0 - p.x1 > 0.1 * max(p.size, 1) || w.x0 < p.x0 { s += " " }
            s += w.text
            previous = w
        }
        return s
    }

    /// The size carried by most characters of `words`.
    static func dominantSize(_ words: [PDFWord]) -> Float {
        var weight: [Float: Int] = [:]
        for w in words { weight[(w.size * 2).rounded() / 2, default: 0] += w.text.utf8.count }
        return weight.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key ?? 0
    }
}

/// Glyphs -> words -> lines, for one page.
enum PDFLineBuilder {
    /// The page's lines, top to bottom, numbered from 1 (the page as `upright` turned it).
    static func lines(of page: PDFPage) -> [PDFLine] {
        let words = self.words(page.glyphs)
        var lines: [[PDFWord]] = []
        var centers: [Float] = []
        // Sweep words by vertical centre: a word within a third of its height of the line's centre joins it.
        for w in words.sorted(by: { $0.center < $1.center }) {
            let tolerance = max(w.bottom - w.top, w.size, 1) * 0.35
            if let c = centers.last, abs(w.center - c) <= tolerance {
                lines[lines.count - 1].append(w)
            } else {
                lines.append([w])
                centers.append(w.center)
            }
        }
        return lines.enumerated().map { k, ws in
            PDFLine(words: ws.sorted { $0.x0 < $1.x0 }, number: k + 1, page: page.number)
        }
    }

    /// Runs of glyphs in poppler's order, cut at spaces, at line changes, at a step back and at a gap
    /// wider than a fifth of the font size; a glyph drawn twice over itself (fake bold) is kept once.
    static func words(_ glyphs: [PDFGlyph]) -> [PDFWord] {
        var words: [PDFWord] = []
        var current: PDFWord?
        var last: PDFGlyph?
        for g in glyphs {
            if g.isSpace || g.x1 <= g.x0 && g.bottom <= g.top {
                if let c = current { words.append(c) }
                current = nil
                last = nil
                continue
            }
            let size = g.size > 0 ? g.size : max(g.bottom - g.top, 1)
            if let p = last, var c = current {
                let sameLine = abs((g.top + g.bottom) / 2 - (p.top + p.bottom) / 2) <= max(size, p.bottom - p.top) * 0.35
                if p.scalar == g.scalar && abs(g.x0 - p.x0) < (p.x1 - p.x0) * 0.3 && sameLine { continue }
                if sameLine && g.x0 >= p.x0 && g.x0 - p.x1 <= size * 0.2 {
                    c.text.unicodeScalars.append(g.scalar)
                    c.x1 = max(c.x1, g.x1)
                    c.top = min(c.top, g.top)
                    c.bottom = max(c.bottom, g.bottom)
                    c.size = max(c.size, size)
                    c.bold = c.bold && g.bold
                    current = c
                    last = g
                    continue
                }
                words.append(c)
            }
            var text = ""
            text.unicodeScalars.append(g.scalar)
            current = PDFWord(text: text, x0: g.x0, x1: g.x1, top: g.top, bottom: g.bottom, size: size, bold: g.bold)
            last = g
        }
        if let c = current { words.append(c) }
        return words
    }

    /// The page turned so that most of its text runs left to right: a page turned by its `/Rotate`
    /// entry shows its lines running down (or up) the page, and is read as the page it was before.
    static func upright(_ page: PDFPage) -> PDFPage {
        var votes = [0, 0, 0, 0]  // right, down, left, up
        let g = page.glyphs
        for i in g.indices.dropFirst() where !g[i].isSpace && !g[i - 1].isSpace {
            let dx = (g[i].x0 + g[i].x1 - g[i - 1].x0 - g[i - 1].x1) / 2
            let dy = (g[i].top + g[i].bottom - g[i - 1].top - g[i - 1].bottom) / 2
            if abs(dx) >= abs(dy) { votes[dx >= 0 ? 0 : 2] += 1 } else { votes[dy > 0 ? 1 : 3] += 1 }
        }
        guard let direction = votes.indices.max(by: { votes[$0] < votes[$1] }), direction != 0, votes[direction] > votes[0] else { return page }
        let w = page.width, h = page.height
        var turned = page
        turned.glyphs = g.map { c in
            var t = c
            switch direction {
            case 1: (t.x0, t.x1, t.top, t.bottom) = (c.top, c.bottom, w - c.x1, w - c.x0)
            case 3: (t.x0, t.x1, t.top, t.bottom) = (h - c.bottom, h - c.top, c.x0, c.x1)
            default: (t.x0, t.x1, t.top, t.bottom) = (w - c.x1, w - c.x0, h - c.bottom, h - c.top)
            }
            return t
        }
        if direction != 2 { (turned.width, turned.height) = (h, w) }
        return turned
    }
}
