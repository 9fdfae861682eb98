import Assessment

/// A text split into words and sentences, keeping each word's place in the original.
///
/// Words are runs of letters and digits; an apostrophe or slash between letters (`don't`, `n/a`) and a
/// dot between digits (`3.5.7`) stay inside a word; hyphens separate words (`post-election` is two).
/// Sentences (really clauses) end at `. ! ? ; :`, line breaks, bullets and square brackets.
struct TokenizedText: Sendable {
    /// The original text.
    let text: String
    /// Its words, in order.
    let tokens: [Token]

    /// Splits `text` into tokens.
    init(_ text: String) {
        self.text = text
        let quotes = QuoteSpans.find(in: text)
        var tokens: [Token] = []
        var sentence = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character.isLetter || character.isNumber else {
                if Self.endsSentence(character) { sentence += 1 }
                index = text.index(after: index)
                continue
            }
            let start = index
            var end = text.index(after: index)
            while end < text.endIndex {
                let c = text[end]
                if c.isLetter || c.isNumber { end = text.index(after: end); continue }
                let afterJoiner = text.index(after: end)
                guard afterJoiner < text.endIndex else { break }
                let before = text[text.index(before: end)], after = text[afterJoiner]
                let joins = ("'’/".contains(c) && before.isLetter && after.isLetter)
                    || (c == "." && before.isASCIIDigit && after.isASCIIDigit)
                guard joins else { break }
                end = afterJoiner
            }
            let lower = String(text[start..<end]).lowercased().replacingAll("’", with: "'")
            let quote = quotes.firstIndex { $0.contains(start) }
            tokens.append(Token(lower: lower, range: start..<end, sentence: sentence, quote: quote))
            index = end
        }
        self.tokens = tokens
    }

    /// The original text from the first to the last token of `range` (a token-index range).
    func original(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last, last < tokens.count else { return "" }
        return String(text[tokens[first].range.lowerBound..<tokens[last].range.upperBound])
    }

    /// Like `original(_:)`, widened over a quote mark right before a quoted first token and right after a
    /// quoted last token (so a quoted heading keeps both its marks).
    func originalKeepingQuotes(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last, last < tokens.count else { return "" }
        var start = tokens[first].range.lowerBound, end = tokens[last].range.upperBound
        if tokens[first].quoted, start > text.startIndex, QuoteSpans.isQuote(text[text.index(before: start)]) {
            start = text.index(before: start)
        }
        if tokens[last].quoted, end < text.endIndex, QuoteSpans.isQuote(text[end]) { end = text.index(after: end) }
        return String(text[start..<end])
    }

    /// The token-index range of the sentence containing token `index`.
    func sentenceRange(of index: Int) -> Range<Int> {
        guard tokens.indices.contains(index) else { return index..<index }
        let sentence = tokens[index].sentence
        var start = index, end = index + 1
        while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
        while end < tokens.count, tokens[end].sentence == sentence { end += 1 }
        return start..<end
    }

    /// The sentence containing token `index`, shortened to `limit` characters with "…".
    func snippet(around index: Int, limit: Int = 160) -> String {
        let sentence = original(sentenceRange(of: index))
        guard sentence.count > limit else { return sentence }
        return String(sentence.prefix(limit - 1)) + "…"
    }

    /// The token-index ranges of the sentences, in order.
    var sentences: [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            let range = sentenceRange(of: index)
            result.append(range)
            index = range.upperBound
        }
        return result
    }

    static func endsSentence(_ c: Character) -> Bool { c.isNewline || ".!?;:•[]".contains(c) }
}
