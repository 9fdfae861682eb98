import Assessment

/// Assembles rows from a table whose lines are split into cells (tab- or pipe-separated).
///
/// Handles rows spanning several lines (continuations with an empty first cell, cells wrapped
/// mid-sentence, pipe rows broken inside a cell), headers split over two lines or repeated mid-row
/// at page breaks, numbers printed on a middle line of their row, stray numbers, rows that lost
/// their number cell (in pipe tables, a line with its own answer beside an answered row), one-cell-
/// per-line rows, section / stage / must-should captions, and a last row cut off before its answer.
struct CellTableReader {
    let catalogue: Catalogue
    let version: CodeVersion
    let classifier: LineClassifier
    let splitter: CellSplitter

    typealias Output = ReaderOutput

    /// A run of unnumbered lines that may be the start of the next numbered row (its number printed
    /// on a middle line) or, if `strong`, a row of its own whose number was lost.
    private struct Tentative {
        var row: RowDraft
        var strong: Bool
    }

    private func valid(_ r: ProvisionNumber.Reading?) -> Bool {
        guard let r else { return false }
        return catalogue.provision(version, r.id) != nil
    }

    func read(_ lines: [SourceLine], offset: Int = 0) -> Output {
        var out = Output()
        out.roles = Array(repeating: .blank, count: lines.count)
        var cellsOf = lines.map { splitter.cells($0.text) }
        // Pipe rows broken over several lines are read as one line; the lines joined to it follow its role.
        let joined = splitter == .pipe ? PipeRowJoiner.joins(lines) : [:]
        for (i, rest) in joined {
            cellsOf[i] = splitter.cells(([i] + rest).map { lines[$0].text.trimmingWhitespace() }.joined(separator: " "))
            for j in rest { cellsOf[j] = [] }
        }
        var kinds = zip(cellsOf, lines).map { classifier.classify($0, raw: $1.text) }
        for rest in joined.values { for j in rest { kinds[j] = .blank } }
        mergeSplitHeaders(cellsOf, &kinds)

        // The table region starts at the first header row (or first numbered row), backed up over captions.
        var start = lines.count
        for (i, k) in kinds.enumerated() {
            if case .header = k { start = i; break }
            if case .content = k, cellsOf[i].count >= 2, valid(ProvisionNumber.read(cellsOf[i][0])) { start = i; break }
            // A number alone on its line (a row laid out one cell per line) right after a caption.
            if case .content = k, cellsOf[i].count == 1, valid(ProvisionNumber.read(cellsOf[i][0])),
               let previous = (0..<i).reversed().first(where: { kinds[$0] != .blank }) {
                switch kinds[previous] {
                case .sectionCaption, .stageCaption, .groupHeading: start = i
                default: break
                }
                if start == i { break }
            }
        }
        out.tableFound = start < lines.count
        start = FrontMatter.backUp(from: start, kinds: kinds)
        FrontMatter.assign(lines, kinds: kinds, before: start, into: &out)

        var header: TableHeader?
        var section: Int?
        var stage: Int?
        var group: Obligation?
        var current: RowDraft?
        var tentative: Tentative?
        var previousWasHeader = false

        func startRow(_ row: RowDraft) {
            closeRow(keepTentative: false)
            current = row
        }
        func closeRow(keepTentative: Bool = false) {
            if let t = tentative {
                if t.strong || current == nil {
                    if let c = current { out.rows.append(c) }
                    current = t.row
                } else if current != nil {
                    merge(t.row, into: &current!)
                }
                tentative = nil
            }
            if let c = current { out.rows.append(c) }
            current = nil
        }
        func newRow() -> RowDraft {
            var r = RowDraft()
            r.section = section
            r.stage = stage
            r.group = group
            r.yesNoColumns = header?.hasYesNoColumns ?? (version == .v2022)
            return r
        }

        for i in max(start, 0)..<lines.count {
            let cells = cellsOf[i]
            switch kinds[i] {
            case .blank:
                out.roles[i] = .blank
                continue
            case .boilerplate:
                out.roles[i] = .boilerplate
                continue
            case .sectionCaption(let n, _):
                closeRow(); section = n; stage = nil; group = nil
                out.roles[i] = .heading; previousWasHeader = false
                continue
            case .stageCaption(let n):
                closeRow(); stage = n
                out.roles[i] = .heading; previousWasHeader = false
                continue
            case .groupHeading(let o):
                closeRow(); group = o
                out.roles[i] = .heading; previousWasHeader = false
                continue
            case .header(var h):
                h.line = i
                header = h
                if current?.vertical == true { closeRow() }
                out.roles[i] = .heading
                previousWasHeader = true
                continue
            case .content:
                break
            }
            if previousWasHeader && isHeaderContinuation(cells) {
                out.roles[i] = .heading
                previousWasHeader = false
                continue
            }
            previousWasHeader = false
            if isHeaderEcho(cells) {
                out.roles[i] = .unparsed(.headerEcho, "header labels run into cell text")
                continue
            }
            out.roles[i] = .row
            let h = header ?? TableHeader.assumed(cells: cells.count, line: i)

            // One cell: a row laid out one cell per line, or text that lost its column separators.
            if cells.count == 1 {
                let text = cells[0]
                if let r = ProvisionNumber.read(text), valid(r) {
                    var row = newRow(); row.printed = r; row.vertical = true; row.lines = [i]
                    startRow(row)
                    continue
                }
                if tentative == nil, current?.vertical == true {
                    current!.verticalCells.append((i, text)); current!.lines.append(i)
                    continue
                }
                if let (r, rest) = ProvisionNumber.leading(text), valid(r), Text.wordCount(rest) >= 4, Text.startsWithCapital(rest) {
                    var row = newRow(); row.printed = r; row.vertical = true; row.lines = [i]
                    row.verticalCells.append((i, rest))
                    startRow(row)
                    continue
                }
                let after = (tentative?.row ?? current).map(describe) ?? "no row"
                out.roles[i] = .unparsed(current == nil && tentative == nil ? .noRow : .unknownColumn,
                                         "text without column separators, after \(after)")
                continue
            }

            // Several cells: find the number, and which column each cell belongs to.
            var number: ProvisionNumber.Reading?
            var stray: String?
            var mapped: [(ColumnRole, String)] = []
            var unknown: [String] = []
            var shiftedStart = false
            var expectedCells = 0
            let first = cells[0]
            if let r = ProvisionNumber.read(first) {
                if valid(r) { number = r } else { stray = first }
                mapped = zip(h.bodyRoles, cells.dropFirst()).map { ($0, $1) }
                unknown = Array(cells.dropFirst(1 + h.bodyRoles.count))
                expectedCells = h.bodyRoles.count
            } else if first.isEmpty || !h.hasNumber {
                let roles = h.hasNumber ? h.bodyRoles : h.roles
                let body = h.hasNumber ? Array(cells.dropFirst()) : cells
                mapped = zip(roles, body).map { ($0, $1) }
                unknown = Array(body.dropFirst(roles.count))
                expectedCells = roles.count
            } else if let (r, rest) = ProvisionNumber.leading(first), valid(r) {
                number = r
                mapped = zip(h.bodyRoles, [rest] + cells.dropFirst()).map { ($0, $1) }
                unknown = Array(cells.dropFirst(h.bodyRoles.count))
            } else if cells.count == h.roles.count - 1, let answerIndex = h.bodyRoles.firstIndex(where: { $0 == .comply || $0 == .complyYes }),
                      answerIndex < cells.count, AnswerReader.answer(cells[answerIndex]) != nil {
                // The number cell was lost and the row shifted left: a row of its own.
                mapped = zip(h.bodyRoles, cells).map { ($0, $1) }
                shiftedStart = true
            } else {
                // Requirement text wrapped into the number column; other cells are fragments of unknown columns.
                mapped = [(.requirement, first)]
                unknown = Array(cells.dropFirst())
            }

            func place(_ row: inout RowDraft) {
                // What the row held before this line: computed only when a long cell needs the check.
                let before = row
                var rowText: Set<String>?
                for (role, text) in mapped where !text.isEmpty {
                    let words = Text.wordCount(text) >= 6 ? Text.contentWords(text) : []
                    if words.count >= 6, !before.fields.isEmpty || !before.verticalCells.isEmpty {
                        rowText = rowText ?? Text.contentWords(before.allText)
                    }
                    if words.count >= 6, let known = rowText, Double(words.intersection(known).count) >= 0.9 * Double(words.count) {
                        out.fragments.append(Fragment(line: i, text: text, reason: .repeatedText,
                                                      detail: "repeats text already in \(describe(row))"))
                        continue
                    }
                    row.add(role, text)
                }
                for text in unknown where !text.isEmpty {
                    out.fragments.append(Fragment(line: i, text: text, reason: .unknownColumn,
                                                  detail: "cell fragment in \(describe(row)) whose column cannot be told"))
                }
                row.lines.append(i)
                if header != nil, mapped.count < expectedCells { row.shortLines = true }
            }
            let requirement = mapped.first(where: { $0.0 == .requirement })?.1 ?? ""

            if let n = number {
                if tentative == nil, let c = current, c.printed?.id == n.id {
                    // The same number printed again on the next line of its row.
                    place(&current!)
                    continue
                }
                var row = newRow(); row.printed = n
                if let t = tentative {
                    if Text.startsWithLowercase(requirement) {
                        // The number was printed on a middle line of its row.
                        row = t.row; row.printed = n
                        tentative = nil
                        if let c = current { out.rows.append(c) }
                        current = nil
                    }
                }
                place(&row)
                startRow(row)
                continue
            }
            if stray != nil || shiftedStart {
                var row = newRow()
                row.strayNumber = stray
                row.origin = stray.map { "printed '\($0)' is not a provision of the \(version.rawValue) Code" } ?? "row without its number cell"
                if tentative != nil { place(&tentative!.row); tentative!.strong = true; continue }
                place(&row)
                tentative = Tentative(row: row, strong: true)
                continue
            }
            if current == nil && tentative == nil {
                var row = newRow(); row.origin = "row without a number"
                place(&row)
                tentative = Tentative(row: row, strong: true)
                continue
            }
            if tentative != nil { place(&tentative!.row); continue }
            if let c = current, !c.vertical, !requirement.isEmpty, Text.startsWithCapital(requirement), Text.endsClause(c.raw(.requirement)) {
                var row = newRow(); row.origin = "row without a number"
                place(&row)
                // In a pipe table every line is a row: one with its own answer beside an answered row lost its number.
                let ownAnswer = splitter == .pipe && AnswerPresence.has(c) && AnswerPresence.has(row)
                tentative = Tentative(row: row, strong: ownAnswer)
                continue
            }
            if current != nil { place(&current!) }
        }
        closeRow()
        dropCutOffLastRow(&out)
        if !joined.isEmpty {
            for (i, rest) in joined { for j in rest { out.roles[j] = out.roles[i] } }
            for k in out.rows.indices { out.rows[k].lines = out.rows[k].lines.flatMap { [$0] + (joined[$0] ?? []) } }
        }
        return out
    }

