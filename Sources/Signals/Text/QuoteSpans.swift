/// Finds quoted passages ('…', "…", ‘…’, “…”) so that quoted Code text is not read as the respondent's own words.
///
/// An apostrophe inside a word (`Ombudsman's`) opens and closes nothing; an unclosed quote quotes nothing.
enum QuoteSpans {
    /// Longest passage, in characters, still treated as a quotation.
    static let maximumLength = 400

    /// The quoted ranges of `text`, quote marks included, in order.
    static func find(in text: String) -> [Range<String.Index>] {
        var spans: [Range<String.Index>] = []
        guard text.unicodeScalars.contains(where: { quoteScalars.contains($0) }) else { return spans }
        var open: String.Index?
        var length = 0
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let nextIndex = text.index(after: index)
            let next: Character? = nextIndex < text.endIndex ? text[nextIndex] : nil
            if let start = open {
                length += 1
                if character.isNewline || length > maximumLength {
                    open = nil
                } else if isQuote(character), isCloser(previous: previous, next: next) {
                    spans.append(start..<nextIndex)
                    open = nil
                }
            } else if isQuote(character), isOpener(previous: previous, next: next) {
                open = index
                length = 0
            }
            previous = character
            index = nextIndex
        }
        return spans
    }

    static let quoteScalars: Set<Unicode.Scalar> = ["'", "\"", "‘", "’", "“", "”"]

    static func isQuote(_ c: Character) -> Bool {
        switch c {
        case "'", "\"", "‘", "’", "“", "”": return true
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
