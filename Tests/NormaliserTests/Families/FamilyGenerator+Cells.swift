import Foundation
import Assessment

/// The cells and fields of a row, shared by every layout.
extension FamilyGenerator {
    /// Column headers of a table, in this rendering's spelling.
    func headerCells() -> [String] {
        let s = style
        let labels = form2022 ? [s.number, s.requirement, s.complyYes, s.complyNo, s.action]
            : [s.number, s.requirement, s.answer, s.evidence, s.commentary] + (document.hasActions ? [s.action] : [])
        return labels.map(s.cased)
    }

    /// A row's table cells, number first; a number the family removed (not just emptied) takes its cell with it.
    func tableCells(_ row: GeneratedRow) -> [String] {
        let r = row.expected
        var cells: [String]
        if form2022 {
            let form = formCells(row)
            cells = [row.number ?? "", r.requirement, form.yes, form.no, form.action]
        } else {
            cells = [row.number ?? "", r.requirement, row.answer ?? "", r.evidence, r.commentary] + (document.hasActions ? [r.action] : [])
        }
        if row.number == nil && !row.emptyNumberCell { cells.removeFirst() }
        return cells
    }

    /// The 2022 form's 'Comply – Yes', 'Comply – No' and 'Action' cells: a yes (or n/a) answer and its evidence
    /// in the first, the reasons for not complying in the second; a blank answer leaves both empty.
    func formCells(_ row: GeneratedRow) -> (yes: String, no: String, action: String) {
        let r = row.expected
        let answer = row.answer ?? ""
        switch r.status {
        case .blank:
            return ("", "", lines(r.evidence, r.commentary, r.action))
        case .no:
            let reasons = lines(r.evidence, r.commentary)
            return ("", reasons.isEmpty ? answer : reasons, r.action)
        case .partial:
            if r.evidence.isEmpty && !answer.isEmpty && r.commentary.hasPrefix(answer) { return ("", r.commentary, r.action) }
            return (answerWithEvidence(answer, r.evidence), r.commentary, r.action)
        case .yes, .na:
            return (answerWithEvidence(answer, lines(r.evidence, r.commentary)), "", r.action)
        }
    }

    /// `Yes. Included in the policy.`: an answer and its evidence in one 2022 'Comply – Yes' cell.
    func answerWithEvidence(_ answer: String, _ evidence: String) -> String {
        guard !evidence.isEmpty else { return answer }
        guard !answer.isEmpty else { return evidence }
        let join = [".", ";", ",", ":"].contains(where: answer.hasSuffix) ? " " : style.answerJoin
        return answer + join + evidence
    }

    /// Non-empty texts, one per line.
    func lines(_ texts: String...) -> String { texts.filter { !$0.isEmpty }.joined(separator: "\n") }

    /// A row's fields outside a table, in reading order with their labels; the answer is written out.
    func fields(_ row: GeneratedRow) -> [(label: String, text: String)] {
        let r = row.expected, s = style
        let out = [(s.requirement, r.requirement), (s.answer, row.answer ?? ""), (s.evidence, r.evidence), (s.commentary, r.commentary)]
        return document.hasActions ? out + [(s.action, r.action)] : out
    }

    /// Key-value fields: the 2022 form's column names as labels when the style says so, else `fields`.
    func labelledFields(_ row: GeneratedRow) -> [(label: String, text: String)] {
        guard document.usesForm2022 && formAllowed && style.formLabels else { return fields(row) }
        let form = formCells(row)
        return [(style.requirement, row.expected.requirement), (style.complyYes, form.yes), (style.complyNo, form.no),
                (style.action, form.action)]
    }

    /// The lines of a section caption or a 2022 group caption.
    func captionLines(_ block: GeneratedBlock, markdown: Bool) -> [GeneratedLine] {
        switch block {
        case .section(let n, let title):
            [.blank, GeneratedLine(text: style.caption(n, title, markdown: markdown), kind: .caption), .blank]
        case .group(let obligation):
            [.blank, GeneratedLine(text: style.groupCaption(obligation), kind: .caption), .blank]
        case .row:
            []
        }
    }

    /// The lines of a text, the first starting a row when `starts`.
    func split(_ text: String, starts: Bool = true) -> [GeneratedLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { k, line in
            GeneratedLine(text: String(line), kind: k == 0 && starts ? .rowStart : .rowMore)
        }
    }

    /// Cells side by side: each cell's first line on the row's line, later lines of multi-line cells on
    /// continuation lines at their column (as PDF and Word extraction writes wrapped cells).
    func sideBySide(_ cells: [String], separator: String, trimContinuations: Bool) -> [[String]] {
        let columns = cells.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let height = columns.map(\.count).max() ?? 1
        return (0..<height).map { k in
            var line = columns.map { k < $0.count ? $0[k] : "" }
            if k > 0 && trimContinuations { while line.last == "" { line.removeLast() } }
            return line
        }
    }
}
