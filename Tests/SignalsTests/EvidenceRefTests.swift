import Signals
import Testing

@Suite("evidence references")
struct EvidenceRefTests {
    /// A cell and the (document, section) pairs it cites, in order.
    static let cases: [(String, [EvidenceRef])] = [
        ("Complaints Policy section 3.5.7",
         [ref("Complaints Policy", "3.5.7", "Complaints Policy section 3.5.7")]),
        ("Defined in Customer Feedback Policy 6.2/6.3",
         [ref("Customer Feedback Policy", "6.2", "Customer Feedback Policy 6.2/6.3"),
          ref("Customer Feedback Policy", "6.3", "Customer Feedback Policy 6.2/6.3")]),
        ("Section 3.7 of the Policy advises residents.",
         [ref("Policy", "3.7", "Section 3.7 of the Policy")]),
        ("Defined in Customer Feedback policy Section 15.3",
         [ref("Customer Feedback policy", "15.3", "Customer Feedback policy Section 15.3")]),
        ("See our Compensation Policy and Unreasonable Behaviour Policy.",
         [ref("Compensation Policy", nil, "Compensation Policy"),
          ref("Unreasonable Behaviour Policy", nil, "Unreasonable Behaviour Policy")]),
        ("Published on our website; detailed in the procedure.",
         [ref("website", nil, "website"), ref("procedure", nil, "procedure")]),
        ("Complaints Policy Procedure Website",
         [ref("Complaints Policy", nil, "Complaints Policy"), ref("Procedure", nil, "Procedure"),
          ref("Website", nil, "Website")]),
        ("Sections 14 and 16 of the feedback policy",
         [ref("feedback policy", "14", "Sections 14 and 16 of the feedback policy"),
          ref("feedback policy", "16", "Sections 14 and 16 of the feedback policy")]),
        ("Customer Feedback policy Sections 12 to 16",
         [ref("Customer Feedback policy", "12-16", "Customer Feedback policy Sections 12 to 16")]),
        ("The Complaints Policy sets out at 3.6.4 that we acknowledge within 5 days.",
         [ref("Complaints Policy", "3.6.4", "3.6.4")]),
        ("This is outlined in our policy, under section 8, paragraph 6.",
         [ref("policy", "8 paragraph 6", "section 8, paragraph 6")]),
        ("Set out under the 'Next steps' section of our policy.",
         [ref("policy", "Next steps", "'Next steps' section of our policy")]),
        ("Section 3.5.9 and 3.6.5 state this.",
         [ref(nil, "3.5.9", "Section 3.5.9 and 3.6.5"), ref(nil, "3.6.5", "Section 3.5.9 and 3.6.5")]),
        ("Complaints Policy updated.\nSection 2.4 confirms the definition.",
         [ref("Complaints Policy", "2.4", "Section 2.4")]),
        ("As at 5.6, the letter is clear.", []),
        ("Complaints Policy section 4. Also in the Complaints Policy section 4.",
         [ref("Complaints Policy", "4", "Complaints Policy section 4")]),
        ("Included within policy statement.", [ref("policy statement", nil, "policy statement")]),
    ]

    static func ref(_ document: String?, _ section: String?, _ text: String) -> EvidenceRef {
        EvidenceRef(document: document, section: section, text: text)
    }

    @Test(arguments: cases)
    func extractsCitedDocumentsAndSections(text: String, expected: [EvidenceRef]) {
        #expect(EvidenceRefExtractor.extract(text) == expected)
    }

    @Test func isDeterministic() {
        let text = "Section 4 of the Complaints Policy; Compensation Policy 2.1; website"
        #expect(EvidenceRefExtractor.extract(text) == EvidenceRefExtractor.extract(text))
        #expect(EvidenceRefExtractor.extract(text).map(\.document) == ["Complaints Policy", "Compensation Policy",
                                                                      "website"])
    }
}
