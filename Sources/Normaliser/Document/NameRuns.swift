import Assessment

/// Finds the spans of a line that can be organisation names: runs of capitalised words and the small
/// words that join them ('London Borough of Acme', 'Barking & Dagenham Council', 'Acme Homes Ltd').
/// A run ends at punctuation, a lowercase word, a number, or a word of the Code's form ('Self-assessment',
/// 'Complaints', 'Report'); a possessive 's is dropped from its last word ('Acme Council's policy').
///
/// ```swift
/// NameRuns("Housing Ombudsman Code: London Borough of Acme Self-assessment").runs.map(\.text)
/// // ["Housing Ombudsman", "London Borough of Acme"]
/// ```
struct NameRuns {
    /// One word of the line.
    struct Token {
        var text: String
        var lower: String
        var capitalised: Bool
        var hasDigit: Bool
        /// Punctuation (other than a joining `&`) stood between this word and the one before.
        var breakBefore: Bool
        /// The word without a final possessive 's or apostrophe ('Council's' -> 'Council'), if it has one;
        /// used when the word ends a run ('King's Lynn' keeps it).
        var possessive: String?
    }

    /// A run of name words.
    struct Run {
        /// Token range in the line, after trimming generic leading words.
        var range: Range<Int>
        /// The words as written, joined by single spaces.
        var text: String
        /// The run was ended by a word of the Code's form (as in 'Acme Self-assessment').
        var endsAtDocumentWord: Bool
        /// Only generic leading words ('Welcome to', 'At') come before the run in its line.
        var startsLine: Bool
    }

    /// Words of the Code's form and of report titles: they end a name ('Acme Homes Complaints Policy').
    static let documentWords: Set<String> = ["self", "assessment", "selfassessment", "complaint", "complaints", "handling",
                                             "code", "report", "annual", "performance", "policy", "form", "appendix",
                                             "review", "statement", "procedure", "update", "summary", "page", "section",
                                             "part", "chc", "version", "draft", "final", "response", "compliance",
                                             "improvement", "learning", "evidence"]

    let tokens: [Token]
    let runs: [Run]

    /// The runs of `line`, reading at most its first `maxTokens` words (a sentence is named by its opening).
    init(_ line: String, maxTokens: Int = Int.max) {
        tokens = Self.tokenize(line, maxTokens: maxTokens)
        runs = Self.runs(tokens)
    }

    /// True if the token is a word of the Code's form (any part of a hyphenated word: 'Self-Assessment').
    static func isDocumentWord(_ t: Token) -> Bool {
        t.lower.split(separator: "-").contains { documentWords.contains(String($0)) }
    }

    static func runs(_ tokens: [Token]) -> [Run] {
        var out: [Run] = []
        var start: Int?
        func close(_ end: Int, byDocumentWord: Bool) {
            defer { start = nil }
            guard let first = start else { return }
            var s = first
            var e = end
            while s < e, isGenericLead(tokens[s]) { s += 1 }
            while e > s, LandlordVocabulary.connectors.contains(tokens[e - 1].lower) || tokens[e - 1].lower == "&" { e -= 1 }
            guard s < e, e - s <= 10 else { return }
            let words = tokens[s..<(e - 1)].map(\.text) + [tokens[e - 1].possessive ?? tokens[e - 1].text]
            let text = words.joined(separator: " ")
            let opensLine = first == 0 || tokens[0..<s].allSatisfy { isGenericLead($0) && !$0.breakBefore }
            out.append(Run(range: s..<e, text: text, endsAtDocumentWord: byDocumentWord && e == end, startsLine: opensLine))
        }
        for (i, t) in tokens.enumerated() {
            let joiner = t.lower == "&" || LandlordVocabulary.connectors.contains(t.lower)
            let nameWord = t.capitalised && !t.hasDigit && !isDocumentWord(t)
            if start != nil, t.breakBefore || !(nameWord || joiner) {
                close(i, byDocumentWord: !t.breakBefore && isDocumentWord(t))
            }
            if start == nil, nameWord { start = i }
        }
        close(tokens.count, byDocumentWord: false)
        return out
    }

    /// Words that open a run without belonging to a name ('Welcome to', 'Customers of', 'At').
    static let leadWords: Set<String> = ["a", "an", "our", "your", "my", "their", "its", "this", "welcome", "to", "at",
                                         "about", "contact", "from", "with", "for", "dear", "hello", "&"]

    static func isGenericLead(_ t: Token) -> Bool {
        leadWords.contains(t.lower) || LandlordVocabulary.connectors.contains(t.lower) || LandlordVocabulary.bodyWords.contains(t.lower)
    }

    /// The words of `line` (at most `maxTokens`), each knowing whether punctuation came before it.
    static func tokenize(_ line: String, maxTokens: Int = Int.max) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(line.unicodeScalars)
        var current = String.UnicodeScalarView()
        var pendingBreak = false
        func isWord(_ u: Unicode.Scalar) -> Bool {
            if u.isASCII {
                let v = u.value
                return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57)
            }
            return u.properties.isAlphabetic || u.properties.numericType != nil
        }
        func end() {
            guard !current.isEmpty else { return }
            let text = String(current)
            var possessive: String?
            for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where text.count > suffix.count + 1 && text.hasSuffix(suffix) {
                possessive = String(text.dropLast(suffix.count))
                break
            }
            let first = text.unicodeScalars.first
            let capitalised = first.map { $0.isASCII ? ($0.value >= 65 && $0.value <= 90) : $0.properties.isUppercase } ?? false
            tokens.append(Token(text: text, lower: text.lowercased(), capitalised: capitalised,
                                hasDigit: text.utf8.contains { $0 >= 48 && $0 <= 57 },
                                breakBefore: pendingBreak, possessive: possessive))
            current = String.UnicodeScalarView()
            pendingBreak = false
        }
        for (i, u) in scalars.enumerated() {
            if tokens.count >= maxTokens { break }
            let next = i + 1 < scalars.count ? scalars[i + 1] : " "
            let apostrophe = u == "'" || u == "\u{2019}"
            if isWord(u) || (!current.isEmpty && (apostrophe || (u == "-" && isWord(next)))) {
                current.append(u)
            } else if u == " " || u == "\t" || u == "\u{00A0}" {
                end()
            } else if u == "&" {
                end()
                tokens.append(Token(text: "&", lower: "&", capitalised: false, hasDigit: false, breakBefore: pendingBreak, possessive: nil))
                pendingBreak = false
            } else if u == ".", next == " ", current.count <= 3, current.first?.properties.isUppercase ?? false {
                end()  // an abbreviation such as 'St.'
            } else {
                end()
                pendingBreak = true
            }
        }
        end()
        return tokens
    }
}
