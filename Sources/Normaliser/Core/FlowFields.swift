import Assessment

/// Reads a segment laid out as text, without columns: by labels where there are labels ('Requirement',
/// 'Do we comply?', 'Compliance: Partial', 'EVIDENCE:' - any case, spacing, punctuation), else by order:
/// the requirement, then the answer (a word, glyph, checkbox or sentence in the answer's place), then
/// evidence, then (in paragraph layouts) commentary.
enum FlowFields {
    /// One line of the segment's text; `paragraph` is true where a new paragraph (block) starts.
    struct Line {
        var text: String
        var paragraph: Bool
    }

    static func read(_ lines: [Line]) -> RowFields {
        let hasLabels = lines.contains { l in
            let t = l.text.trimmingWhitespace()
            return FieldLabel.alone(t) != nil || FieldLabel.inline(t) != nil
        }
        return hasLabels ? labelled(lines) : ordered(lines)
    }

    private static let answerRoles: Set<ColumnRole> = [.comply, .complyYes, .complyNo]

    /// Fields by label: text before any label is the requirement; a standalone answer where its label is
    /// missing is the answer; unlabelled text after the answer is evidence.
    private static func labelled(_ lines: [Line]) -> RowFields {
        var out = RowFields()
        out.style = .keyValue
        var fields: [ColumnRole: [String]] = [:]
        var role = ColumnRole.requirement
        // 'Comply – Yes' / 'Comply – No' alone are the 2022 form's column labels only where the entry has both;
        // otherwise each is the label 'Comply' and its answer.
        let alone = lines.map { FieldLabel.alone($0.text.trimmingWhitespace()) }
        let pair = alone.contains(.complyYes) && alone.contains(.complyNo)
        for (k, line) in lines.enumerated() {
            let t = line.text.trimmingWhitespace()
            if t.isEmpty { continue }
            if let r = alone[k], (r == .complyYes || r == .complyNo), !pair, let last = t.split(separator: " ").last,
               ["yes", "no"].contains(Text.fold(String(last))) {
                role = .comply
                fields[.comply, default: []].append(String(last))
                continue
            }
            if let r = alone[k] { role = r; continue }
            if let (r, v) = FieldLabel.inline(t) { role = r; fields[r, default: []].append(v); continue }
            var r = role
            if r == .requirement, fields[.requirement] != nil || Text.wordCount(t) <= 2, AnswerSplit.isStandalone(t) {
                r = .comply
            } else if answerRoles.contains(r), fields[r] != nil {
                r = .evidence
            }
            role = r
            fields[r, default: []].append(t)
        }
        func text(_ r: ColumnRole) -> String { HTMLText.plain((fields[r] ?? []).joined(separator: " ")) }
        if fields[.complyYes] != nil || fields[.complyNo] != nil {
            out.outcome = StatusRule.yesNo(yes: text(.complyYes), no: text(.complyNo))
            out.evidence = RowFields.join([out.outcome.yesRemainder, text(.evidence)])
            out.commentary = RowFields.join([text(.complyNo), text(.commentary)])
        } else if let comply = fields[.comply] {
            out.outcome = StatusRule.single(comply.joined(separator: "\n"))
            out.evidence = text(.evidence)
            out.commentary = text(.commentary)
        } else {
            // No answer field: the answer may follow the requirement in its text.
            var ordered = ordered((fields[.requirement] ?? []).map { Line(text: $0, paragraph: false) })
            ordered.evidence = RowFields.join([ordered.evidence, text(.evidence)])
            ordered.commentary = RowFields.join([ordered.commentary, text(.commentary)])
            ordered.action = text(.action)
            ordered.style = .keyValue
            return ordered
        }
        out.requirement = collapse(text(.requirement))
        out.action = text(.action)
        return out
    }

    /// Fields by order: the first answer in the answer's place splits requirement from evidence.
    static func ordered(_ lines: [Line]) -> RowFields {
        var out = RowFields()
        var text = ""
        for (k, l) in lines.enumerated() {
            let t = l.text.trimmingWhitespace()
            if t.isEmpty { continue }
            if k > 0, !text.isEmpty { text += l.paragraph ? "\n\n" : "\n" }
            text += t
        }
        guard let s = AnswerSplit.find(text) else {
            out.requirement = text.components(separatedBy: "\n\n").map(collapse).joined(separator: "\n")
            out.style = .glued
            return out
        }
        out.style = s.atLineStart && (s.ownLine || text.contains("\n\n")) ? .paragraphs : .glued
        out.requirement = collapse(s.requirement)
        let status = StatusRule.single(s.answer)
        out.outcome = StatusRule.Outcome(status: status.status, statusText: s.answer,
                                         rule: status.rule.replacingOccurrences(of: "in the answer column", with: "after the requirement"),
                                         yesRemainder: "")
        let paragraphs = joiningIntroduced(s.rest.components(separatedBy: "\n\n").map(collapse).filter { !$0.isEmpty })
        if s.ownLine, paragraphs.count > 1 {
            out.evidence = HTMLText.plain(paragraphs[0])
            out.commentary = HTMLText.plain(paragraphs.dropFirst().joined(separator: "\n"))
        } else {
            out.evidence = HTMLText.plain(paragraphs.joined(separator: "\n"))
        }
        return out
    }

    /// Paragraphs ending in a colon joined to the next ('Our policy says:' + the quotation).
    private static func joiningIntroduced(_ paragraphs: [String]) -> [String] {
        var out: [String] = []
        for p in paragraphs {
            if let last = out.last, last.hasSuffix(":") { out[out.count - 1] = last + "\n" + p } else { out.append(p) }
        }
        return out
    }

    /// Lines of one paragraph joined with spaces.
    static func collapse(_ s: String) -> String {
        HTMLText.plain(s.split(whereSeparator: { $0.isNewline }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " "))
    }
}
