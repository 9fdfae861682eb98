import Assessment

/// Facts about a document read from its text or file name: title, landlord, period.
enum DocumentFacts {
    static let titlePattern = Pattern(#"self[\s-]*assessment|complaint handling code|complaints? (?:performance|handling) (?:report|code)"#)

    /// True if a front-matter line looks like the document's title.
    static func isTitle(_ line: String) -> Bool {
        line.count <= 200 && !line.contains("\t") && titlePattern.matches(line) && Text.wordCount(line) <= 25
            && !Text.fold(line).contains(" must ") && !Text.fold(line).contains(" should ")
    }

    /// Opening sentences of the Ombudsman's own self-assessment form, which landlords reproduce verbatim.
    static let formInstructions = Pattern(#"^(this self-assessment form should be completed|once approved, landlords must publish|landlords are required to complete the self-assessment|we recognise that there may be a small number of circumstances)"#)

    /// True if a line is one of the form's standard instructions (boilerplate, not the landlord's words).
    static func isFormInstruction(_ line: String) -> Bool { formInstructions.matches(line) }

    static let orgWords = #"(?:Council|Borough Council|City Council|District Council|County Council|Trust|Homes|Housing|Housing Association|Housing Group|Group|Association|Partnership|Living|Limited|Ltd|Borough of [A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?)"#
    static let namePattern = Pattern(#"(?:^|:\s*|\b(?:by|for)\s+)((?:[A-Z][A-Za-z'&.-]+\s+){0,5}"# + orgWords + #")\b"#)
    static let boroughPattern = Pattern(#"\b((?:Royal |London )?Borough of [A-Z][A-Za-z'-]+(?: (?:and|upon|on) [A-Z][A-Za-z'-]+)?(?: [A-Z][A-Za-z'-]+)?)"#)

    /// The landlord named in the title or opening lines, if any.
    static func landlord(title: String?, opening: [String]) -> String? {
        let candidates = [title].compactMap { $0 } + opening.prefix(10)
        for line in candidates {
            if let g = boroughPattern.groups(textBeforeSelfAssessment(line)) { return g[1].trimmingWhitespace() }
        }
        for line in candidates {
            // A title ('Example Homes Self-assessment 2024'), or an organisation opening a sentence ('Example Trust always aims…').
            let head = isTitle(line) || line == title ? textBeforeSelfAssessment(line) : line
            guard let g = namePattern.groups(head) else { continue }
            let name = g[1].trimmingWhitespace()
            let folded = Text.fold(name)
            if folded.hasPrefix("housing ombudsman") || folded.hasPrefix("complaint") || folded.hasPrefix("the ") { continue }
            if Text.wordCount(name) >= 2 { return name }
        }
        return nil
    }

    static let genericFileWords: Set<String> = ["self", "assessment", "selfassessment", "complaint", "complaints", "handling", "code",
                                                "chc", "hos", "form", "appendix", "annual", "report", "performance", "housing",
                                                "ombudsman", "final", "draft", "v", "version", "copy", "text", "txt", "page", "part"]
    static let anonymousWords: Set<String> = ["unnamed", "unknown", "anonymous", "anon", "redacted"]

    /// A landlord name from a file name ('riverside-homes-2023-24.txt' -> 'Riverside Homes'), or nil when
    /// the name holds only dates and generic words, or says the landlord is unnamed.
    static func landlord(fromFileName name: String) -> String? {
        let stem = name.split(separator: "/").last.map(String.init) ?? name
        let base = stem.contains(".") ? String(stem[..<(stem.lastIndex(of: ".") ?? stem.endIndex)]) : stem
        let words = base.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.contains(where: { anonymousWords.contains($0.lowercased()) }) { return nil }
        let kept = words.filter { w in !w.allSatisfy(\.isNumber) && !genericFileWords.contains(w.lowercased()) && !isMonth(w) }
        guard !kept.isEmpty, kept.joined().count >= 3 else { return nil }
        return kept.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    static let months: Set<String> = ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
                                      "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
                                      "november", "dec", "december"]

    static func isMonth(_ w: String) -> Bool { months.contains(w.lowercased()) }

    static let yearRange = Pattern(#"\b(20\d\d)\s*(?:[-/–—_]|\s+to\s+)\s*(20)?(\d\d)\b"#)
    static let monthYear = Pattern(#"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(20\d\d)\b"#)
    static let year = Pattern(#"(?:^|[^\d])(20[12]\d)(?:[^\d]|$)"#)

    /// A period such as "2024-25" or "2024" from the given texts, in order of preference.
    static func period(in texts: [String]) -> String? {
        for t in texts {
            if let g = yearRange.groups(t), let a = Int(g[1]), let b = Int(g[3]), (b == (a + 1) % 100) {
                return "\(g[1])-\(g[3])"
            }
        }
        for t in texts { if let g = monthYear.groups(t) { return g[1] } }
        for t in texts { if let g = year.groups(t) { return g[1] } }
        return nil
    }

    /// The part of a title before 'self-assessment' (any case or spacing), or the whole line.
    static func textBeforeSelfAssessment(_ line: String) -> String {
        guard let g = selfAssessmentPattern.groups(line) else { return line }
        return g[1]
    }

    static let selfAssessmentPattern = Pattern(#"^(.*?)self[\s-]*assessment"#)
}
