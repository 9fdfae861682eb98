import Assessment

/// Field labels of key-value self-assessments: a label alone on its line ('Evidence', 'Do we
/// comply?', 'Commentary / explanation:') or before its value ('Compliance: Partial', 'Compliant? Yes').
///
/// ```swift
/// FieldLabel.alone("Do we comply?")                    // .comply
/// FieldLabel.alone("Evidence.")                        // .evidence
/// FieldLabel.alone("Evidence of staff training")       // nil (a value)
/// FieldLabel.inline("Compliance: Partial")             // (.comply, "Partial")
/// ```
enum FieldLabel {
    /// Words a label may be made of.
    static let words: Set<String> = ColumnRole.headerWords.union([
        "do", "does", "we", "you", "your", "the", "is", "are", "our", "what", "how", "of", "to", "or", "for",
        "further", "required", "planned", "steps", "next", "improvement", "improvements", "supporting", "information",
        "comment", "note", "text", "self", "assessment", "compliant", "met", "areas", "development", "response",
        "reference", "explain", "rating", "level", "partial", "additional", "detail", "details", "provided", "landlord",
        "with", "reference", "requires", "says", "where", "find", "it", "plan", "planned", "required", "rating", "status",
        "assessment", "self", "narrative", "remarks", "wording", "description",
    ])

    /// The column a label standing alone on its line names, or nil if the line is not a label.
    /// `beforeValue`: the text is followed by a colon or question mark and a value, so a word that
    /// could be an answer ('Compliant: Partially') is a label.
    static func alone(_ line: String, beforeValue: Bool = false) -> ColumnRole? {
        var t = Text.strippingMarkup(line.trimmingWhitespace())
        // A question ('Compliant?', 'Met?') is a label even when its word could be an answer.
        let question = t.hasSuffix("?") || beforeValue
        while let l = t.last, l.isWhitespace || ".:?;-–—*".contains(l) { t.removeLast() }
        guard !t.isEmpty, t.hasAtMost(80), question || AnswerReader.answer(t) == nil else { return nil }
        let folded = Text.fold(t).split(whereSeparator: { !$0.isLetterFast }).map(String.init)
        guard (1...10).contains(folded.count), folded.allSatisfy({ words.contains($0) }) else { return nil }
        // Labels of the number column ('Code provision') start entries; with other labels after them
        // they are a header run together ('Code provision Code requirement Comply').
        if folded.contains("provision") || folded.contains("section") { return nil }
        guard let role = ColumnRole(label: t), role != .number, role != .unknown else { return nil }
        // 'Compliance: Yes' and 'Compliance – Partial' are a label with its value; 'Comply: Yes / No'
        // is a label, and so are the 2022 form's 'Comply – Yes' / 'Comply – No' columns.
        for mark in [":", "?"] {
            guard let r = Text.range(of: mark, in: t) else { continue }
            let after = t[r.upperBound...].trimmingWhitespace()
            if !after.isEmpty, !choiceList.matches(Text.fold(after)) { return nil }
        }
        if role != .complyYes, role != .complyNo {
            for dash in [" – ", " - ", " — "] {
                guard let r = Text.range(of: dash, in: t) else { continue }
                let after = t[r.upperBound...].trimmingWhitespace()
                if AnswerReader.answer(after) != nil, !choiceList.matches(Text.fold(after)) { return nil }
            }
        }
        return role
    }

    /// A label of the number column alone on its line, its number on the next line ('Code provision', 'Ref:').
    static let numberLabelOnly = Pattern(#"^\s*((?:code\s+)?(?:provision|section|ref(?:erence)?|clause))\s*(?:no\.?|number|ref\.?)?\s*[:#.\-–—]?\s*$"#)

    /// The answer choices printed in a label ('Yes / No', 'Yes/No/Partial').
    static let choiceList = Pattern(#"^(yes|no|partial|partially|n/a)(\s*/\s*(yes|no|partial|partially|n/a))+$"#)

    static let choicesThenAnswer = Pattern(#"^(?:(?:yes|no|partial|partially|n/a)\s*/\s*)+(?:yes|no|partial|partially|n/a)\s*[:\-–—]\s*(\S.*)$"#)

    /// A label and its value on one line, after a colon, a question mark or a spaced dash
    /// ('Compliance: Partial', 'Do we comply? Yes', 'Evidence – Policy section 2').
    static func inline(_ line: String) -> (ColumnRole, String)? {
        let t = Text.strippingMarkup(line.trimmingWhitespace())
        for separator in [":", "?", " – ", " - ", " — "] {
            guard let r = Text.range(of: separator, in: t), t.distance(from: t.startIndex, to: r.lowerBound) <= 80 else { continue }
            let value = t[r.upperBound...].trimmingWhitespace()
            let label = String(t[..<r.lowerBound]) + (separator == "?" ? "?" : "")
            guard !value.isEmpty, let role = alone(label, beforeValue: separator == ":" || separator == "?") else { continue }
            // The form's choices printed before the answer: 'Comply: Yes / No: No'.
            if let g = choicesThenAnswer.groups(value) { return (role, g[1].trimmingWhitespace()) }
            return (role, value)
        }
        return nil
    }

    /// True if the line is a label, alone or with its value.
    static func isLabel(_ line: String) -> Bool { alone(line) != nil || inline(line) != nil }

    /// Lines of header blocks: three or more labels alone on consecutive lines with no value between
    /// them ('Code provision' / 'Code requirement' / 'Comply: Yes / No' / 'Evidence'), a table header
    /// laid out one cell per line rather than the fields of one entry.
    static func headerBlocks(_ lines: [SourceLine]) -> Set<Int> {
        var out = Set<Int>()
        var run: [Int] = []
        func flush() {
            if run.count >= 3 { out.formUnion(run) }
            run = []
        }
        for (i, line) in lines.enumerated() {
            if line.isBlank { continue }
            let t = Text.strippingMarkup(line.text.trimmingWhitespace())
            if t.hasAtMost(100), alone(t) != nil || FieldLabel.numberLabelOnly.matches(t) { run.append(i) } else { flush() }
        }
        flush()
        return out
    }
}
