/// Phrases in an unanswered row that state the answer anyway, each implying an `ImpliedAnswer`.
///
/// Precedence, first found wins: not applicable ("this request has not been made", "there was no
/// restructure") > partial ("in part") > negative ("we do not", "not in place", "no policy") > positive
/// ("we do", "this is in place", "our policy sets out", "is included"). Not-applicable comes first so that
/// "we have not had exceptional circumstances" is read as n/a, not as "we have" or "not".
enum ImplicitAnswerRules {
    static let guards: RuleGuards = [.conditional, .subordinate]

    static let rules: [PhraseRule] = [
        // Not applicable.
        rule("not applicable|relevant", .notApplicable),
        rule("n/a", .notApplicable),
        rule("does|do|did not apply", .notApplicable),
        rule("has|have|had not been made|requested|received|required|needed|necessary|asked|raised|triggered",
             .notApplicable),
        rule("has|have|had not arisen|occurred|happened|applied", .notApplicable),
        rule("@first have|had not had", .notApplicable),
        rule("@first haven't|hadn't had", .notApplicable),
        rule("there was|were|has|have|had been? no", .notApplicable),
        rule("did not arise|occur|happen", .notApplicable),
        rule("no such", .notApplicable),
        // Partial.
        rule("partly|partially|partial", .partial),
        rule("in part", .partial),
        rule("to some extent", .partial),
        rule("not fully", .partial),
        // Negative.
        rule("@first do|does not|never", .negative, extra: .prohibition),
        rule("@first don't|doesn't", .negative, extra: .prohibition),
        rule("@first are|am unable to", .negative),
        rule("@first are|am not able to", .negative),
        rule("not|non compliant", .negative),
        rule("not currently|yet", .negative, extra: .modal),
        rule("not currently? in place", .negative, extra: .modal),
        rule("no @docHead|arrangements|mechanism|member|officer|team|objective|objectives|system", .negative),
        rule("@first have|has not|never", .negative),
        // Positive.
        rule("@first @present !not|never|no|yet|had", .positive, extra: .negation),
        rule("this|it|which|that is|are fully|already? in place", .positive, extra: .negation),
        rule("is|are in place", .positive, extra: .negation),
        rule("our|the ...2 @docHead sets|set|reflects|reflect|includes|include|covers|cover|states|outlines|details|explains|confirms|defines",
             .positive, extra: .negation),
        rule("is|are included|covered|outlined|detailed|reflected|defined|published|recorded|referenced|contained",
             .positive, extra: .negation),
        rule("included|detailed|outlined|covered|reflected|defined|contained in|within", .positive, extra: .negation),
        rule("set out in|within", .positive, extra: .negation),
        rule("in line with", .positive, extra: .negation),
        rule("fully? compliant", .positive, extra: .negation),
    ]

    static func rule(_ spec: String, _ answer: ImpliedAnswer, extra: RuleGuards = []) -> PhraseRule {
        PhraseRule(spec, guards.union(extra), meaning: "states the answer", implies: answer)
    }

    /// The deciding phrase in `text`: the first hit of the highest-precedence answer found, or nil.
    static func decide(in text: TokenizedText, prohibition: Bool) -> PhraseHit? {
        for answer in ImpliedAnswer.allCases {
            let candidates = rules.filter { $0.implies == answer }
            if let first = PhraseRule.hits(candidates, in: text, prohibition: prohibition).first { return first }
        }
        return nil
    }
}
