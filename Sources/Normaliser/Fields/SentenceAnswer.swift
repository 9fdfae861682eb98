import Assessment

/// An answer written as a sentence in the answer's place: `We comply.`, `We are fully compliant`,
/// `We do not currently comply`, `We partially meet this requirement`, `This requirement is met`,
/// `Not applicable to us`. A small grammar (subject, negation, degree, verb), not a phrase list:
///
/// ```swift
/// SentenceAnswer.read("We are fully compliant with this.")   // (.yes, "We are fully compliant")
/// SentenceAnswer.read("We do not fully comply yet.")         // (.partial, …): not fully = in part
/// SentenceAnswer.read("We comply with the Equality Act duties when…") // (.yes, "We comply")
/// SentenceAnswer.read("Landlords must comply with…")         // nil: a requirement, not an answer
/// ```
enum SentenceAnswer {
    struct Answer: Equatable {
        let status: Status
        /// The words that stated the answer, as printed.
        let text: String
    }

    private static let subjects: [[String]] = [
        ["we"], ["the", "council"], ["the", "landlord"], ["the", "organisation"], ["the", "organization"],
        ["the", "association"], ["the", "trust"], ["the", "group"], ["our", "organisation"], ["this", "organisation"],
    ]
    private static let requirementSubjects: [[String]] = [
        ["this", "requirement"], ["this", "provision"], ["the", "requirement"], ["the", "provision"], ["this", "standard"],
        ["requirement"], ["provision"],
    ]
    private static let negations: Set<String> = ["not", "don't", "dont", "doesn't", "isn't", "aren't", "non"]
    private static let auxiliaries: Set<String> = ["do", "does", "are", "is", "am", "have", "has", "can", "currently", "now",
                                                   "yet", "already", "still", "consider", "believe", "feel", "that", "we", "to", "be"]
    private static let partials: Set<String> = ["partially", "partly", "part"]

    /// The sentence answer at the start of `text`, or nil.
    static func read(_ text: String) -> Answer? {
        let words = Self.words(text, limit: 14)
        guard !words.isEmpty else { return nil }
        let lower = words.map(\.folded)
        if let na = notApplicable(lower, words) { return na }
        var k = 0
        if let s = subjects.first(where: { lower.starts(with: $0) }) {
            k = s.count
            return predicate(lower, words, from: k, requirementSubject: false)
        }
        if let s = requirementSubjects.first(where: { lower.starts(with: $0) }) {
            k = s.count
            return predicate(lower, words, from: k, requirementSubject: true)
        }
        return nil
    }

    /// 'Not applicable (to us)', 'This does not apply (to us)'.
    private static func notApplicable(_ lower: [String], _ words: [Word]) -> Answer? {
        if lower.starts(with: ["this", "does", "not", "apply"]) || lower.starts(with: ["does", "not", "apply"]) {
            let n = lower[0] == "this" ? 4 : 3
            return Answer(status: .na, text: printed(words, n))
        }
        return nil
    }

    /// After the subject: auxiliaries, negation and degree words, then comply / compliant / meet / met.
    private static func predicate(_ lower: [String], _ words: [Word], from start: Int, requirementSubject: Bool) -> Answer? {
        var negated = false, partial = false, fully = false
        var k = start
        while k < lower.count {
            let w = lower[k]
            if negations.contains(w) || w.hasSuffix("n't") { negated = true; k += 1; continue }
            if partials.contains(w) { partial = true; k += 1; continue }
            if w == "fully" || w == "full" || w == "wholly" || w == "completely" { fully = true; k += 1; continue }
            if auxiliaries.contains(w) { k += 1; continue }
            break
        }
        guard k < lower.count else { return nil }
        let verb = lower[k]
        let isVerb: Bool
        if requirementSubject {
            isVerb = verb == "met" || verb == "complied"
        } else {
            isVerb = verb == "comply" || verb == "complies" || verb == "compliant" || verb == "meet" || verb == "meets"
        }
        guard isVerb else { return nil }
        var end = k + 1
        // 'comply in part', 'comply partially', 'comply fully', 'compliant in full'
        if end < lower.count, partials.contains(lower[end]) || lower[end] == "in" && end + 1 < lower.count && lower[end + 1] == "part" {
            partial = true
            end += lower[end] == "in" ? 2 : 1
        } else if end < lower.count, lower[end] == "fully" || lower[end] == "in" && end + 1 < lower.count && lower[end + 1] == "full" {
            fully = true
            end += lower[end] == "in" ? 2 : 1
        }
        let status: Status = negated ? (fully ? .partial : .no) : (partial ? .partial : .yes)
        return Answer(status: status, text: printed(words, end))
    }

    struct Word {
        let text: Substring
        let folded: String
    }

    /// The first `limit` words of `text`, stopping at a sentence end.
    private static func words(_ text: String, limit: Int) -> [Word] {
        var out: [Word] = []
        var start: String.Index?
        var i = text.startIndex
        func flush(_ end: String.Index) {
            if let s = start {
                let t = text[s..<end]
                out.append(Word(text: t, folded: Text.fold(String(t))))  // (folding writes ’ as ')
            }
            start = nil
        }
        while i < text.endIndex, out.count < limit {
            let c = text[i]
            if c.isLetterFast || c == "'" || c == "’" {
                if start == nil { start = i }
            } else {
                flush(i)
                if c == "." || c == ";" || c == "!" || c == "?" || c == "\n" || c == ":" || c == "," { break }
            }
            i = text.index(after: i)
        }
        if i == text.endIndex { flush(i) }
        return out
    }

    private static func printed(_ words: [Word], _ n: Int) -> String {
        guard n > 0, n <= words.count else { return "" }
        let first = words[0].text, last = words[n - 1].text
        return String(first.base[first.startIndex..<last.endIndex])
    }
}
