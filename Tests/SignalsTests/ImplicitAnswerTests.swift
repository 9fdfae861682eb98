import Assessment
import Signals
import Testing

@Suite("implicit_answer")
struct ImplicitAnswerTests {
    /// Text in an unanswered row, the phrase that decides, and the status it states.
    static let cases: [(String, String, Status)] = [
        ("We do offer a choice of channels.", "We do", .yes),
        ("This is in place.", "This is in place", .yes),
        ("Our policy sets out how to escalate.", "Our policy sets", .yes),
        ("Our policy reflects this.", "Our policy reflects", .yes),
        ("We have a dedicated complaints team.", "We have", .yes),
        ("Ombudsman details are included in every letter.", "are included", .yes),
        ("We do not publish the report.", "We do not", .no),
        ("A learning log is not in place.", "not in place", .no),
        ("No policy exists for this.", "No policy", .no),
        ("This is in place in part.", "in part", .partial),
        ("We partly meet this.", "partly", .partial),
        ("This request has not been made by the Ombudsman.", "has not been made", .na),
        ("We have not had exceptional circumstances this year.", "We have not had", .na),
        ("There was no restructure during the year.", "There was no", .na),
        ("Not applicable.", "Not applicable", .na),
    ]

    @Test(arguments: cases)
    func infersTheStatedAnswer(text: String, phrase: String, status: Status) {
        let r = response(.blank, evidence: text)
        let signals = SignalDetector.detect(r)
        #expect(signals.map(\.kind) == [.implicitAnswer])
        #expect(signals.first?.phrase == phrase)
        #expect(signals.first?.inferredStatus == status)
        #expect(r.status == .blank)
    }

    @Test func detailNamesTheFieldAndAnswer() {
        let signal = SignalDetector.detect(response(.blank, commentary: "Our policy reflects this.")).first
        #expect(signal?.detail == "no answer given, but the commentary says 'Our policy reflects', which reads as "
            + "'yes': Our policy reflects this")
    }

    static let silent = ["", "See section 4.", "Complaints about contractors.", "If we were asked, we would do this."]

    @Test(arguments: silent)
    func saysNothingWhenTheTextStatesNoAnswer(text: String) {
        #expect(SignalDetector.detect(response(.blank, evidence: text)).isEmpty)
    }

    @Test func neverAppliesToAnsweredRows() {
        #expect(SignalDetector.detect(response(.yes, evidence: "We do not publish the report.")).allSatisfy {
            $0.kind != .implicitAnswer
        })
    }
}
