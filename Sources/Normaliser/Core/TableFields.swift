import Assessment

/// Reads a segment whose anchor is a table row: each cell goes to its column's role (from the header in
/// force), continuation rows add to their columns, the answer comes from the answer column (or the 2022
/// form's Comply – Yes / Comply – No pair, or - where the table has no answer column - from the start of
/// the first cell after the requirement). Cells of unknown columns, header labels run into cell text and
/// text repeating what the row already holds are kept as fragments.
struct TableFields {
    let units: [Unit]
    let facts: [UnitFacts]

    func read(_ segment: Segment) -> RowFields {
        var out = RowFields()
        var fields: [ColumnRole: [String]] = [:]
        var short = false
        // Content words of what the row held before the current line (kept as a running set: rows can be long).
        var known = Set<String>(), added: [String] = []
        let anchor = segment.anchor
        for piece in segment.pieces {
            let u = piece.unit
            let unit = units[u]
            for cell in added { known.formUnion(Text.contentWords(cell)) }
            added.removeAll(keepingCapacity: true)
            guard unit.shape == .row else {
                out.fragments.append(.init(unit: u, text: unit.cells[0], reason: .unknownColumn,
                                           detail: "text without column separators, in provision \(anchor.id)", whole: true))
                continue
            }
            let roles = facts[u].roles
            if unit.cells.count < facts[u].headerWidth { short = true }
            for (k, cell) in unit.cells.enumerated() where !cell.isEmpty {
                if u == anchor.unit, k == facts[u].numberCell {
                    if anchor.kind == .cellLeading, let rest = restAfterNumber(cell) { fields[.requirement, default: []].insert(rest, at: 0) }
                    continue
                }
                let role = k < roles.count ? roles[k] : .unknown
                if role == .number, let printed = ProvisionNumber.read(cell) {
                    // The row's number printed again on a later line of the row is part of the row; another number is not.
                    if printed.id != anchor.id {
                        out.fragments.append(.init(unit: u, text: cell, reason: .unknownColumn,
                                                   detail: "number '\(cell)' printed inside the row of provision \(anchor.id)"))
                    }
                    continue
                }
                if Self.isHeaderEcho(cell) {
                    out.fragments.append(.init(unit: u, text: cell, reason: .headerEcho, detail: "header labels run into cell text"))
                    continue
                }
                if role == .unknown || role == .number {
                    out.fragments.append(.init(unit: u, text: cell, reason: .unknownColumn,
                                               detail: "cell fragment in provision \(anchor.id) whose column cannot be told"))
                    continue
                }
                if repeats(cell, known) {
                    out.fragments.append(.init(unit: u, text: cell, reason: .repeatedText, detail: "repeats text already in provision \(anchor.id)"))
                    continue
                }
                fields[role, default: []].append(cell)
                added.append(cell)
            }
        }
        assemble(&out, fields, yesNo: facts[anchor.unit].yesNoColumns, short: short)
        return out
    }

    private func restAfterNumber(_ cell: String) -> String? {
        let bytes = Array(cell.utf8)
        guard let s = LineStart.read(bytes), s.restOffset < bytes.count else { return nil }
        return String(decoding: bytes[s.restOffset...], as: UTF8.self).trimmingWhitespace()
    }

    /// A long cell whose content words are nearly all in what the row held before this line: an extraction echo.
    private func repeats(_ cell: String, _ known: Set<String>) -> Bool {
        guard !known.isEmpty, Text.wordCount(cell) >= 6 else { return false }
        let words = Text.contentWords(cell)
        guard words.count >= 6 else { return false }
        return Double(words.intersection(known).count) >= 0.9 * Double(words.count)
    }

    static let echoLabels = ["code requirement ", "code provision ", "code section ", "comply - yes", "comply: yes / no "]

    static func isHeaderEcho(_ cell: String) -> Bool {
        let f = Text.fold(cell)
        return !f.hasAtMost(40) && echoLabels.contains { f.hasPrefix($0) }
    }

    private func assemble(_ out: inout RowFields, _ f: [ColumnRole: [String]], yesNo: Bool, short: Bool) {
        var fields = f
        func text(_ role: ColumnRole) -> String { HTMLText.plain((fields[role] ?? []).joined(separator: " ")) }
        var evidence = text(.evidence), commentary = text(.commentary)
        if yesNo && (fields[.complyYes] != nil || fields[.complyNo] != nil || fields[.comply] == nil) {
            var shifted = false
            // A row short of cells: a 'Comply – No' cell beside an explicit 'Yes' that states no answer of its own
            // is the Action column shifted left.
            if short, let no = fields[.complyNo], fields[.action] == nil,
               AnswerReader.answer((fields[.complyYes] ?? []).joined(separator: " "))?.status == .yes,
               AnswerReader.answer(no.joined(separator: " ")) == nil, !Text.fold(no.joined(separator: " ")).contains("in part") {
                fields[.action] = no
                fields[.complyNo] = nil
                shifted = true
            }
            out.outcome = StatusRule.yesNo(yes: (fields[.complyYes] ?? fields[.comply] ?? []).joined(separator: " "),
                                           no: (fields[.complyNo] ?? []).joined(separator: " "))
            evidence = RowFields.join([out.outcome.yesRemainder, evidence])
            commentary = RowFields.join([text(.complyNo), commentary])
            if shifted { out.outcome.rule += "; text beside it read as Action (row short of cells)" }
        } else if let comply = fields[.comply] {
            out.outcome = StatusRule.single(comply.joined(separator: " "))
        } else {
            out.outcome = firstCellAnswer(fields)
        }
        out.requirement = text(.requirement)
        out.evidence = evidence
        out.commentary = commentary
        out.action = text(.action)
    }

    /// A table without an answer column: the answer written at the start of the first column after the requirement.
    private func firstCellAnswer(_ fields: [ColumnRole: [String]]) -> StatusRule.Outcome {
        for role in [ColumnRole.evidence, .commentary, .action] {
            guard let cell = fields[role]?.first else { continue }
            let plain = HTMLText.plain(cell)
            if let a = AnswerReader.answer(plain) {
                return StatusRule.Outcome(status: a.status, statusText: a.text,
                                          rule: "answer '\(StatusRule.clip(a.text, 30))' at the start of the \(role.rawValue) column (no answer column)",
                                          yesRemainder: "")
            }
            break
        }
        return StatusRule.Outcome(status: .blank, statusText: nil, rule: "no answer column and no answer given", yesRemainder: "")
    }
}
