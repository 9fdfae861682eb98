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
        let candidates = [title].compactMap { $0 } + opening.prefix(8)
        for line in candidates {
            if let g = boroughPattern.groups(line) { return g[1].trimmingWhitespace() }
        }
        for line in candidates {
            guard isTitle(line) || line == title else { continue }
            let head = textBeforeSelfAssessment(line)
            if let g = namePattern.groups(head) {
                let name = g[1].trimmingWhitespace()
                if !Text.fold(name).hasPrefix("housing ombudsman"), !Text.fold(name).hasPrefix("complaint"), Text.wordCount(name) >= 2 || name.count > 6 {
                    return name
                }
            }
        }
        return nil
    }

    static let yearRange = Pattern(#"\b(20\d\d)\s*(?:[-/–—_]|\s+to\s+)\s*(20)?(\d\d)\b"#)
    static let monthYear = Pattern(#"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(20\d\d)\b"#)
    static let year = Pattern(#"(?:^|[^\d])(20[12]\d)(?:[^\d]|$)"#)

    /// A period such as "2024-25" or "2024" from the given texts, in order of preference.
    static func period(in texts: [String]) -> String? {
        for t in texts {
            if let g = yearRange.groups(t), let a = Int(g[1]), let b = Int(g[3]), (b == (a + 1) % 100) {
                return "\(g[1])-\(g[3])"
            }
            if let g = monthYear.groups(t) { return g[1] }
            if let g = year.groups(t) { return g[1] }
        }
        return nil
    }

    /// The part of a title before 'self-assessment' (any case or spacing), or the whole line.
    static func textBeforeSelfAssessment(_ line: String) -> String {
        guard let g = selfAssessmentPattern.groups(line) else { return line }
        return g[1]
    }

    static let selfAssessmentPattern = Pattern(#"^(.*?)self[\s-]*assessment"#)
}
