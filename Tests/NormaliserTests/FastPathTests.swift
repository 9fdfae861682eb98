import Assessment
@testable import Normaliser
import Testing

/// The normaliser's byte and scalar fast paths give exactly what the `Character` paths give, on generated texts
/// that mix ASCII, typographic marks, precomposed and decomposed accents, CR LF, final sigma, dotted capital I,
/// long s, the Kelvin sign, joined emoji and private-use bullets: pieces each fast path must read or hand back.
@Suite struct FastPathTests {
    static let pieces = ["a", "B", "z", "Q", "0", "7", " ", "  ", "\t", "\n", "\r\n", "\r", ".", ",", ":", ";", "?", "!",
                         "'", "\"", "`", "-", "*", "**", "_", "__", "#", "|", "\\", "[", "]", "(", ")", "/", "<p>", "&amp;",
                         "’", "‘", "“", "”", "–", "—", "‑", "−", "•", "\u{00A0}", "\u{2003}", "\u{2028}", "£", "é",
                         "e\u{0301}", " \u{0301}", "Σ", "ΑΣ", "σ", "İ", "ſ", "\u{212A}", "ß", "Ω", "\u{F0B7}", "☒", "✓",
                         "👩\u{200D}💻", "\u{1F1EC}\u{1F1E7}", "yes", "Yes", "no", "requirements", "Section", "policy", "ing",
                         "complaints", "handled", "stories", "cases", "responded", "must", "should", "the"]

    /// `count` texts of up to `length` pieces, the same every run.
    static func texts(seed: UInt64, count: Int = 4000, length: Int = 14) -> [String] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let n = Int(rng.next() % UInt64(length + 1))
            return (0..<n).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func foldMatchesLowercasingFold() {
        var read = 0
        for s in Self.texts(seed: 1) {
            if let fast = Text.foldWithoutCase(s) { read += 1; #expect(fast == Text.foldLowercasing(s), "\(Array(s.unicodeScalars))") }
        }
        #expect(read > 300, "the fast path read \(read) of the texts")
    }

    @Test func contentWordsMatchCharacterReading() {
        var read = 0
        for s in Self.texts(seed: 2) {
            if let fast = Text.contentWordsByScalar(s) { read += 1; #expect(fast == Text.contentWordsByCharacter(s), "\(Array(s.unicodeScalars))") }
        }
        #expect(read > 300, "the fast path read \(read) of the texts")
    }

    @Test func asciiStemMatchesCharacterStem() {
        for w in ["ing", "going", "stories", "ties", "handled", "bed", "cases", "yes", "class", "us", "policies", "respond",
                  "responded", "response", "complaints", "e", "tie", "see", "seeing", ""] {
            #expect(Text.asciiStem(Array(w.utf8)) == Text.stemByCharacter(w), "\(w)")
        }
    }

    @Test func tidyLinesMatchesCharacterReading() {
        var read = 0
        for s in Self.texts(seed: 3) {
            if let fast = HTMLText.tidyLinesByScalar(s) { read += 1; #expect(fast == HTMLText.tidyLinesByCharacter(s), "\(Array(s.unicodeScalars))") }
        }
        #expect(read > 300, "the fast path read \(read) of the texts")
    }

    @Test func pipeCellsMatchCharacterReading() {
        var read = 0
        for s in Self.texts(seed: 4) {
            if let fast = PipeTable.asciiCells(s) { read += 1; #expect(fast == PipeTable.cellsByCharacter(s), "\(Array(s.unicodeScalars))") }
        }
        #expect(read > 300, "the fast path read \(read) of the texts")
    }

    @Test func tabCellsMatchCharacterSplit() {
        for s in Self.texts(seed: 5) {
            #expect(TextDocumentReader.tabCells(s) == s.split(separator: "\t", omittingEmptySubsequences: false), "\(Array(s.unicodeScalars))")
        }
    }

    @Test func trimmingMatchesCharacterTrim() {
        for s in Self.texts(seed: 6) {
            var t = Substring(s)
            while let f = t.first, f.isWhitespace { t = t.dropFirst() }
            while let l = t.last, l.isWhitespace { t = t.dropLast() }
            #expect(s.trimmingWhitespace() == String(t), "\(Array(s.unicodeScalars))")
        }
    }

    @Test func boundedCountMatchesCount() {
        for s in Self.texts(seed: 7, count: 1000) {
            for n in [0, 1, 3, 8, 20] { #expect(s.hasAtMost(n) == (s.count <= n)) }
        }
    }

    @Test func sourceLinesMatchScalarSplit() {
        for s in Self.texts(seed: 8) {
            // The reading before the byte split: CR, LF and CR LF end lines; a last line without an end is kept.
            var expected: [String] = [], current = "", lastWasCR = false
            for u in s.unicodeScalars {
                if u == "\r" { expected.append(current); current = ""; lastWasCR = true; continue }
                if u == "\n" {
                    if lastWasCR { lastWasCR = false; continue }
                    expected.append(current); current = ""; continue
                }
                lastWasCR = false
                current.unicodeScalars.append(u)
            }
            if !current.isEmpty { expected.append(current) }
            let lines = SourceLine.split(s)
            #expect(lines.map(\.text) == expected, "\(Array(s.unicodeScalars))")
            #expect(lines.map(\.number) == Array(stride(from: 1, through: expected.count, by: 1)))
        }
    }

    @Test func byteSearchAgreesWithFoundation() {
        for s in Self.texts(seed: 9) {
            for needle in [":", "?", " - ", " – ", " — ", "yes / no", "yes/no", "next steps", "code section", "__"] {
                #expect(Text.range(of: needle, in: s) == s.range(of: needle), "\(Array(s.unicodeScalars)) \(needle)")
                #expect(Text.contains(s, needle) == s.contains(needle))
            }
        }
    }

    /// The classifier skips a pattern when a line's first byte or its words rule it out: each skipped line is one the
    /// pattern does not match.
    @Test func classifierPrefiltersOnlySkipLinesThePatternsMiss() {
        for s in Self.texts(seed: 10) + Self.texts(seed: 11).map({ "  " + $0 }) {
            let first = LineClassifier.firstByte(s)
            let ascii = first.map { $0 < 0x80 } ?? false
            let lower = first.map { $0 | 0x20 } ?? 0
            let digit = first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
            if ascii || first == nil {
                if lower != 0x73, lower != 0x70 { #expect(LineClassifier.sectionPattern.groups(s) == nil, "\(s)") }
                if lower != 0x73 { #expect(LineClassifier.stagePattern.groups(s) == nil, "\(s)") }
                if !digit { #expect(LineClassifier.numberedTitlePattern.groups(s) == nil, "\(s)") }
                if !digit, lower != 0x70 { #expect(!LineClassifier.pagePattern.matches(s), "\(s)") }
            }
            if !LineClassifier.mayName("requirements", s) { #expect(!LineClassifier.groupPattern.matches(Text.fold(s)), "\(s)") }
        }
    }
}
