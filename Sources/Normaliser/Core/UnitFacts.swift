import Assessment

/// What the reading core knows about each unit, computed once and shared by layout reading, anchor
/// finding, version detection and field reading: its kind (caption, header, boilerplate, content),
/// the provision number it opens with, its column roles, and whether it holds an answer.
struct UnitFacts {
    var kind: LineKind
    /// A provision number opening a line unit (`1.2 …`, `Code provision 1.2`), as a byte-level reading.
    var start: LineStart?
    /// For row units: the index of the cell holding the row's number, and the number as read.
    var numberCell: Int?
    var cellNumber: ProvisionNumber.Reading?
    /// For row units: the role of each cell, from the header in force.
    var roles: [ColumnRole] = []
    /// True if the unit holds an answer in an answer place (an answer cell, a labelled answer, an answer word
    /// after the requirement or on its own line).
    var answered = false
    /// True if a header row of the file (or recognised from labels) is in force for this row and has a Yes/No pair of columns.
    var yesNoColumns = false
    /// For row units: how many columns the header in force has (a row with fewer cells lost some in extraction).
    var headerWidth = 0
    /// The section of the last section caption before the unit, if any.
    var captionSection: Int?
    /// A row whose cells run header labels into cell text ('Code requirement Landlords must…'): an extraction echo.
    var headerEcho = false
    /// A line unit that is an answer field's label ('Do we comply?', 'Compliance:'), with or without its answer.
    var answerLabel = false

    /// The facts of every unit: kinds first, then the headers in force, then numbers and answers.
    static func of(_ units: [Unit], classifier: LineClassifier) -> [UnitFacts] {
        var facts = units.map { unit -> UnitFacts in
            let kind: LineKind = unit.shape == .row ? rowKind(unit, classifier) : lineKind(unit, classifier)
            return UnitFacts(kind: kind)
        }
        markHeaderBlocks(units, &facts)
        mergeSplitHeaders(units, classifier, &facts)
        var caption: Int?
        for i in facts.indices {
            if case .sectionCaption(let n, _) = facts[i].kind { caption = n }
            facts[i].captionSection = caption
        }
        var header: TableHeader?
        var headerTable: Int?
        for (i, unit) in units.enumerated() {
            if case .header(let h) = facts[i].kind {
                if unit.shape == .row { header = h; headerTable = unit.table }
                continue
            }
            guard facts[i].kind == .content else { continue }
            if unit.shape == .row, previousIsHeader(i, facts), isHeaderContinuation(unit.cells) {
                facts[i].kind = .header(header ?? TableHeader(roles: [], line: 0))
                continue
            }
            if unit.shape == .row, unit.cells.contains(where: TableFields.isHeaderEcho) { facts[i].headerEcho = true }
            if unit.shape == .row {
                let h = header ?? TableHeader.assumed(cells: unit.cells.count, line: 0)
                let aligned = alignedRoles(of: unit, header: h, sameTable: headerTable == unit.table)
                facts[i].roles = unit.columns.map { $0 < aligned.count ? aligned[$0] : .unknown }
                facts[i].yesNoColumns = h.hasYesNoColumns
                facts[i].headerWidth = header == nil ? 0 : aligned.count
                readRowNumber(unit, &facts[i])
                facts[i].answered = rowAnswered(unit, facts[i])
            } else {
                let bytes = Array(unit.cells[0].utf8)
                facts[i].start = LineStart.read(bytes)
                facts[i].answered = lineAnswered(unit.cells[0], start: facts[i].start)
                let t = unit.cells[0].trimmingWhitespace()
                let label = FieldLabel.alone(t) ?? FieldLabel.inline(t)?.0
                facts[i].answerLabel = label == .comply || label == .complyYes || label == .complyNo
            }
        }
        return facts
    }

    private static func rowKind(_ unit: Unit, _ classifier: LineClassifier) -> LineKind {
        let kind = classifier.classify(unit.cells, raw: unit.text)
        if kind == .content, unit.declaredHeader, !unit.cells.contains(where: { ProvisionNumber.read($0) != nil }) {
            return .header(TableHeader(roles: unit.cells.map { ColumnRole(label: $0) ?? .unknown }, line: 0))
        }
        return kind
    }

    /// Line units: captions, group headings and boilerplate as in tables; a line of column labels run
    /// together is a header; a single field label stays content (the field reader uses it).
    private static func lineKind(_ unit: Unit, _ classifier: LineClassifier) -> LineKind {
        let raw = unit.cells[0]
        let text = raw.trimmingWhitespace()
        if text.isEmpty { return .blank }
        let kind = classifier.classify([text], raw: raw)
        switch kind {
        case .sectionCaption(_, let title):
            let t = Text.strippingMarkup(title).trimmingWhitespace()
            if t.isEmpty || (Text.startsWithCapital(t) && !t.hasSuffix(".") && Text.wordCount(t) <= 10) || unit.headingLevel != nil { return kind }
            return .content
        case .content:
            return LineClassifier.isRunTogetherHeader(text) ? .header(TableHeader(roles: [], line: 0)) : .content
        default:
            return kind
        }
    }

    /// Three or more field labels alone on consecutive lines with no value between them are a table header
    /// laid out one cell per line ('Code provision' / 'Code requirement' / 'Comply' / 'Evidence').
    private static func markHeaderBlocks(_ units: [Unit], _ facts: inout [UnitFacts]) {
        var run: [Int] = []
        func flush() {
            if run.count >= 3 { for i in run { facts[i].kind = .header(TableHeader(roles: [], line: 0)) } }
            run = []
        }
        for (i, unit) in units.enumerated() where facts[i].kind != .blank {
            if unit.shape == .line, facts[i].kind == .content, case let t = Text.strippingMarkup(unit.text.trimmingWhitespace()), t.hasAtMost(100),
               FieldLabel.alone(t) != nil || FieldLabel.numberLabelOnly.matches(t) {
                run.append(i)
            } else {
                flush()
            }
        }
        flush()
    }

