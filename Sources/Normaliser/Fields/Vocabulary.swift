import Assessment

/// The words the Code's self-assessment form and landlords use for answers, in one place, as data.
///
/// Answer phrases are matched case-insensitively at the start of an answer (longest first), each
/// followed by a non-letter. They come from the form's own choices (Yes / No, Comply, Met) and the
/// general ways people write an answer (Partial, In part, N/A, Compliant, Non-compliant), not from
/// any one landlord's wording.
enum Vocabulary {
    /// Answer phrases, lowercase with plain hyphens, longest first within each family.
    static let answerPhrases: [(String, Status)] = [
        ("yes - in part", .partial), ("yes, in part", .partial), ("yes (in part)", .partial), ("yes in part", .partial),
        ("yes - partially", .partial), ("yes, partially", .partial), ("yes (partially)", .partial), ("yes partially", .partial),
        ("yes - partial", .partial), ("yes (partial)", .partial),
        ("partially compliant", .partial), ("partly compliant", .partial), ("part compliant", .partial),
        ("partially met", .partial), ("partly met", .partial), ("partially", .partial), ("partial", .partial),
        ("partly", .partial), ("in part", .partial),
        ("not applicable", .na), ("n/a", .na), ("n.a.", .na), ("n / a", .na), ("na", .na),
        ("non-compliant", .no), ("non compliant", .no), ("noncompliant", .no), ("not compliant", .no),
        ("does not comply", .no), ("not met", .no),
        ("fully compliant", .yes), ("compliant", .yes), ("complies", .yes), ("fully met", .yes), ("met", .yes),
        ("yes", .yes), ("no", .no), ("y", .yes), ("n", .no),
    ]

    /// The answer phrases that are a single letter or `na`: only read when written in capitals or alone.
    static let shortAnswers: Set<String> = ["y", "n", "na"]

    /// Tick and cross glyphs.
    static let glyphs: [Character: Status] = ["✓": .yes, "✔": .yes, "☑": .yes, "✅": .yes, "✗": .no, "✘": .no, "❌": .no, "×": .no]
    /// Ticked and empty checkbox glyphs (a ticked box beside Yes / No / Partial / N/A answers).
    static let tickedBoxes: Set<Character> = ["☒", "☑", "■", "⊠"]
    static let emptyBoxes: Set<Character> = ["☐", "□", "◻"]

    // Column and field labels, word by word (a label is read by the words it holds, in any case or punctuation).

    /// Words that make a label the answer's: 'Comply', 'Do we comply?', 'Compliance status', 'Met?', 'Self-assessment'.
    static let answerLabelWords: Set<String> = ["comply", "complies", "compliance", "compliant", "met", "status", "rating", "assessment"]
    /// Words that make a label the requirement's: 'Code requirement', 'The Code requires', 'Requirement of the Code'.
    static let requirementLabelWords: Set<String> = ["requirement", "requirements", "requires", "wording", "description"]
    /// The only words a number column's label is made of: 'Code provision', 'Ref', 'Code reference', 'Provision number'.
    static let numberLabelWords: Set<String> = ["code", "provision", "section", "ref", "reference", "clause", "number", "no", "para",
                                                "paragraph", "item", "id", "standard"]
    static let commentaryLabelWords: Set<String> = ["commentary", "explanation", "explanations", "comments", "comment", "notes",
                                                    "narrative", "remarks"]
    static let actionLabelWords: Set<String> = ["action", "actions", "improvement", "improvements", "plan", "planned"]

    /// Words of the Code's wording of duties: a requirement sentence uses one of them.
    static let dutyWords: Set<String> = ["must", "should", "expected", "required", "requires", "will", "may", "need", "needs"]
}
