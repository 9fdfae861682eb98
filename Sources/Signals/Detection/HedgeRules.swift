/// Phrases that admit a gap or work still to do ("need to update", "to be rolled out", "under review").
///
/// Only future, progressive or modal forms are patterns: a bare participle never matches, so "we have
/// updated the policy", "was reviewed", "has been rolled out" and "is reviewed regularly" are not hedges.
/// Guards (see `RuleGuards`) cancel negated ("no need to update"), past ("was to be"), conditional
/// ("if required, it will be amended"), routine ("will be reviewed annually") and quoted-Code uses.
enum HedgeRules {
    /// Guards shared by the future-work patterns.
    static let future: RuleGuards = [.negation, .past, .subordinate, .conditional, .routine]
    /// Words after "will be …" that mark a routine process ("updated on progress", "reviewed by a manager").
    static let processObjects = "!on|with|about|by|within|throughout|regularly|of|at|accordingly"
    /// "we do not currently charge" describes a practice (compliance or a contradiction), not a gap.
    static let doVerbs: Set<String> = ["do", "does", "did"]
    static let workNouns = "work|training|development|improvement|improvements|review|clarity|changes|consideration"

    /// The hedge rules, most specific first (overlapping hits keep the earliest, then the longest).
    static let rules: [PhraseRule] = [
        PhraseRule("need|needs to @verbBase", future.union(.modal), meaning: "work still needed", futureWork: true),
        PhraseRule("need|needs to be @verbPast out?", future, meaning: "work still needed", futureWork: true),
        PhraseRule("will be @willPast out? \(processObjects)", [.negation, .subordinate, .conditional, .routine],
                   meaning: "future work", futureWork: true),
        PhraseRule("to|will be put in place", future, meaning: "future work", futureWork: true),
        PhraseRule("to|will be|being set up", future, meaning: "future work", futureWork: true),
        PhraseRule("will be in place", [.negation, .conditional, .routine], meaning: "future work", futureWork: true),
        PhraseRule("to be @verbPast out?", future, meaning: "future work", futureWork: true),
        PhraseRule("being @verbPast out?", [.negation, .past, .routine, .conditional],
                   meaning: "work in progress", futureWork: true),
        PhraseRule("under review|development|consideration|construction|revision", [.negation, .past, .conditional],
                   meaning: "work in progress", futureWork: true),
        PhraseRule("not currently|yet|fully? in place", [.modal, .conditional], meaning: "a gap"),
        PhraseRule("not currently|yet", [.modal, .conditional], notAfter: doVerbs, meaning: "a gap"),
        PhraseRule("currently not", [.modal, .conditional], meaning: "a gap"),
        PhraseRule("yet to", [.negation, .conditional], meaning: "a gap"),
        PhraseRule("not fully @verbPast|compliant|met|operational|embedded", [.modal, .conditional], meaning: "a gap"),
        PhraseRule("no !this|it|that|is|are|there|we ...5 currently in place", [.prohibition, .conditional],
                   meaning: "a gap"),
        PhraseRule("no @docHead|formal|agreed|objective|objectives|member|system|arrangements|mechanism in place",
                   [.prohibition, .conditional], meaning: "a gap"),
        PhraseRule("draft|drafts !a|an|the|responses|response|letters|letter", [.negation],
                   notAfter: ["we", "officers", "staff", "they", "to"], meaning: "a draft, not yet adopted"),
        PhraseRule("working|work towards", [.negation, .past], meaning: "work in progress", futureWork: true),
        PhraseRule("once|until ...2 @pending", [.negation], meaning: "a dependency on something not yet done"),
        PhraseRule("once|until in place", [.negation], meaning: "a dependency on something not yet done"),
        PhraseRule("when established|appointed|formed|recruited|approved|ratified|adopted", [.negation],
                   meaning: "a dependency on something not yet done"),
        PhraseRule("post|after|following|until ...2 @event", [.past],
                   meaning: "a dependency on something not yet done"),
        PhraseRule("tbc|tbd|tba", [], meaning: "something still to be confirmed"),
        PhraseRule("in progress", [.negation, .past],
                   notAfter: ["complaints", "complaint", "cases", "case", "investigations", "investigation",
                              "enquiries", "matters", "those", "any", "all"],
                   meaning: "work in progress", futureWork: true),
        PhraseRule("underway", [.negation, .past], meaning: "work in progress", futureWork: true),
        PhraseRule("under way", [.negation, .past], meaning: "work in progress", futureWork: true),
        PhraseRule("is|are|been|currently planned", [.negation, .past], meaning: "planned work", futureWork: true),
        PhraseRule("planned for|to|in|during|from", [.negation], notAfter: ["as", "was", "were", "had"],
                   meaning: "planned work", futureWork: true),
        PhraseRule("@first plan|plans|intend|intends to", [.negation, .conditional],
                   meaning: "planned work", futureWork: true),
        PhraseRule("plans|planning to", [.negation, .conditional], meaning: "planned work", futureWork: true),
        PhraseRule("awaiting", [.negation], meaning: "a dependency on something not yet done"),
        PhraseRule("pending approval|sign|review|adoption|ratification|confirmation|agreement|recruitment", [.negation],
                   meaning: "a dependency on something not yet done"),
        PhraseRule("further \(workNouns)", [.negation, .conditional], meaning: "work still needed", futureWork: true),
        PhraseRule("work|improvements|improvement|changes is|are? needed", [.negation, .conditional],
                   meaning: "work still needed", futureWork: true),
        PhraseRule("@first are|is currently? @progressive towards|on?", [.negation, .conditional],
                   meaning: "work in progress", futureWork: true),
        PhraseRule("we're currently? @progressive", [.negation, .conditional],
                   meaning: "work in progress", futureWork: true),
        PhraseRule("currently @progressive", [.negation, .conditional], meaning: "work in progress", futureWork: true),
        PhraseRule("^ introducing|implementing|developing|recruiting", [],
                   meaning: "work in progress", futureWork: true),
        PhraseRule("will start|begin|commence", [.negation, .conditional], meaning: "future work", futureWork: true),
        PhraseRule("is|are due to be|go|start|begin|launch|take", [.negation, .conditional],
                   meaning: "future work", futureWork: true),
        PhraseRule("scheduled for|to", [.negation, .past, .conditional], meaning: "future work", futureWork: true),
        PhraseRule("will ...8 in|by|during|before|from|until|end @month", [.negation, .conditional],
                   meaning: "future work with a date", futureWork: true),
        PhraseRule("will ...8 by|in|during|before|until #year", [.negation, .conditional],
                   meaning: "future work with a date", futureWork: true),
        PhraseRule("@first will @verbBase this|these|it|our", [.negation, .conditional],
                   meaning: "future work", futureWork: true),
        PhraseRule("@first will @verbBase the policy|procedure|process|approach|guidance|website|template|templates",
                   [.negation, .conditional], meaning: "future work", futureWork: true),
        PhraseRule("proposed|proposal|propose to|for !the|a|an|resident|residents|complainant|them|him|her|you",
                   [.negation, .past], meaning: "a proposal, not yet adopted", futureWork: true),
        PhraseRule("proposed|proposal|propose that", [.negation, .past], meaning: "a proposal, not yet adopted",
                   futureWork: true),
    ]

    /// The hedges in `text`.
    static func hits(in text: TokenizedText, prohibition: Bool) -> [PhraseHit] {
        PhraseRule.hits(rules, in: text, prohibition: prohibition)
    }

    static let futureWorkRules = rules.filter(\.futureWork)

    /// The hedges in `text` that describe work to be done (used to find actions in commentary).
    static func futureWorkHits(in text: TokenizedText) -> [PhraseHit] {
        PhraseRule.hits(futureWorkRules, in: text, prohibition: false)
    }
}
