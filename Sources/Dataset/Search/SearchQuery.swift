/// User search text turned into a safe FTS5 query: every word and phrase becomes a quoted FTS5 string,
/// so no input is read as FTS5 syntax (`AND`, `NEAR`, `col:`, `(`, a stray `"` are all plain text).
///
/// Rules:
/// - Words separated by spaces must all occur in the same response (in any field, any order).
/// - Text in double quotes at the start of a word, up to the next double quote, is a phrase: its words
///   must occur together, in that order, in one field (`"stage 2"`).
/// - A word ending in `*` matches any word starting with it (`escalat*`).
/// - A quote that does not open a phrase (`policy"`, or one never closed) is part of the word; words
///   with no letter or digit (`-`, `&`) are dropped. Case and accents are ignored (`cafe` finds `café`).
///
/// ```swift
/// SearchQuery("complaints \"stage 2\" escalat*")?.expression // "complaints" "stage 2" "escalat"*
/// SearchQuery("policy\"")?.expression                       // "policy"""
/// SearchQuery("  ")                                         // nil
/// ```
struct SearchQuery: Hashable {
    /// The most words and phrases one search may hold: FTS5's cost grows with every term, and a longer list is
    /// never a useful search.
    static let maxTerms = 32

    /// The FTS5 MATCH expression.
    let expression: String
    /// How many words and phrases it holds.
    let termCount: Int

    /// Parses `text`, refusing text with no word or with more than `maxTerms` terms.
    ///
    /// - Throws: `DatasetError`: `nothing to search for: the search text has no words - give a word or a "quoted
    ///   phrase", e.g. complaints "stage 2"`, or `too many search terms (40): at most 32 words and phrases - search
    ///   for the most telling words`.
    static func parse(_ text: String) throws(DatasetError) -> SearchQuery {
        guard let query = SearchQuery(text) else {
            throw DatasetError(.sqlite, message: "nothing to search for: the search text has no words",
                               hint: "give a word or a \"quoted phrase\", e.g. complaints \"stage 2\"")
        }
        guard query.termCount <= maxTerms else {
            throw DatasetError(.sqlite, message: "too many search terms (\(query.termCount)): at most \(maxTerms) words and phrases",
                               hint: "search for the most telling words")
        }
        return query
    }

    /// Parses `text`; nil when it holds no word to search for.
    init?(_ text: String) {
        var terms: [String] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard let first = rest.first else { break }
            if first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") {
                let phrase = rest[rest.index(after: rest.startIndex)..<close]
                if Self.hasWord(phrase) { terms.append(Self.quoted(phrase)) }
                rest = rest[rest.index(after: close)...]
                continue
            }
            let word = rest.prefix { !$0.isWhitespace }
            rest = rest.dropFirst(word.count)
            if word.count > 1, word.hasSuffix("*") {
                let stem = word.dropLast()
                if Self.hasWord(stem) { terms.append(Self.quoted(stem) + "*") }
            } else if Self.hasWord(word) {
                terms.append(Self.quoted(word))
            }
        }
        guard !terms.isEmpty else { return nil }
        expression = terms.joined(separator: " ")
        termCount = terms.count
    }

    /// `text` as an FTS5 string: in double quotes, inner quotes doubled.
    static func quoted(_ text: Substring) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True when `text` has a letter or digit, i.e. at least one token for the unicode61 tokenizer.
    static func hasWord(_ text: Substring) -> Bool { text.contains { $0.isLetter || $0.isNumber } }
}

extension Substring {
    /// The text with every `target` replaced by `replacement` (no Foundation needed).
    fileprivate func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == target { out += replacement } else { out.append(character) }
        }
        return out
    }
}
