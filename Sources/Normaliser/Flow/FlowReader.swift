import Assessment

/// Reads self-assessments whose table lost its column separators: one cell per paragraph
/// (`text/paragraphs`) or a row's cells run together on its lines (`text/glued`).
///
/// ```
/// 1.2                                   1.2 A complaint must be defined as … policy.YesThe policy, s.2
///                                       1.3 A resident need not use the word 'complaint'.YPoint 3.2
/// A complaint must be defined as …
///
/// Yes
///
/// The policy, section 2.
/// ```
///
/// Rows start at line-leading provision numbers accepted by `RowStartFilter` (never a number inside
/// a line). A row's text is split at its first answer (`AnswerSplit`): before it the requirement,
/// after it the evidence; in paragraph layouts the paragraphs after a standalone answer are evidence,
/// then commentary. A row whose number was lost starts where a requirement-like paragraph is
/// followed by a second answer, or a line holds a requirement sentence glued to its answer.
struct FlowReader {
    let catalogue: Catalogue
    let version: CodeVersion
    let classifier: LineClassifier

    /// A line that starts with a provision number, alone or followed by capitalised text.
    struct Start {
        let line: Int
        let reading: ProvisionNumber.Reading
        let rest: String
        let lone: Bool
        /// The text after the number continues a sentence begun on the line above ('1.6 if further…').
        var continues = false
    }

    /// Line-leading numbers ('1.2' alone, '1.2 A complaint must…'); numbers inside lines never count.
    static func starts(_ lines: [SourceLine]) -> [Start] {
        var out: [Start] = []
        for (i, line) in lines.enumerated() {
            let text = line.text.trimmingWhitespace()
            guard !text.isEmpty, text.count <= 100_000 else { continue }
            if let r = ProvisionNumber.read(text) {
                out.append(Start(line: i, reading: r, rest: "", lone: true))
            } else if let (r, rest) = ProvisionNumber.leading(text), Text.startsWithCapital(rest) {
                out.append(Start(line: i, reading: r, rest: rest, lone: false))
            } else if let (r, rest) = ProvisionNumber.leading(text), Text.startsWithLowercase(rest), Text.wordCount(rest) >= 4 {
                out.append(Start(line: i, reading: r, rest: rest, lone: false, continues: true))
            } else if let g = gluedNumber.groups(text), let id = ProvisionID(g[1]) {
                out.append(Start(line: i, reading: ProvisionNumber.Reading(id: id, repaired: false, raw: g[1]), rest: g[2], lone: false))
            } else if let g = gluedLowercase.groups(text), let id = ProvisionID(g[1]), Text.wordCount(g[2]) >= 4 {
                out.append(Start(line: i, reading: ProvisionNumber.Reading(id: id, repaired: false, raw: g[1]), rest: g[2], lone: false, continues: true))
            }
        }
        return out
    }

