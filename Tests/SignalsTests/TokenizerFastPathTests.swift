import Assessment
@testable import Signals
import Testing

/// The tokenizer's scalar reading gives the same tokens, words, sentences and quotations as its `Character` reading,
/// on generated texts mixing ASCII, typographic quotes and dashes, CR LF, accents (precomposed and combining),
/// joined emoji and private-use bullets; texts with a joining scalar are handed to the `Character` reading.
@Suite struct TokenizerFastPathTests {
    static let pieces = ["we", "Will", "don't", "don’t", "n/a", "3.5.7", "2025", " ", "\t", "\n", "\r\n", "\r", ".", ",",
                         ":", ";", "?", "!", "'", "\"", "‘", "’", "“", "”", "(", ")", "[", "]", "-", "–", "—", "/", "•",
                         "\u{00A0}", "é", "e\u{0301}", "Σ", "İ", "\u{F0B7}", "👩\u{200D}💻", "to be rolled out", "not",
                         "planned", "Policy", "section 4", "n't", "CRM", "x"]

    static func texts(seed: UInt64, count: Int = 4000) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        return (0..<count).map { _ in (0..<Int(next() % 16)).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined() }
    }

    @Test func scalarTokensMatchCharacterTokens() {
        #expect(Self.texts(seed: 21).filter { ScalarUnits($0) != nil }.count > 300)
        for s in Self.texts(seed: 21) {
            let fast = TokenizedText(s, byCharacter: false), slow = TokenizedText(s, byCharacter: true)
            #expect(fast.tokens.map(\.lower) == slow.tokens.map(\.lower), "\(Array(s.unicodeScalars))")
            #expect(fast.tokens.map(\.range) == slow.tokens.map(\.range))
            #expect(fast.tokens.map(\.quote) == slow.tokens.map(\.quote))
            #expect(fast.sentences == slow.sentences)
            #expect(fast.words == slow.words)
        }
    }

    @Test func scalarQuotesMatchCharacterQuotes() {
        var read = 0
        for s in Self.texts(seed: 22) {
            guard let units = ScalarUnits(s) else { continue }
            read += 1
            #expect(QuoteSpans.find(in: s, units) == QuoteSpans.find(in: IndexedCharacters(s)), "\(Array(s.unicodeScalars))")
        }
        #expect(read > 300, "the scalar reading took \(read) of the texts")
    }

    @Test func negationTestOnlyRulesOutTextsWithoutNegations() {
        for s in Self.texts(seed: 23) where !ResponseFields.mayNegate(s) {
            let negated = TokenizedText(s).tokens.contains { $0.isNegation }
            #expect(!negated, "\(s)")
        }
    }

    @Test func patternQuickTestSkipsOnlyTextsWithoutMatches() {
        let rules = HedgeRules.rules + ContradictionRules.denials + ContradictionRules.claims + ImplicitAnswerRules.rules
        for s in Self.texts(seed: 24, count: 1500) + ["Training to be rolled out next year.", "We do not currently comply."] {
            let text = TokenizedText(s)
            for rule in rules {
                #expect(rule.pattern.matches(in: text) == rule.pattern.matches(in: text, quickTest: false), "\(rule.pattern.description) in \(s)")
            }
        }
    }
}
