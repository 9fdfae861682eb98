import Assessment

/// Decides whether a response's support is generic: it names no section, titled document, system or practice.
///
/// The evidence and commentary are read together (a bare "Procedure" in the evidence column backed by a
/// commentary that names the section is not generic). The text is specific when it names a section number,
/// a specifically titled document ("Compensation Policy", "Customer Feedback policy", "Template letters";
/// a qualifier such as "complaints" or "housing" does not make a title, since every document here is about
/// complaints) or a system (an acronym such as "CRM"). Otherwise it is generic when, after removing stop
/// words, the boilerplate of these forms ("included", "detailed", "within", "see", "as above",
/// "requirement", "yes") and the untitled documents themselves ("policy", "complaints procedure",
/// "website"), at most 2 content words remain. So "Policy", "Yes", "See policy", "Detailed within
/// procedure", "Included within policy statement", "As above", "In complaints procedure" and "In complaints
/// policy and procedure" are generic: they point only at the document any answer would cite. "In
/// complaints procedure at 4.2", "Compensation policy.", "Dedicated complaints section on the website" and
/// "All complaints are handled internally" (a practice) are not.
enum GenericEvidence {
    static let maximumContentWords = 2

    static let stopWords = WordClasses.words("""
        a an the and or of in on at to for by with within via from into as is are was were be been being it its
        this that these those our we us i you your they their there here which what where when how all any each
        also see seen yes no n/a ok above below same per please refer refers referred reference included include
        includes including detailed details detail set sets out outlined outlines covered covers cover reflect
        reflects reflected contained contains stated states described explained confirmed requirement
        requirements relevant appropriate evidence evidenced compliant comply complies compliance fully met meet
        meets place has have had do does done re
        """)

    static let crossReferencePattern = PhrasePattern("as|see above|below|before")

    /// Why the support is generic, or nil when it is specific (or there is none: that is `unevidenced`).
    static func reason(evidence: String, commentary: String) -> String? {
        reason(evidence: evidence, commentary: commentary, fields: nil)
    }

    /// `reason(evidence:commentary:)` taking each text's tokens from `fields` when it holds that text (trimmed: the
    /// same tokens, only their places shift).
    static func reason(evidence: String, commentary: String, fields: ResponseFields?) -> String? {
        let texts = [evidence, commentary].filter { !$0.trimmingWhitespace.isEmpty }
        guard !texts.isEmpty else { return nil }
        let tokenized = texts.map { text in
            let trimmed = text.trimmingWhitespace
            return fields?.all.first { $0.text.text == trimmed }?.text ?? TokenizedText(text)
        }
        let documents = tokenized.map(DocumentMention.find)
        if documents.joined().contains(where: \.isSpecific) { return nil }
        let content = zip(tokenized, documents).flatMap { text, mentions in
            text.tokens.indices.filter { index in !mentions.contains { $0.range.contains(index) } }.map { text.tokens[$0] }
        }
        .filter { !$0.isNumber && !stopWords.contains($0.lower) && $0.lower.count > 1 }
        .map(\.lower)
        guard content.count <= maximumContentWords else { return nil }
        if texts.flatMap(EvidenceRefExtractor.extract).contains(where: { $0.section != nil }) { return nil }
        if tokenized.contains(where: { text in text.tokens.contains { isAcronym($0, in: text) } }) { return nil }
        let quoted = texts.map { "'\($0)'" }.joined(separator: " and ")
        let crossReference = tokenized.contains { text in !crossReferencePattern.matches(in: text).isEmpty }
        let words = content.isEmpty ? "no content words" :
            "\(content.count) content word\(content.count == 1 ? "" : "s") (\(content.joined(separator: ", ")))"
        return "\(quoted) has \(words)\(crossReference ? ", refers to another row" : "")"
            + " and names no section, specifically titled document or system"
    }

    /// True for a word of 2–6 capital letters other than YES/NO/NA/N/A (a system or team name such as "CRM").
    static func isAcronym(_ token: Token, in text: TokenizedText) -> Bool {
        let original = text.text[token.range]
        return (2...6).contains(original.count) && original.allSatisfy { $0.isUppercase && $0.isLetter }
            && !["YES", "NO", "NA"].contains(String(original))
    }
}
