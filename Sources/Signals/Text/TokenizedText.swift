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
    /// The distinct lowercase words (`Token.lower`).
    let words: Set<String>
    private let presence = PresenceCache()

    /// Which words of the phrase patterns occur here (`PatternWords`), looked up on first use.
    var patternWords: PatternWords.Presence {
        if let known = presence.value { return known }
        let computed = PatternWords.shared.presence(of: words)
        presence.value = computed
        return computed
    }

    /// One text's `patternWords`, kept once computed. A text is read on one thread at a time.
    private final class PresenceCache: @unchecked Sendable {
        var value: PatternWords.Presence?
    }

    /// Splits `text` into tokens.
    init(_ text: String) {
        self.init(text, byCharacter: false)
    }

    /// Splits `text` into tokens by its scalars (when each `Character` is one: `ScalarUnits`) or by `Character`s
    /// (`byCharacter`, which reads any text); both give the same tokens where both apply.
    init(_ text: String, byCharacter: Bool) {
        self.text = text
        if !byCharacter, let units = ScalarUnits(text) {
            tokens = Self.tokens(of: text, units)
            words = Set(tokens.map(\.lower))
            return
        }
        // One grapheme-breaking pass into an array; the scan below then indexes by integer.
        let characters = IndexedCharacters(text)
        let cs = characters.characters, ix = characters.indices, n = cs.count
        let quotes = QuoteSpans.find(in: characters)
        var tokens: [Token] = []
        var sentence = 0
        var k = 0
        while k < n {
            let character = cs[k]
            guard character.isLetterOrNumberFast else {
                if Self.endsSentence(character) { sentence += 1 }
                k += 1
                continue
            }
            var end = k + 1
            while end < n {
                let c = cs[end]
                if c.isLetterOrNumberFast { end += 1; continue }
                let afterJoiner = end + 1
                guard afterJoiner < n else { break }
                let before = cs[end - 1], after = cs[afterJoiner]
                let joins = (Self.isJoiner(c) && before.isLetterFast && after.isLetterFast)
                    || (c == "." && before.isASCIIDigit && after.isASCIIDigit)
                guard joins else { break }
                end = afterJoiner
            }
            let range = ix[k]..<ix[end]
            let lower = String(text[range]).lowercased().replacingAll("’", with: "'")
            let quote = quotes.firstIndex { $0.contains(range.lowerBound) }
            tokens.append(Token(lower: lower, range: range, sentence: sentence, quote: quote))
            k = end
        }
        self.tokens = tokens
        words = Set(tokens.map(\.lower))
    }

    /// The tokens of a text whose `Character`s are single scalars: the same scan as `init` over the scalars.
    private static func tokens(of text: String, _ units: ScalarUnits) -> [Token] {
        let vs = units.values, offsets = units.offsets, n = vs.count
        let quotes = QuoteSpans.find(in: text, units)
        var tokens: [Token] = []
        var sentence = 0
        var k = 0
        while k < n {
            let v = vs[k]
            guard ScalarUnits.isLetterOrNumber(v) else {
                if endsSentence(v) { sentence += 1 }
                k += 1
                continue
            }
            var end = k + 1
            var ascii = v < 0x80
            while end < n {
                let c = vs[end]
                if ScalarUnits.isLetterOrNumber(c) { ascii = ascii && c < 0x80; end += 1; continue }
                let afterJoiner = end + 1
                guard afterJoiner < n else { break }
                let before = vs[end - 1], after = vs[afterJoiner]
                let joins = ((c == 0x27 || c == 0x2F || c == 0x2019) && ScalarUnits.isLetter(before) && ScalarUnits.isLetter(after))
                    || (c == 0x2E && ScalarUnits.isASCIIDigit(before) && ScalarUnits.isASCIIDigit(after))
                guard joins else { break }
                ascii = ascii && c < 0x80
                end = afterJoiner
            }
            let range = ScalarUnits.index(offsets[k], in: text)..<ScalarUnits.index(offsets[end], in: text)
            let lower: String
            if ascii {
                var bytes = Array(text.utf8[range])
                for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] |= 0x20 }
                lower = String(decoding: bytes, as: UTF8.self)
            } else {
                lower = String(text[range]).lowercased().replacingAll("’", with: "'")
            }
            let quote = quotes.firstIndex { $0.contains(range.lowerBound) }
            tokens.append(Token(lower: lower, range: range, sentence: sentence, quote: quote))
            k = end
        }
        return tokens
    }

    /// `endsSentence` of a single-scalar `Character`.
    static func endsSentence(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x0A && v <= 0x0D) || v == 0x2E || v == 0x21 || v == 0x3F || v == 0x3B || v == 0x3A || v == 0x5B || v == 0x5D
        }
        return ScalarUnits.isNewline(v) || v == 0x2022
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

    /// An apostrophe (straight or curly) or a slash: joins letters into one word.
    static func isJoiner(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a == 0x27 || a == 0x2F }
        let scalars = c.unicodeScalars
        return scalars.first?.value == 0x2019 && scalars.index(after: scalars.startIndex) == scalars.endIndex
    }

    static func endsSentence(_ c: Character) -> Bool {
        if let a = c.asciiValue {
            return (a >= 0x0A && a <= 0x0D) || a == 0x2E || a == 0x21 || a == 0x3F || a == 0x3B || a == 0x3A
                || a == 0x5B || a == 0x5D  // newline . ! ? ; : [ ]
        }
        return c.isNewline || c == "•"
    }
}

/// The characters of a text with their indices, from one grapheme-breaking pass.
struct IndexedCharacters {
    let characters: [Character]
    /// `indices[k]` is where `characters[k]` starts; one more entry, the text's `endIndex`.
    let indices: [String.Index]

    init(_ text: String) {
        var characters: [Character] = [], indices: [String.Index] = []
        characters.reserveCapacity(text.utf8.count)
        indices.reserveCapacity(text.utf8.count + 1)
        var index = text.startIndex
        for character in text {
            characters.append(character)
            indices.append(index)
            index = text.utf8.index(index, offsetBy: character.utf8.count)
        }
        indices.append(text.endIndex)
        self.characters = characters
        self.indices = indices
    }
}
