/// Phrases that contradict the stated answer: a first-person denial under 'Yes', a compliance claim under 'No'.
///
/// Kept narrow for precision: a denial needs a first-person subject ("we did not meet", "we are unable to")
/// or an explicit "not compliant"; "No complaints were refused" (no subject, reporting an outcome) is not one.
/// "We do not …" is ignored when the requirement is itself a prohibition, where it usually means compliance
/// ("we do not refuse complaints"), and anywhere in a condition ("where we are unable to respond in time").
enum ContradictionRules {
    static let guards: RuleGuards = [.conditional, .subordinate, .modal]
    static let meaning = "a first-person statement of non-compliance"
    static let claim = "a claim of compliance"
    static let requirementNouns = "requirement|requirements|provision|provisions|code|standard|standards"

    /// Denials that contradict a 'Yes'.
    static let denials: [PhraseRule] = [
        PhraseRule("@first did not|never always? meet|met|achieve|comply|respond|complete|publish|provide|record|report|acknowledge|issue|follow",
                   guards, meaning: meaning),
        PhraseRule("@first didn't always? meet|achieve|comply|respond|complete|publish|provide|record|report|acknowledge|issue|follow",
                   guards, meaning: meaning),
        PhraseRule("@first have|has not|never !yet|fully always? met|achieved|complied|published|provided|recorded|reported|implemented|introduced|appointed|adopted",
                   guards, meaning: meaning),
        PhraseRule("@first have|has not been able", guards, meaning: meaning),
        PhraseRule("@first haven't|hasn't always? met|achieved|complied|published|provided|recorded|reported|implemented",
                   guards, meaning: meaning),
        PhraseRule("@first are|am|were unable to", guards, meaning: meaning),
        PhraseRule("@first are|am|were not able to", guards, meaning: meaning),
        PhraseRule("we're unable to", guards, meaning: meaning),
        PhraseRule("@first are|am|were|is not|non compliant", guards, meaning: meaning),
        PhraseRule("^ currently? not|non compliant", guards, meaning: meaning),
        PhraseRule("this|which|it is currently? not|non compliant", guards, meaning: meaning),
        PhraseRule("@first do|does not|never currently|always? @practice !any", guards.union(.prohibition), meaning: meaning),
        PhraseRule("@first don't|doesn't currently|always? @practice !any", guards.union(.prohibition), meaning: meaning),
        PhraseRule("@first cannot|can't currently? meet|comply|provide|offer|publish", guards, meaning: meaning),
    ]

    /// Compliance claims that contradict a 'No'.
    static let claims: [PhraseRule] = [
        PhraseRule("@first fully? comply|complied with? this|these|the|all? \(requirementNouns)",
                   guards.union(.negation), meaning: claim),
        PhraseRule("@first fully? comply $", guards.union(.negation), meaning: claim),
        PhraseRule("@first are|am fully? compliant $", guards.union(.negation), meaning: claim),
        PhraseRule("we're fully? compliant $", guards.union(.negation), meaning: claim),
        PhraseRule("@first are|am fully? compliant with this|these|the|all? \(requirementNouns)",
                   guards.union(.negation), meaning: claim),
        PhraseRule("fully compliant", guards.union(.negation), notAfter: ["partially", "partly", "not"], meaning: claim),
        PhraseRule("this|it|which is fully|already? in place", guards.union(.negation), meaning: claim),
        PhraseRule("@first fully? meet this|these|the|all \(requirementNouns)", guards.union(.negation), meaning: claim),
    ]

    /// The contradictions of `status`-style answer `yes` (denials) or `no` (claims) in `text`.
    static func hits(in text: TokenizedText, answeredYes: Bool, prohibition: Bool) -> [PhraseHit] {
        PhraseRule.hits(answeredYes ? denials : claims, in: text, prohibition: prohibition)
    }
}
