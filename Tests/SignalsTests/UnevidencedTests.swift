import Assessment
import Signals
import Testing

@Suite("unevidenced")
struct UnevidencedTests {
    @Test(arguments: [Status.yes, .partial])
    func flagsAnAnswerWithNothingBehindIt(status: Status) {
        let signals = SignalDetector.detect(response(status, evidence: "  ", commentary: "\n"))
        #expect(signals == [Signal(kind: .unevidenced, phrase: "",
                                   detail: "answered \(status.rawValue) with no evidence and no commentary")])
    }

    @Test func saysThatAnActionIsNotEvidence() {
        let signals = SignalDetector.detect(response(.yes, action: "Letter to be amended. [Target 31/08/2022]"))
        #expect(signals.map(\.kind) == [.unevidenced])
        #expect(signals.first?.detail.hasSuffix("the action column has text, but an action describes work to do, not evidence") == true)
    }

    @Test(arguments: [("Compensation Policy section 2", ""), ("", "We record every complaint on our CRM.")])
    func evidenceOrCommentaryIsEnough(evidence: String, commentary: String) {
        let kinds = SignalDetector.detect(response(.yes, evidence: evidence, commentary: commentary)).map(\.kind)
        #expect(!kinds.contains(.unevidenced))
    }

    @Test(arguments: [Status.no, .na, .blank])
    func otherAnswersNeedNoEvidence(status: Status) {
        #expect(SignalDetector.detect(response(status)).isEmpty)
    }
}
