/// The columns of a table found from the words' horizontal extents: the gutters are the vertical
/// strips of white space that (almost) no line's words cross; the columns lie between them.
///
/// This is the whitespace ("stream") view of a table: it needs no ruling lines, and a cell's wrapped
/// lines stay in their column because their words never cross the gutter beside them.
struct PDFColumns: Sendable {
    /// Cut positions (the middle of each gutter), ascending; `cuts.count + 1` columns.
    var cuts: [Float]
    /// Each gutter's extent (same order as `cuts`).
    var gutters: [ClosedRange<Float>]

    var count: Int { cuts.count + 1 }

    /// The column holding x.
    func column(of x: Float) -> Int {
        var k = 0
        while k < cuts.count, cuts[k] < x { k += 1 }
        return k
    }

    /// The gutters of `lines`: strips at least `minWidth` wide inside the lines' extent that no line
    /// covers; or, where up to `allowance` lines cover a strip, that strip if each of those lines runs
    /// right across it (a merged cell over two columns) rather than sitting inside it (a column that
    /// has text on a few lines only, such as the 2022 form's Comply – No).
    static func find(_ lines: [PDFLine], minWidth: Float, allowance: Int) -> PDFColumns {
        let words = lines.flatMap(\.words)
        guard let left = words.map(\.x0).min(), let right = words.map(\.x1).max(), right > left else {
            return PDFColumns(cuts: [], gutters: [])
        }
        let grid = Grid(left: left, bins: min(Int((right - left) / Grid.step) + 1, 20_000))
        let spans = lines.map { grid.spans(of: $0) }
        let coverage = grid.coverage(spans)
        let empty = grid.strips(coverage, atMost: 0, minWidth: minWidth)
        var gutters = empty
        for strip in grid.strips(coverage, atMost: allowance, minWidth: minWidth)
        where !empty.contains(where: { strip.overlaps($0) }) && spans.allSatisfy({ line in
            line.allSatisfy { !$0.overlaps(strip) || ($0.lowerBound < strip.lowerBound && $0.upperBound > strip.upperBound) }
        }) {
            gutters.append(strip)
        }
        gutters.sort { $0.lowerBound < $1.lowerBound }
        let ranges = gutters.map { grid.x($0.lowerBound)...grid.x($0.upperBound) }
        return PDFColumns(cuts: ranges.map { ($0.lowerBound + $0.upperBound) / 2 }, gutters: ranges)
    }

    /// Horizontal positions in bins of half a point from the lines' left edge.
    private struct Grid {
        static let step: Float = 0.5
        var left: Float
        var bins: Int

        func bin(_ x: Float) -> Int { max(0, min(bins - 1, Int((x - left) / Self.step))) }
        func x(_ bin: Int) -> Float { left + Float(bin) * Self.step }

        /// A line's words' extents, merged where they touch.
        func spans(of line: PDFLine) -> [ClosedRange<Int>] {
            var spans: [ClosedRange<Int>] = []
            for w in line.words {
                let a = bin(w.x0), b = max(a, bin(w.x1))
                if let last = spans.last, a <= last.upperBound + 1 {
                    spans[spans.count - 1] = last.lowerBound...max(last.upperBound, b)
                } else {
                    spans.append(a...b)
                }
            }
            return spans
        }

        /// How many lines cover each bin.
        func coverage(_ spans: [[ClosedRange<Int>]]) -> [Int] {
            var delta = [Int](repeating: 0, count: bins + 1)
            for line in spans {
                for s in line {
                    delta[s.lowerBound] += 1
                    delta[s.upperBound + 1] -= 1
                }
            }
            var running = 0
            return delta.dropLast().map { running += $0; return running }
        }

        /// Maximal runs of bins covered by at most `limit` lines, at least `minWidth` wide, closed on both sides.
        func strips(_ coverage: [Int], atMost limit: Int, minWidth: Float) -> [ClosedRange<Int>] {
            var strips: [ClosedRange<Int>] = []
            var start: Int?
            for (i, c) in coverage.enumerated() {
                if c <= limit {
                    if start == nil { start = i }
                } else if let s = start {
                    if s > 0 && Float(i - s) * Self.step >= minWidth { strips.append(s...(i - 1)) }
                    start = nil
                }
            }
            return strips
        }
    }

    /// True when a run of the line's words (words closer than a segment gap) runs right across a gutter.
    func crossed(by line: PDFLine) -> Bool {
        PDFPageChrome.segments(line).contains { range in
            let x0 = line.words[range.lowerBound].x0, x1 = line.words[range.upperBound - 1].x1
            return gutters.contains { x0 < $0.lowerBound && x1 > $0.upperBound }
        }
    }

    /// True when every gutter of each lies on a gutter of the other (where their extents overlap):
    /// the same table on another page, perhaps with a column that is empty there.
    func agrees(with other: PDFColumns, over range: ClosedRange<Float>, otherRange: ClosedRange<Float>) -> Bool {
        func covered(_ a: PDFColumns, by b: PDFColumns, within r: ClosedRange<Float>) -> Bool {
            a.gutters.allSatisfy { g in
                !r.overlaps(g) || b.gutters.contains { $0.overlaps(g) }
            }
        }
        return covered(self, by: other, within: otherRange) && covered(other, by: self, within: range)
    }
}