    /// A document cut off inside its last row: the row is kept (status blank) only if it has an
    /// answer, evidence or enough requirement text to identify it.
    private func dropCutOffLastRow(_ out: inout Output) {
        guard let last = out.rows.last, !AnswerPresence.has(last),
              [ColumnRole.evidence, .commentary, .action, .unknown].allSatisfy({ last.raw($0).isEmpty }),
              Text.contentWords(HTMLText.plain(last.requirementSoFar)).count < 3 else { return }
        out.rows.removeLast()
        for i in last.lines { out.roles[i] = .unparsed(.unidentifiedRow, "row cut off before its answer; too little requirement text to identify it") }
    }

    /// A header split over two lines whose first line alone is no header ('Code | Do we' over
    /// 'provision | comply?'): both lines become the header the joined labels make.
    private func mergeSplitHeaders(_ cellsOf: [[String]], _ kinds: inout [LineKind]) {
        var i = 0
        while i + 1 < cellsOf.count {
            let a = cellsOf[i], b = cellsOf[i + 1]
            let nextIsHeaderOrContent: Bool
            switch kinds[i + 1] {
            case .content, .header: nextIsHeaderOrContent = true
            default: nextIsHeaderOrContent = false
            }
            guard kinds[i] == .content, nextIsHeaderOrContent, a.count >= 2, a.count == b.count,
                  (a + b).allSatisfy({ $0.count <= 40 }), ProvisionNumber.read(a[0]) == nil, ProvisionNumber.read(b[0]) == nil
            else { i += 1; continue }
            let merged = zip(a, b).map { [$0, $1].filter { !$0.isEmpty }.joined(separator: " ") }
            if let h = classifier.header(merged) {
                kinds[i] = .header(h)
                kinds[i + 1] = .header(h)
                i += 2
            } else {
                i += 1
            }
        }
    }

