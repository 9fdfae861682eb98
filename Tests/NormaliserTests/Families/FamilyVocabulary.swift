import Assessment

/// Everything the layout-family generator writes that is not corpus text, in one place, as data: label
/// spellings, captions, answer forms, page chrome, quoted clauses and report prose. All of it is written for the
/// generator (ordinary words of the Code's form and of websites), none of it copied from a document.
enum FamilyVocabulary {
    // MARK: Labels (column headers and key-value labels), one list per field

    static let numberLabels = ["Code provision", "Code section", "Provision", "Provision number", "Code reference", "Ref"]
    static let requirementLabels = ["Code requirement", "Requirement", "The Code requires", "What the Code says", "Requirement of the Code"]
    static let answerLabels = ["Comply", "Compliance", "Do we comply?", "Comply: Yes / No", "Compliant?", "Are we compliant?",
                               "Self-assessment", "Compliance status", "Met?"]
    static let evidenceLabels = ["Evidence", "Evidence of compliance", "Supporting evidence", "How we comply", "Evidence (where to find it)"]
    static let commentaryLabels = ["Commentary / explanation", "Commentary", "Comments", "Explanation", "Further commentary"]
    static let actionLabels = ["Action", "Actions", "Action required", "Action plan", "Improvement action", "Next steps"]
    /// The 2022 form's two answer columns.
    static let complyYesLabels = ["Comply – Yes (with evidence, commentary, and any explanations)", "Comply - Yes (with evidence, commentary and any explanations)",
                                  "Comply: Yes (with evidence, commentary, and any explanations)", "Comply – Yes"]
    static let complyNoLabels = ["Comply – No", "Comply - No", "Comply: No"]

    /// Separators between a label and its value on one line.
    static let labelSeparators = [": ", ":", " : ", " – ", " - ", ":  "]

    // MARK: Captions

    /// Section captions; `{n}` is the section number, `{t}` its title.
    static let sectionCaptions = ["Section {n}: {t}", "Section {n} – {t}", "Section #{n} – {t}", "Section {n} - {t}", "SECTION {n}. {t}",
                                  "Section {n}. {t}", "{n}. {t}", "{t}"]
    static let mustCaptions = ["Mandatory 'must' requirements", "Mandatory ‘must’ requirements", "'Must' requirements", "MANDATORY 'MUST' REQUIREMENTS",
                               "Mandatory requirements (must)"]
    static let shouldCaptions = ["Best practice 'should' requirements", "Best practice ‘should’ requirements", "'Should' requirements",
                                 "BEST PRACTICE 'SHOULD' REQUIREMENTS", "Best practice requirements (should)"]
    /// Used when the reference has no title.
    static let fallbackTitles = ["Complaint Handling Code self-assessment", "Self-assessment against the Complaint Handling Code",
                                 "Housing Ombudsman Complaint Handling Code: self-assessment form"]

    // MARK: Answers

    /// The plain word for a status, written when the document's own answer came from a column's position.
    static func plainAnswer(_ status: Status) -> String? {
        switch status {
        case .yes: "Yes"
        case .no: "No"
        case .partial: "Partial"
        case .na: "N/A"
        case .blank: nil
        }
    }

    /// Answers written as a sentence in the answer's place, several per status.
    static let sentences: [Status: [String]] = [
        .yes: ["We comply.", "We are fully compliant.", "We fully comply with this requirement.", "We meet this requirement in full.",
               "We are compliant.", "Fully compliant."],
        .no: ["We do not currently comply.", "We do not comply.", "We are not yet compliant.", "We do not meet this requirement at present.",
              "Not compliant at present."],
        .partial: ["We partially comply.", "We comply in part.", "We are partly compliant.", "We partly meet this requirement.",
                   "Partially compliant."],
        .na: ["Not applicable to us.", "This does not apply to us.", "Not applicable.", "This requirement does not apply to our organisation."],
    ]

    /// Answer words other than Yes/No, one vocabulary per entry (yes, no, partial, n/a).
    static let answerWords: [[Status: String]] = [
        [.yes: "Y", .no: "N", .partial: "Partial", .na: "N/A"],
        [.yes: "Compliant", .no: "Non-compliant", .partial: "Partially compliant", .na: "Not applicable"],
        [.yes: "Met", .no: "Not met", .partial: "Partly met", .na: "N/A"],
        [.yes: "YES", .no: "NO", .partial: "PARTIAL", .na: "N/A"],
        [.yes: "Yes – fully", .no: "No – not yet", .partial: "Yes – in part", .na: "Not applicable"],
        [.yes: "Fully compliant", .no: "Not compliant", .partial: "Partially", .na: "n/a"],
    ]