    /// A number glued to a capitalised word, maybe after tags ('7.1Where something…', '1.5<p>A complaint…').
    static let gluedNumber = Pattern(#"^(\d{1,2}\.\d{1,2})((?:<[^>]{0,60}>\s*)*(?-i:[A-Z](?:[a-z]|\s)).*)$"#)

    /// A number glued to a lowercase word ('6.10stage 1, it must be progressed…'): a middle-line number.
    static let gluedLowercase = Pattern(#"^(\d{1,2}\.\d{1,2})((?-i:[a-z]{2,}\b).*)$"#)

    private struct Row {
        var draft: RowDraft
        var pieces: [(line: Int, text: String, paragraph: Int)] = []
        var paragraph = 0
        var pendingBreak = false
        var answerParagraph: Int?
        /// Index in `pieces` of the line holding the first answer.
        var answerPiece: Int?

        var answered: Bool { answerParagraph != nil }

        mutating func add(_ line: Int, _ text: String) {
            if pendingBreak, !pieces.isEmpty { paragraph += 1 }
            pendingBreak = false
            pieces.append((line, text, paragraph))
            // Rows without an answer yet hold none, so only the new line can bring it.
            if answerParagraph == nil, AnswerSplit.find(text) != nil {
                answerParagraph = paragraph
                answerPiece = pieces.count - 1
            }
        }

        /// Lines within a paragraph joined by newlines, paragraphs by blank lines.
        var text: String {
            var out = ""
            var last: Int?
            for p in pieces {
                if let l = last { out += l == p.paragraph ? "\n" : "\n\n" }
                out += p.text
                last = p.paragraph
            }
            return out
        }
    }

    func read(_ lines: [SourceLine]) -> ReaderOutput {
        var out = ReaderOutput()
        out.roles = Array(repeating: .blank, count: lines.count)
        let kinds = lines.map { classifier.classifyText($0.text) }
        var starts = Self.starts(lines).filter { kinds[$0.line] == .content }
        // Where most rows print their number alone on a line, a number followed by text is a quoted clause.
        if starts.filter(\.lone).count * 3 >= starts.filter({ !$0.continues }).count * 2 { starts = starts.filter(\.lone) }
        let accepted = acceptedStarts(starts, lines: lines, kinds: kinds)
        guard let first = starts.first(where: { accepted.contains($0.line) })?.line else {
            FrontMatter.assign(lines, kinds: kinds, before: lines.count, into: &out)
            return out
        }
        out.tableFound = true
        let start = FrontMatter.backUp(from: first, kinds: kinds)
        FrontMatter.assign(lines, kinds: kinds, before: start, into: &out)
        let startAt = Dictionary(starts.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })

        var section: Int?
        var stage: Int?
        var group: Obligation?
        var current: Row?
        var rows: [Row] = []
        func close() {
            if let c = current { rows.append(c) }
            current = nil
        }
        func newRow(_ origin: String?) -> Row {
            var d = RowDraft()
            d.section = section
            d.stage = stage
            d.group = group
            d.origin = origin
            return Row(draft: d)
        }

        for i in start..<lines.count {
            let text = lines[i].text.trimmingWhitespace()
            switch kinds[i] {
            case .blank:
                out.roles[i] = .blank
                current?.pendingBreak = true
                continue
            case .boilerplate:
                out.roles[i] = .boilerplate
                continue
            case .header:
                out.roles[i] = .heading
                continue
            case .sectionCaption(let n, _):
                out.roles[i] = .heading
                // The caption of the row's own section repeated at a page break inside the row.
                if let c = current, !c.answered, (c.draft.printed?.id.section ?? c.draft.section) == n { continue }
                close(); section = n; stage = nil; group = nil
                continue
            case .stageCaption(let n):
                out.roles[i] = .heading
                close(); stage = n
                continue
            case .groupHeading(let o):
                out.roles[i] = .heading
                close(); group = o
                continue
            case .content:
                break
            }
            out.roles[i] = .row
            if accepted.contains(i), let s = startAt[i] {
                close()
                var row = newRow(nil)
                if catalogue.provision(version, s.reading.id) != nil {
                    row.draft.printed = s.reading
                } else {
                    row.draft.strayNumber = s.reading.raw
                    row.draft.origin = "printed '\(s.reading.raw)' is not a provision of the \(version.rawValue) Code"
                }
                // A number on a middle line of its row takes the unfinished line above it.
                if s.continues, let c = rows.last, let ap = c.answerPiece, let last = c.pieces.last,
                   c.pieces.count - 1 > ap, !c.pendingBreak, !Text.endsClause(last.text), Text.startsWithCapital(last.text) {
                    rows[rows.count - 1].pieces.removeLast()
                    row.pieces.append((last.line, last.text, 0))
                }
                row.pieces.append((i, s.rest, 0))
                if !s.rest.isEmpty, AnswerSplit.find(s.rest) != nil { row.answerParagraph = 0; row.answerPiece = row.pieces.count - 1 }
                current = row
                continue
            }
            guard var row = current else {
                var row = newRow("row without a number")
                row.add(i, text)
                current = row
                continue
            }
            if row.answered, let kept = splitOff(&row, at: text) {
                // A row whose number was lost: its requirement starts a new row.
                rows.append(kept)
                row.add(i, text)
                current = row
                continue
            }
            row.add(i, text)
            current = row
        }
        close()

        // Numbered lines with no answer anywhere are a report's headings, not a self-assessment.
        guard rows.contains(where: \.answered) else {
            var none = ReaderOutput()
            none.roles = Array(repeating: .blank, count: lines.count)
            FrontMatter.assign(lines, kinds: kinds, before: lines.count, into: &none)
            return none
        }
        var answeredOwnLine = 0, answeredInline = 0
        for (k, row) in rows.enumerated() {
            let lineIndices = row.pieces.map(\.line)
            var draft = row.draft
            draft.lines = lineIndices
            let text = row.text
            if let s = AnswerSplit.find(text) {
                if s.atLineStart && (s.ownLine || row.paragraph > 0) { answeredOwnLine += 1 } else { answeredInline += 1 }
                draft.add(.requirement, collapse(s.requirement))
                draft.add(.comply, s.answer)
                let paragraphs = joiningIntroduced(s.rest.components(separatedBy: "\n\n").map(collapse).filter { !$0.isEmpty })
                if s.ownLine, paragraphs.count > 1 {
                    draft.add(.evidence, paragraphs[0])
                    draft.add(.commentary, paragraphs.dropFirst().joined(separator: "\n"))
                } else {
                    draft.add(.evidence, paragraphs.joined(separator: "\n"))
                }
            } else {
                draft.add(.requirement, text.components(separatedBy: "\n\n").map(collapse).joined(separator: "\n"))
                if Text.contentWords(draft.raw(.requirement)).count < 3 {
                    let what = k == rows.count - 1 ? "row cut off before its answer" : "row without an answer"
                    for i in lineIndices { out.roles[i] = .unparsed(.unidentifiedRow, "\(what); too little requirement text to identify it") }
                    continue
                }
            }
            out.rows.append(draft)
        }
        out.format = answeredOwnLine > answeredInline ? "paragraphs" : "glued"
        return out
    }

    /// Decides the row starts: candidates in catalogue order, each complete if an answer follows it
    /// before the next candidate.
    private func acceptedStarts(_ starts: [Start], lines: [SourceLine], kinds: [LineKind]) -> Set<Int> {
        var candidates: [RowStartFilter.Candidate] = []
        for (k, s) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].line : lines.count
            var text = s.rest
            for i in (s.line + 1)..<max(s.line + 1, end) {
                if case .sectionCaption = kinds[i] { break }
                if case .groupHeading = kinds[i] { break }
                if kinds[i] == .content { text += "\n" + lines[i].text.trimmingWhitespace() }
            }
            var candidate = RowStartFilter.Candidate(line: s.line, reading: s.reading, complete: AnswerSplit.find(text) != nil)
            candidate.weak = s.continues
            candidates.append(candidate)
        }
        let resets = kinds.indices.filter {
            switch kinds[$0] {
            case .sectionCaption, .groupHeading: return true
            default: return false
            }
        }
        var caption: Int?
        var k = 0
        for (i, kind) in kinds.enumerated() {
            if case .sectionCaption(let n, _) = kind { caption = n }
            while k < candidates.count, candidates[k].line <= i {
                if candidates[k].line == i { candidates[k].captionSection = caption }
                k += 1
            }
        }
        return RowStartFilter(catalogue: catalogue, version: version).accept(candidates, resets: resets)
    }

    /// If `line` shows that the answered row's number was lost (a requirement paragraph followed by a
    /// standalone answer, or a requirement sentence glued to its answer), moves the lines of the new
    /// row out of `row` into a fresh row, returns what remains of the old row, and leaves the new row in `row`.
    private func splitOff(_ row: inout Row, at line: String) -> Row? {
        if AnswerSplit.isStandalone(line), let a = row.answerParagraph, let ap = row.answerPiece {
            // The requirement: the last paragraph; without blank lines, the fewest last lines after
            // the answer that read as a requirement (not starting mid-sentence).
            func reads(_ k: Int) -> Bool {
                !Text.startsWithLowercase(row.pieces[k].text)
                    && Self.looksLikeRequirement(row.pieces[k...].map(\.text).joined(separator: " "))
            }
            let first: Int
            if row.pendingBreak {
                // The longest part of the last paragraph that reads as a requirement (the paragraph may
                // begin with the tail of the cell before).
                guard row.paragraph > a, let start = row.pieces.firstIndex(where: { $0.paragraph == row.paragraph }),
                      let k = (max(start, ap + 1)..<row.pieces.count).first(where: reads) else { return nil }
                first = k
            } else {
                guard let k = stride(from: row.pieces.count - 1, to: ap, by: -1).first(where: reads) else { return nil }
                first = k
            }
            let last = Array(row.pieces[first...])
            let breakBefore = row.pendingBreak
            var kept = row
            kept.pieces.removeSubrange(first...)
            var fresh = Row(draft: freshDraft(from: row.draft))
            for p in last { fresh.add(p.line, p.text) }
            fresh.pendingBreak = breakBefore
            row = fresh
            return kept
        }
        if let s = AnswerSplit.find(line), !s.requirement.isEmpty, Self.looksLikeRequirement(s.requirement),
           row.pendingBreak || Text.endsClause(row.pieces.last?.text ?? "") {
            let kept = row
            row = Row(draft: freshDraft(from: row.draft))
            return kept
        }
        return nil
    }

    private func freshDraft(from d: RowDraft) -> RowDraft {
        var n = RowDraft()
        n.section = d.section
        n.stage = d.stage
        n.group = d.group
        n.origin = "row without a number"
        return n
    }

    static let requirementWords = Pattern(#"\b(must|should|expected|required)\b"#)

    /// Capitalised text of at least six words in the Code's wording of duties (must / should / expected).
    static func looksLikeRequirement(_ s: String) -> Bool {
        Text.startsWithCapital(s) && Text.wordCount(s) >= 6 && requirementWords.matches(s)
    }

    /// Paragraphs with each one ending in a colon joined to the next ('Our policy says:' + the quotation).
    private func joiningIntroduced(_ paragraphs: [String]) -> [String] {
        var out: [String] = []
        for p in paragraphs {
            if let last = out.last, last.hasSuffix(":") { out[out.count - 1] = last + "\n" + p } else { out.append(p) }
        }
        return out
    }

    /// Lines of one paragraph joined with spaces.
    private func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isNewline }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