    private func merge(_ extra: RowDraft, into row: inout RowDraft) {
        for (role, parts) in extra.fields { row.fields[role, default: []].append(contentsOf: parts) }
        row.lines.append(contentsOf: extra.lines)
        row.verticalCells.append(contentsOf: extra.verticalCells)
    }

    private func describe(_ row: RowDraft) -> String {
        if let p = row.printed { return "provision \(p.id)" }
        if let s = row.strayNumber { return "row numbered '\(s)'" }
        return "an unnumbered row"
    }

    static let headerWords: Set<String> = ["section", "provision", "requirement", "requirements", "comply", "evidence", "commentary",
                                           "explanation", "explanations", "action", "actions", "yes", "no", "status", "notes",
                                           "code", "any", "and", "ref", "number", "compliance", "comments"]

    private func isHeaderContinuation(_ cells: [String]) -> Bool {
        let nonEmpty = cells.filter { !$0.isEmpty }
        guard !nonEmpty.isEmpty, ProvisionNumber.read(cells[0]) == nil else { return false }
        for c in nonEmpty {
            if c.count > 40 { return false }
            let words = Text.fold(c).split(whereSeparator: { !$0.isLetterFast }).map(String.init)
            if !(words.allSatisfy { Self.headerWords.contains($0) } || c.hasSuffix(")")) { return false }
        }
        return true
    }

    static let echoLabels = ["code requirement ", "code provision ", "code section ", "comply - yes", "comply: yes / no "]

    private func isHeaderEcho(_ cells: [String]) -> Bool {
        cells.contains { cell in
            let f = Text.fold(cell)
            return f.utf8.count > 40 && f.count > 40 && Self.echoLabels.contains { f.hasPrefix($0) }
        }
    }
}