    /// Answers as marks: ticks and crosses, and checkbox pairs.
    static let answerMarks: [[Status: String]] = [
        [.yes: "✓", .no: "✗", .partial: "Partial", .na: "N/A"],
        [.yes: "✔", .no: "✘", .partial: "Partial", .na: "N/A"],
        [.yes: "☒ Yes ☐ No", .no: "☐ Yes ☒ No", .partial: "☐ Yes ☐ No ☒ Partial", .na: "☐ Yes ☐ No ☒ N/A"],
        [.yes: "☑ Yes ☐ No", .no: "☐ Yes ☑ No", .partial: "☐ Yes ☐ No ☑ Partial", .na: "☐ Yes ☐ No ☑ N/A"],
        [.yes: "[x] Yes [ ] No", .no: "[ ] Yes [x] No", .partial: "[ ] Yes [ ] No [x] Partial", .na: "[ ] Yes [ ] No [x] N/A"],
    ]

    /// Plain answer words a family other than the answer families writes; the answer families must not.
    static let plainWords: Set<String> = ["yes", "no", "partial", "n/a", "yes.", "no.", "na"]
    /// Characters of the mark vocabularies.
    static let markCharacters: Set<Character> = ["✓", "✔", "✗", "✘", "☒", "☐", "☑"]

    // MARK: Page chrome

    static let menus = ["Skip to main content", "Home | About us | Housing | Council tax | Contact us", "Menu", "Housing", "Rent and payments",
                        "Repairs and maintenance", "My account", "Sign in", "Report it", "Pay it", "Apply for it"]
    static let breadcrumbs = ["Home > Housing > Complaints > Self-assessment", "You are here: Home / Housing / Complaints",
                              "Home › Your home › Complaints and feedback", "Home / Our performance / Complaint handling"]
    static let cookieBanners = ["We use cookies to make this website work and to improve it.", "Accept all cookies", "Reject additional cookies",
                                "Cookie settings", "Tell us whether you accept cookies"]
    static let searchBoxes = ["Search", "Search this site", "Enter a search term", "Search our website"]
    static let footers = ["Accessibility statement | Privacy notice | Cookies", "© Copyright 2024", "Back to top", "Print this page",
                          "Share this page", "Was this page helpful? Yes No", "Last updated: 14 March 2024", "Call us on 0300 123 4567"]
    /// Page markers; `{n}` is the page number, `{m}` the page count.
    static let pageMarkers = ["Page {n} of {m}", "- {n} -", "{n}", "Page {n}", "{n} | Page"]

    // MARK: Text quoted in evidence

    /// Clauses that start an evidence line with a number already answered (`{clause}`).
    static let lineStartClauses = ["{clause} A complaint is defined as an expression of dissatisfaction, however made, about the standard of our service.",
                                   "{clause} Stage 1 complaints will be answered within 10 working days of acknowledgement.",
                                   "{clause} We will accept a complaint made within twelve months of the issue.",
                                   "{clause} Residents may ask for their complaint to be escalated at any time."]
    /// Clauses holding numbers inside a sentence: `{clause}` a clause number, `{pct}` a percentage, `{date}` a date,
    /// `{triple}` a three-part number.
    static let inlineClauses = ["This is set out in section {clause} of our policy.", "{pct} of stage 1 complaints were answered on time.",
                                "See paragraph {triple} of the procedure.", "Approved by the board on {date}.",
                                "Clause {clause} of the tenancy agreement applies.", "Last reviewed {date}; next review due in 12 months.",
                                "Satisfaction rose to {pct}, from 71.2% the year before."]
    static let quoteIntros = ["Our policy says:", "Extract from the policy:", "The procedure states:"]

    // MARK: Report prose around the self-assessment

    /// Report headings, written after a heading number such as `2.1`.
    static let reportHeadings = ["Introduction", "Complaints received", "Stage 1 and stage 2 volumes", "Learning from complaints",
                                 "Service improvements", "Ombudsman determinations", "Compliments"]
    /// Report sentences: `{pct}` a percentage, `{count}` a count.
    static let reportSentences = ["We received {count} complaints this year, {pct} more than last year.", "Of these, {pct} were resolved at stage 1.",
                                  "We paid {count} remedies totalling £{count}.", "The Board reviewed this report before publication.",
                                  "Complaints about repairs made up {pct} of the total.",
                                  "We responded to {pct} of complaints within the Code's timescales."]
    static let appendixCaptions = ["Appendix A: Self-assessment form", "Appendix 1 – Complaint Handling Code self-assessment",
                                   "Annex: our self-assessment against the Code"]
}
