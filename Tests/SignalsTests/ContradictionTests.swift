import Assessment
import Signals
import Testing

@Suite("contradiction")
struct ContradictionTests {
    static let yesDenials: [(String, String)] = [
        ("During the year we did not meet the timescale in most cases.", "we did not meet"),
        ("We are unable to publish the report until the autumn.", "We are unable to"),
        ("We are not compliant with this provision.", "We are not compliant"),
        ("Not compliant: no member responsible for complaints.", "Not compliant"),
        ("We do not currently have a member responsible for complaints.", "We do not currently have"),
        ("We haven't met the 10 day target.", "We haven't met"),
    ]

    @Test(arguments: yesDenials)
    func flagsAYesThatDeniesCompliance(text: String, phrase: String) {
        let signals = SignalDetector.detect(response(.yes, evidence: "Complaints Policy section 3", commentary: text))
        #expect(signals.filter { $0.kind == .contradiction }.map(\.phrase) == [phrase])
        #expect(!signals.map(\.kind).contains(.hedgedYes))
    }

    static let noClaims: [(String, String)] = [
        ("We fully comply with this requirement.", "We fully comply with this requirement"),
        ("This is in place.", "This is in place"),
        ("We are fully compliant.", "We are fully compliant"),
        ("We meet this requirement.", "We meet this requirement"),
    ]

    @Test(arguments: noClaims)
    func flagsANoThatClaimsCompliance(text: String, phrase: String) {
        let signals = SignalDetector.detect(response(.no, commentary: text))
        #expect(signals.map(\.kind) == [.contradiction])
        #expect(signals.first?.phrase == phrase)
        #expect(signals.first?.detail.hasPrefix("answered no but the commentary makes a claim of compliance") == true)
    }

    /// Outcomes without a first-person subject, conditions, double negatives and consistent answers.
    static let yesNegatives: [String] = [
        "No complaints were refused in the year.",
        "Where we are unable to respond in time we write to the resident.",
        "If we cannot meet the timescale we agree an extension.",
        "Residents do not have to use the word complaint.",
        "We would not charge for this.",
        "The draft policy does meet this provision.",
    ]

    @Test(arguments: yesNegatives)
    func doesNotFlagAConsistentYes(text: String) {
        let signals = SignalDetector.detect(response(.yes, evidence: "Complaints Policy section 3", commentary: text))
        #expect(!signals.map(\.kind).contains(.contradiction), "\(signals)")
    }

    @Test func aProhibitionTurnsWeDoNotIntoCompliance() {
        let r = response(.yes, evidence: "Complaints Policy section 3", commentary: "We do not have extra stages.",
                         requirement: prohibitionRequirement)
        #expect(SignalDetector.detect(r).isEmpty)
        let plain = response(.yes, evidence: "Complaints Policy section 3", commentary: "We do not have extra stages.")
        #expect(SignalDetector.detect(plain).map(\.kind) == [.contradiction])
    }

    static let noNegatives: [String] = [
        "This is not in place yet.",
        "We are not fully compliant.",
        "The draft policy does meet this provision however the approved policy does not.",
        "We comply with the Equality Act 2010.",
        "During the year we did not meet the timescale.",
    ]

    @Test(arguments: noNegatives)
    func doesNotFlagAConsistentNo(text: String) {
        #expect(SignalDetector.detect(response(.no, commentary: text)).isEmpty)
    }
}