    private static func previousIsHeader(_ i: Int, _ facts: [UnitFacts]) -> Bool {
        guard i > 0, case .header = facts[i - 1].kind else { return false }
        return true
    }

    /// The second line of a header row wrapped in its cells ('Section | | any explanations)'): short cells of header words.
    private static func isHeaderContinuation(_ cells: [String]) -> Bool {
        let nonEmpty = cells.filter { !$0.isEmpty }
        guard !nonEmpty.isEmpty, ProvisionNumber.read(cells[0]) == nil else { return false }
        for c in nonEmpty {
            if !c.hasAtMost(40) { return false }
            let words = Text.fold(c).split(whereSeparator: { !$0.isLetterFast }).map(String.init)
            if !(words.allSatisfy { ColumnRole.headerWords.contains($0) } || c.hasSuffix(")")) { return false }
        }
        return true
    }

    /// A header split over two lines whose first line alone is no header ('Code | Do we' over 'provision |
    /// comply?'): both lines become the header the joined labels make.
    private static func mergeSplitHeaders(_ units: [Unit], _ classifier: LineClassifier, _ facts: inout [UnitFacts]) {
        var i = 0
        while i + 1 < units.count {
            let a = units[i], b = units[i + 1]
            let bFits: Bool
            switch facts[i + 1].kind {
            case .content, .header: bFits = true
            default: bFits = false
            }
            guard a.shape == .row, b.shape == .row, facts[i].kind == .content, bFits, a.cells.count == b.cells.count,
                  (a.cells + b.cells).allSatisfy({ $0.hasAtMost(40) }), ProvisionNumber.read(a.cells[0]) == nil, ProvisionNumber.read(b.cells[0]) == nil
            else { i += 1; continue }
            let merged = zip(a.cells, b.cells).map { [$0, $1].filter { !$0.isEmpty }.joined(separator: " ") }
            if let h = classifier.header(merged) {
                facts[i].kind = .header(h)
                facts[i + 1].kind = .header(h)
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// Roles of a row's cells by grid column. A header from another table applies when the widths agree,
    /// or when no header of the row's own table has been seen; otherwise columns are assumed from the cell count.
    /// A row aligned one column off its header is put back: a number in front of a header that has no number
    /// column; a row one cell short whose number cell was lost (its answer then lands in the answer column);
    /// text wrapped into the number column (the row's other cells then cannot be placed).
    static func alignedRoles(of unit: Unit, header: TableHeader, sameTable: Bool) -> [ColumnRole] {
        var roles = header.roles
        if !sameTable, roles.count != unit.cells.count, unit.columns.last.map({ $0 + 1 }) != roles.count, roles.count < unit.cells.count {
            roles = TableHeader.assumed(cells: unit.cells.count, line: 0).roles
        }
        let spans = unit.columns.last.map { $0 + 1 } != unit.cells.count
        guard !spans, let first = unit.cells.first, !roles.isEmpty else { return roles }
        if roles[0] != .number {
            // A number under a column whose label was not recognised: that is the number column. A number in front of
            // a header without a number column: the header's columns start after it.
            if ProvisionNumber.read(first) != nil {
                if roles[0] == .unknown { roles[0] = .number } else { roles.insert(.number, at: 0) }
            }
            return roles
        }
        guard !first.isEmpty, ProvisionNumber.read(first) == nil, LineStart.read(Array(first.utf8)) == nil else { return roles }
        if unit.cells.count == roles.count - 1, let answer = roles.firstIndex(where: { $0 == .comply || $0 == .complyYes }),
           answer - 1 < unit.cells.count, AnswerReader.answer(unit.cells[answer - 1]) != nil {
            roles.removeFirst()
            return roles
        }
        return [.requirement] + Array(repeating: .unknown, count: max(0, unit.cells.count - 1))
    }

    /// The row's number: the number cell's text if it reads as a provision number, else the first cell's.
    private static func readRowNumber(_ unit: Unit, _ f: inout UnitFacts) {
        let candidates = f.roles.indices.filter { f.roles[$0] == .number } + [0]
        for k in candidates where k < unit.cells.count {
            let cell = unit.cells[k]
            if let r = ProvisionNumber.read(cell) { f.numberCell = k; f.cellNumber = r; return }
            if let s = LineStart.read(Array(cell.utf8)), s.rest != .none {
                f.numberCell = k
                f.cellNumber = ProvisionNumber.Reading(id: s.id, repaired: s.repaired, raw: String(cell.prefix(8)))
                return
            }
            if !cell.isEmpty { return }
        }
    }

    private static func rowAnswered(_ unit: Unit, _ f: UnitFacts) -> Bool {
        for (k, role) in f.roles.enumerated() where k < unit.cells.count && !unit.cells[k].isEmpty {
            switch role {
            case .complyYes, .complyNo: return true
            case .comply: if AnswerReader.answer(unit.cells[k]) != nil || MultiAnswer.read(unit.cells[k]) != nil { return true }
            default: continue
            }
        }
        return false
    }

    private static func lineAnswered(_ text: String, start: LineStart?) -> Bool {
        if let (role, value) = FieldLabel.inline(text), role == .comply || role == .complyYes || role == .complyNo {
            return AnswerReader.answer(value) != nil || role != .comply
        }
        return AnswerSplit.find(text) != nil
    }
}
