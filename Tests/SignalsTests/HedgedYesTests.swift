import Assessment
import Signals
import Testing

@Suite("hedged_yes")
struct HedgedYesTests {
    /// Commentary admitting a gap or future work, and the phrase that must be reported.
    static let positives: [(String, String)] = [
        ("Need to update our procedure to state twelve months.", "Need to update"),
        ("Procedure updated. Training will be reviewed next year.", "will be reviewed"),
        ("Training to be rolled out to staff.", "to be rolled out"),
        ("The policy is under review.", "under review"),
        ("Contact details are not currently in letters.", "not currently"),
        ("Complaints Policy (draft)", "draft"),
        ("We are working towards a single process.", "We are working towards"),
        ("Working towards a single process.", "Working towards"),
        ("A member responsible for complaints will be named once appointed.", "once appointed"),
        ("This will be actioned post election.", "will be actioned"),
        ("The report goes to the board post-election.", "post-election"),
        ("No agreed objective currently in place.", "No agreed objective currently in place"),
        ("Owner TBC.", "TBC"),
        ("Reporting format to be confirmed.", "to be confirmed"),
        ("Work on the new form is in progress.", "in progress"),
        ("A new template is being developed.", "being developed"),
        ("A learning log will be introduced.", "will be introduced"),
        ("A staff survey is planned for the autumn.", "is planned"),
        ("We are yet to publish the report.", "yet to"),
        ("The annual report is not yet published.", "not yet"),
        ("Awaiting sign off by the board.", "Awaiting"),
        ("Further work is needed on reporting.", "Further work"),
        ("We are developing a reporting framework.", "We are developing"),
        ("Recruitment will start in September 2025.", "will start in September"),
        ("Recruitment will start shortly.", "will start"),
        ("The report will be considered by the board in September 2025.",
         "will be considered by the board in September"),
        ("We will review this.", "We will review this"),
        ("Proposed that the panel chair takes this on.", "Proposed that"),
    ]

    @Test(arguments: positives)
    func flagsAGapInCommentary(text: String, phrase: String) {
        let signals = SignalDetector.detect(response(.yes, evidence: "Complaints Policy section 4", commentary: text))
        #expect(signals.filter { $0.kind == .hedgedYes }.map(\.phrase) == [phrase])
    }

    @Test func readsTheEvidenceColumnToo() {
        let signals = SignalDetector.detect(response(.yes, evidence: "Training to be rolled out to staff."))
        #expect(signals.map(\.kind).contains(.hedgedYes))
        #expect(signals.first?.detail.contains("the evidence admits future work") == true)
    }

    /// Past tense, routine, negation, n/a, conditions and quoted Code text: none is a hedge.
    static let negatives: [String] = [
        "We have updated the policy.",
        "The policy was reviewed in April 2024.",
        "Training has been rolled out to all staff.",
        "The policy is reviewed annually.",
        "The policy will be reviewed annually by the board.",
        "The procedure is reviewed regularly.",
        "Not applicable: we have no contractors.",
        "Residents do not need to explain why they want stage 2.",
        "There is no need to update the procedure.",
        "The Code says landlords 'must not yet refuse' a complaint.",
        "Landlords must not currently charge, and we do not.",
        "Where needed, the letter will be amended accordingly.",
        "The resident will be updated on progress weekly.",
        "Complaints in progress are tracked on the system.",
        "Planned works complaints go to the contractor.",
        "Our procedure sets out what needs to be included in a response.",
        "Stage 2 complaints will be reviewed by a director.",
        "A draft response is checked by a manager before it is sent.",
        "Remedies proposed to the resident are recorded.",
        "This was under review in 2023 and is now approved.",
    ]

    @Test(arguments: negatives)
    func doesNotFlagSettledPractice(text: String) {
        let signals = SignalDetector.detect(response(.yes, evidence: "Complaints Policy section 4", commentary: text))
        #expect(signals.filter { $0.kind == .hedgedYes }.isEmpty, "\(signals)")
    }

    @Test func ignoresTheRequirementText() {
        let r = response(.yes, evidence: "Complaints Policy section 4",
                         requirement: "Policies will be reviewed and must not be in draft; to be confirmed.")
        #expect(SignalDetector.detect(r).isEmpty)
    }

    @Test(arguments: [Status.no, .partial, .na, .blank])
    func onlyYesAnswersAreHedged(status: Status) {
        let r = response(status, evidence: "Complaints Policy section 4", commentary: "Training to be rolled out.")
        #expect(!SignalDetector.detect(r).map(\.kind).contains(.hedgedYes))
    }

    @Test func reportsOneHedgePerSentence() {
        let r = response(.yes, evidence: "Complaints Policy section 4",
                         commentary: "Further work is to be carried out. Need to update the letter.")
        #expect(SignalDetector.detect(r).map(\.phrase) == ["Further work", "Need to update"])
    }
}
