/// A phrase pattern with the guards that cancel it and what a match means.
///
/// ```swift
/// let rule = PhraseRule("to be @verbPast out?", [.negation, .past, .routine], meaning: "future work", futureWork: true)
/// rule.hits(in: TokenizedText("Training to be rolled out."), prohibition: false).first?.phrase  // "to be rolled out"
/// ```
struct PhraseRule: Sendable {
    let pattern: PhrasePattern
    let guards: RuleGuards
    /// Words that cancel the match when they come right before it ("complaints in progress").
    let notAfter: Set<String>
    /// What a match says, for the signal's detail ("future work", "a gap").
    let meaning: String
    /// True when a match describes work still to be done (used to find actions in commentary).
    let futureWork: Bool
    /// The status a match implies (implicit answers); nil for other rules.
    let implies: ImpliedAnswer?

    /// Creates a rule; see `PhrasePattern` for the notation.
    init(_ spec: String, _ guards: RuleGuards = [], notAfter: Set<String> = [], meaning: String,
         futureWork: Bool = false, implies: ImpliedAnswer? = nil) {
        self.pattern = PhrasePattern(spec)
        self.guards = guards
        self.notAfter = notAfter
        self.meaning = meaning
        self.futureWork = futureWork
        self.implies = implies
    }

    /// The matches in `text` that survive the guards; quoted text never matches.
    func hits(in text: TokenizedText, prohibition: Bool) -> [PhraseHit] {
        pattern.matches(in: text).compactMap { range in
            let tokens = text.tokens
            if tokens[range].contains(where: \.quoted) { return nil }
            if range.lowerBound > 0, notAfter.contains(tokens[range.lowerBound - 1].lower),
               tokens[range.lowerBound - 1].sentence == tokens[range.lowerBound].sentence { return nil }
            if guards.cancels(range, in: text, prohibition: prohibition) { return nil }
            return PhraseHit(range: range, phrase: text.original(range), rule: self)
        }
    }

    /// The hits of all `rules` in `text`, overlapping hits reduced to the earliest (then longest), in text order.
    static func hits(_ rules: [PhraseRule], in text: TokenizedText, prohibition: Bool) -> [PhraseHit] {
        let all = rules.flatMap { $0.hits(in: text, prohibition: prohibition) }
            .sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var kept: [PhraseHit] = []
        for hit in all where !kept.contains(where: { $0.range.overlaps(hit.range) }) {
            kept.append(hit)
        }
        return kept
    }
}
