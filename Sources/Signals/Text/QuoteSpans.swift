/// Finds quoted passages ('…', "…", ‘…’, “…”) so that quoted Code text is not read as the respondent's own words.
///
/// An apostrophe inside a word (`Ombudsman's`) opens and closes nothing; an unclosed quote quotes nothing.
enum QuoteSpans {
    /// Longest passage, in characters, still treated as a quotation.
    static let maximumLength = 400

    /// The quoted ranges of `text`, quote marks included, in order.
    static func find(in text: String) -> [Range<String.Index>] {
        guard text.unicodeScalars.contains(where: { quoteScalars.contains($0) }) else { return [] }
        if let units = ScalarUnits(text) { return find(in: text, units) }
        return find(in: IndexedCharacters(text))
    }

    /// `find(in:)` for a text whose `Character`s are single scalars (`ScalarUnits`): the same scan over scalars.
    static func find(in text: String, _ units: ScalarUnits) -> [Range<String.Index>] {
        scan(ScalarQuoteText(text: text, units: units))
    }

    /// The quoted ranges of a text already split into characters.
    static func find(in text: IndexedCharacters) -> [Range<String.Index>] {
        scan(text)
    }

    /// The one quote scan, over either reading of a text: a quote mark that may open starts a passage, one that may
    /// close ends it; a line break or more than `maximumLength` characters abandons it.
    private static func scan<T: QuoteScanText>(_ text: T) -> [Range<String.Index>] {
        let n = text.count
        guard (0..<n).contains(where: text.isQuote) else { return [] }
        var spans: [Range<String.Index>] = []
        var open: Int?
        var length = 0
        for k in 0..<n {
            if let start = open {
                length += 1
                if text.isNewline(k) || length > maximumLength {
                    open = nil
                } else if text.isQuote(k), text.closes(k) {
                    spans.append(text.index(start)..<text.index(k + 1))
                    open = nil
                }
            } else if text.isQuote(k), text.opens(k) {
                open = k
                length = 0
            }
        }
        return spans
    }

    static func isQuote(_ v: UInt32) -> Bool {
        v == 0x27 || v == 0x22 || v == 0x2018 || v == 0x2019 || v == 0x201C || v == 0x201D
    }

    /// `isOpener` and `isCloser` of single-scalar `Character`s.
    static func isOpener(previous: UInt32?, next: UInt32?) -> Bool {
        guard let next, !ScalarUnits.isWhitespace(next) else { return false }
        guard let previous else { return true }
        return ScalarUnits.isWhitespace(previous) || [0x28, 0x5B, 0x7B, 0x2D, 0x2013, 0x2014, 0x2F].contains(previous)
    }

    static func isCloser(previous: UInt32?, next: UInt32?) -> Bool {
        guard let previous, !ScalarUnits.isWhitespace(previous) else { return false }
        guard let next else { return true }
        return ScalarUnits.isWhitespace(next) || [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2D, 0x2013, 0x2014].contains(next)
    }

    static let quoteScalars: Set<Unicode.Scalar> = ["'", "\"", "‘", "’", "“", "”"]

    static func isQuote(_ c: Character) -> Bool {
        // By scalar value: Character equality normalises non-ASCII text, which is slow; none of these marks
        // has another canonically equivalent spelling.
        let scalars = c.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch first.value {
        case 0x27, 0x22, 0x2018, 0x2019, 0x201C, 0x201D: return true
        default: return false
        }
    }

    static func isOpener(previous: Character?, next: Character?) -> Bool {
        guard let next, !next.isWhitespace else { return false }
        guard let previous else { return true }
        return previous.isWhitespace || "([{-–—/".contains(previous)
    }

    static func isCloser(previous: Character?, next: Character?) -> Bool {
        guard let previous, !previous.isWhitespace else { return false }
        guard let next else { return true }
        return next.isWhitespace || ".,;:!?)]}-–—".contains(next)
    }
}

/// What the quote scan asks of a text, character by character (`k` counts `Character`s).
private protocol QuoteScanText {
    var count: Int { get }
    func isQuote(_ k: Int) -> Bool
    func isNewline(_ k: Int) -> Bool
    /// The quote mark at `k` may open a passage (`QuoteSpans.isOpener` of its neighbours).
    func opens(_ k: Int) -> Bool
    /// The quote mark at `k` may close a passage (`QuoteSpans.isCloser` of its neighbours).
    func closes(_ k: Int) -> Bool
    /// Where character `k` starts (`count`: the end of the text).
    func index(_ k: Int) -> String.Index
}

extension IndexedCharacters: QuoteScanText {
    var count: Int { characters.count }
    func isQuote(_ k: Int) -> Bool { QuoteSpans.isQuote(characters[k]) }
    func isNewline(_ k: Int) -> Bool { characters[k].isNewline }
    func opens(_ k: Int) -> Bool {
        QuoteSpans.isOpener(previous: k > 0 ? characters[k - 1] : nil, next: k + 1 < characters.count ? characters[k + 1] : nil)
    }
    func closes(_ k: Int) -> Bool {
        QuoteSpans.isCloser(previous: k > 0 ? characters[k - 1] : nil, next: k + 1 < characters.count ? characters[k + 1] : nil)
    }
    func index(_ k: Int) -> String.Index { indices[k] }
}

/// A text's single-scalar characters (`ScalarUnits`) for the quote scan.
private struct ScalarQuoteText: QuoteScanText {
    let text: String
    let units: ScalarUnits

    var count: Int { units.values.count }
    func isQuote(_ k: Int) -> Bool { QuoteSpans.isQuote(units.values[k]) }
    func isNewline(_ k: Int) -> Bool { ScalarUnits.isNewline(units.values[k]) }
    func opens(_ k: Int) -> Bool {
        QuoteSpans.isOpener(previous: k > 0 ? units.values[k - 1] : nil, next: k + 1 < count ? units.values[k + 1] : nil)
    }
    func closes(_ k: Int) -> Bool {
        QuoteSpans.isCloser(previous: k > 0 ? units.values[k - 1] : nil, next: k + 1 < count ? units.values[k + 1] : nil)
    }
    func index(_ k: Int) -> String.Index { ScalarUnits.index(units.offsets[k], in: text) }
}
