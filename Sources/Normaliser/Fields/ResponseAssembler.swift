import Assessment

/// Builds the final responses from identified rows: status, fields, obligation, provenance.
struct ResponseAssembler {
    let catalogue: Catalogue
    let version: CodeVersion

    func response(_ item: ProvisionIdentifier.Identified, lines: [SourceLine], paths: [String]) -> Response {
        let row = item.row
        var fields = row.fields
        if row.vertical { splitVertical(row, into: &fields) }
        func text(_ role: ColumnRole) -> String { HTMLText.plain((fields[role] ?? []).joined(separator: " ")) }

        var outcome: StatusRule.Outcome
        var shiftedAction = false
        var evidence = text(.evidence)
        var commentary = text(.commentary)
        if row.yesNoColumns && (fields[.complyYes] != nil || fields[.complyNo] != nil || fields[.comply] == nil) {
            // Rows short of cells (empty cells dropped by extraction): a 'Comply – No' cell beside an explicit
            // 'Yes' that states no answer of its own is the Action column shifted left.
            if row.shortLines, let no = fields[.complyNo], fields[.action] == nil,
               AnswerReader.answer((fields[.complyYes] ?? []).joined(separator: " "))?.status == .yes,
               AnswerReader.answer(no.joined(separator: " ")) == nil, !Text.fold(no.joined(separator: " ")).contains("in part") {
                fields[.action] = no
                fields[.complyNo] = nil
                shiftedAction = true
            }
            outcome = StatusRule.yesNo(yes: (fields[.complyYes] ?? fields[.comply] ?? []).joined(separator: " "),
                                       no: (fields[.complyNo] ?? []).joined(separator: " "))
            evidence = join(outcome.yesRemainder, evidence)
            commentary = join(text(.complyNo), commentary)
            if shiftedAction { outcome.rule += "; text beside it read as Action (row short of cells)" }
        } else {
            outcome = StatusRule.single((fields[.comply] ?? fields[.complyYes] ?? []).joined(separator: " "))
        }
        let provision = catalogue.provision(version, item.id)
        let obligation: Obligation? = row.group ?? provision?.obligation
        let numbers = row.lines.map { lines[$0].number }
        let part = row.lines.first.map { lines[$0].part } ?? 0
        return Response(
            codeVersion: version, provision: item.id, provisionSource: item.source, provisionNote: item.note,
            section: provision?.sectionNumber ?? item.id.section, stage: provision?.stage,
            obligation: obligation, obligationSource: row.group != nil ? "heading" : (provision != nil ? "catalogue" : nil),
            requirement: text(.requirement), status: outcome.status, statusText: outcome.statusText, statusRule: outcome.rule,
            evidence: evidence, commentary: commentary, action: text(.action),
            sourcePath: part < paths.count ? paths[part] : (paths.first ?? ""),
            lineStart: numbers.min() ?? 0, lineEnd: numbers.max() ?? 0)
    }

    /// One-cell-per-line rows: requirement lines, then the answer line, then evidence.
    private func splitVertical(_ row: RowDraft, into fields: inout [ColumnRole: [String]]) {
        let cells = row.verticalCells.map(\.text)
        let answerRole: ColumnRole = row.yesNoColumns ? .complyYes : .comply
        if let k = cells.firstIndex(where: { isAnswerCell($0) }) {
            fields[.requirement, default: []].append(contentsOf: cells[..<k])
            fields[answerRole, default: []].append(cells[k])
            fields[.evidence, default: []].append(contentsOf: cells[(k + 1)...])
        } else {
            fields[.requirement, default: []].append(contentsOf: cells)
        }
    }

    /// A short cell that is an answer ('Yes.', 'Partial', 'N/A – no third parties').
    private func isAnswerCell(_ cell: String) -> Bool {
        guard let a = AnswerReader.answer(cell) else { return false }
        return cell.count <= a.text.count + 40 && Text.wordCount(cell) <= 8
    }

    private func join(_ a: String, _ b: String) -> String {
        [a, b].filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
