/// Finds quoted passages ('…', "…", ‘…’, “…”) so that quoted Code text is not read as the respondent's own words.
///
/// An apostrophe inside a word (`Ombudsman's`) opens and closes nothing; an unclosed quote quotes nothing.
enum QuoteSpans {
    /// Longest passage, in characters, still treated as a quotation.
    static let maximumLength = 400

    /// The quoted ranges of `text`, quote marks included, in order.
    static func find(in text: String) -> [Range<String.Index>] {
        guard text.unicodeScalars.contains(where: { quoteScalars.contains($0) }) else { return [] }
        return find(in: IndexedCharacters(text))
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
