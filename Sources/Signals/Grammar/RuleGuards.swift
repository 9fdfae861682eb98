/// Context checks that cancel a phrase match (see `PhraseRule`).
///
/// Each looks only inside the match's own sentence, at the few words before (or after) it.
struct RuleGuards: OptionSet, Sendable {
    let rawValue: Int

    /// A negation in the 3 words before: "no need to update", "we do not plan to".
    static let negation = RuleGuards(rawValue: 1 << 0)
    /// Past tense in the 2 words before: "was under review", "were to be rolled out".
    static let past = RuleGuards(rawValue: 1 << 1)
    /// An indirect question in the 4 words before: "what needs to be included in a response".
    static let subordinate = RuleGuards(rawValue: 1 << 2)
    /// A condition in the 6 words before: "where we are unable to respond in time, we …".
    static let conditional = RuleGuards(rawValue: 1 << 3)
    /// A routine or condition in the 4 words after: "will be reviewed annually", "… if required".
    static let routine = RuleGuards(rawValue: 1 << 4)
    /// A modal right before: "must not", "should not yet" (the Code's wording, not an admission).
    static let modal = RuleGuards(rawValue: 1 << 5)
    /// The requirement itself is a prohibition ("must not", "does not have to"), so a negative answer
    /// ("we do not …") is more likely compliance than a gap.
    static let prohibition = RuleGuards(rawValue: 1 << 6)

    static let negationWindow = 3, pastWindow = 2, subordinateWindow = 4, conditionalWindow = 6, routineWindow = 4

    static let pastWords: Set<String> = ["was", "were", "had"]
    static let subordinateWords: Set<String> = ["what", "how", "whether"]
    static let conditionalWords: Set<String> = ["if", "where", "whereby", "whenever", "when", "unless", "should",
                                                "while", "whilst", "would", "could"]
    static let routineWords: Set<String> = ["annually", "regularly", "yearly", "periodically", "routinely",
                                            "quarterly", "monthly", "weekly", "every", "each", "if",
                                            "whenever", "where", "necessary", "required", "needed",
                                            "appropriate", "such", "ongoing", "biannually", "continually"]
    static let modalWords: Set<String> = ["must", "should", "shall", "may", "might", "need", "needs"]

    /// True when one of these guards cancels the match `range` in `text`.
    func cancels(_ range: Range<Int>, in text: TokenizedText, prohibition isProhibition: Bool) -> Bool {
        let tokens = text.tokens
        let sentence = tokens[range.lowerBound].sentence
        func before(_ count: Int) -> [Token] {
            let start = max(0, range.lowerBound - count)
            return tokens[start..<range.lowerBound].filter { $0.sentence == sentence }
        }
        func after(_ count: Int) -> [Token] {
            let end = min(tokens.count, range.upperBound + count)
            return tokens[range.upperBound..<end].filter { $0.sentence == sentence }
        }
        if contains(.prohibition), isProhibition { return true }
        if contains(.negation), before(Self.negationWindow).contains(where: \.isNegation) { return true }
        if contains(.past), before(Self.pastWindow).contains(where: { Self.pastWords.contains($0.lower) }) {
            return true
        }
        if contains(.subordinate),
           before(Self.subordinateWindow).contains(where: { Self.subordinateWords.contains($0.lower) }) {
            return true
        }
        if contains(.conditional),
           before(Self.conditionalWindow).contains(where: { Self.conditionalWords.contains($0.lower) }) {
            return true
        }
        if contains(.routine), after(Self.routineWindow).contains(where: { Self.routineWords.contains($0.lower) }) {
            return true
        }
        if contains(.modal), let last = before(1).last, Self.modalWords.contains(last.lower) { return true }
        return false
    }
}
