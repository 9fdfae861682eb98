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
        let vs = units.values, n = vs.count
        guard vs.contains(where: isQuote) else { return [] }
        var spans: [Range<String.Index>] = []
        var open: Int?
        var length = 0
        var previous: UInt32?
        for k in 0..<n {
            let v = vs[k]
            let next: UInt32? = k + 1 < n ? vs[k + 1] : nil
            if let start = open {
                length += 1
                if ScalarUnits.isNewline(v) || length > maximumLength {
                    open = nil
                } else if isQuote(v), isCloser(previous: previous, next: next) {
                    spans.append(ScalarUnits.index(units.offsets[start], in: text)..<ScalarUnits.index(units.offsets[k + 1], in: text))
                    open = nil
                }
            } else if isQuote(v), isOpener(previous: previous, next: next) {
                open = k
                length = 0
            }
            previous = v
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

    /// The quoted ranges of a text already split into characters.
    static func find(in text: IndexedCharacters) -> [Range<String.Index>] {
        var spans: [Range<String.Index>] = []
        let cs = text.characters, ix = text.indices, n = cs.count
        guard cs.contains(where: isQuote) else { return spans }
        var open: String.Index?
        var length = 0
        var previous: Character?
        for k in 0..<n {
            let character = cs[k]
            let next: Character? = k + 1 < n ? cs[k + 1] : nil
            if let start = open {
                length += 1
                if character.isNewline || length > maximumLength {
                    open = nil
                } else if isQuote(character), isCloser(previous: previous, next: next) {
                    spans.append(start..<ix[k + 1])
                    open = nil
                }
            } else if isQuote(character), isOpener(previous: previous, next: next) {
                open = ix[k]
                length = 0
            }
            previous = character
        }
        return spans
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
