import Assessment
import Signals
import Testing

@Suite("generic_evidence")
struct GenericEvidenceTests {
    static let generic = ["Policy", "Procedure", "Yes", "See policy", "Detailed within procedure.",
                          "Included within policy statement.", "As above", "In complaints procedure",
                          "In complaints policy and procedure", "Requirements set out in procedures."]

    @Test(arguments: generic)
    func flagsEvidenceThatPointsAtNothing(evidence: String) {
        let signals = SignalDetector.detect(response(.yes, evidence: evidence))
        #expect(signals.map(\.kind) == [.genericEvidence])
        #expect(signals.first?.phrase == evidence)
        #expect(signals.first?.detail.contains("names no section, specifically titled document or system") == true)
    }

    @Test func explainsTheReason() {
        let signal = SignalDetector.detect(response(.partial, evidence: "As above")).first
        #expect(signal?.detail == "answered partial; 'As above' has no content words, refers to another row "
            + "and names no section, specifically titled document or system")
    }

    static let specific = ["Compensation Policy.", "In complaints procedure at 4.2", "Section 4",
                           "Dedicated complaints section on the website.", "All complaints are handled internally",
                           "Logged on our CRM", "Customer Feedback policy", "Template letters"]

    @Test(arguments: specific)
    func acceptsADocumentSectionSystemOrPractice(evidence: String) {
        #expect(SignalDetector.detect(response(.yes, evidence: evidence)).isEmpty)
    }

    @Test func commentaryCanMakeBareEvidenceSpecific() {
        let r = response(.yes, evidence: "Procedure",
                         commentary: "Set out under the 'Responding to a complaint' section of our procedure.")
        #expect(SignalDetector.detect(r).isEmpty)
    }

    @Test(arguments: [Status.no, .na, .blank])
    func onlyYesOrPartialAnswersAreJudged(status: Status) {
        #expect(!SignalDetector.detect(response(status, evidence: "Policy")).map(\.kind).contains(.genericEvidence))
    }
}
