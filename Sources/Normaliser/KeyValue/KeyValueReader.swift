import Assessment

/// Reads self-assessments laid out as one block of labelled fields per provision (`text/key-value`):
///
/// ```
/// Code provision 2.1               Code section 1.2
/// Requirement                      Requirement: A complaint must be defined as …
/// Landlords must accept …          Compliance: Partial
/// Do we comply?                    Evidence, commentary and any explanations: Policy section 2.
/// Yes
/// Evidence.
/// Complaints policy section 4.
/// ```
///
/// An entry starts at a line in the document's own entry style (the label most entries use before
/// their number, e.g. 'Code provision 2.1'; or a number alone on its line), accepted in catalogue
/// order by `RowStartFilter`, so a quoted clause ('2.1 A complaint is defined as…') inside a value
/// never starts one. Labels (`FieldLabel`) may carry stray punctuation; where one is missing, text
/// after the entry start is the requirement, a standalone answer after the requirement is the
/// answer, and text after the answer is evidence. A second 'Requirement' label in one entry starts
/// an entry whose number was lost.
struct KeyValueReader {
    let catalogue: Catalogue
    let version: CodeVersion
    let classifier: LineClassifier

    /// A line that may start an entry.
    struct Start {
        let line: Int
        /// The number, nil for a label whose number was lost ('Code provision' with nothing after it).
        let reading: ProvisionNumber.Reading?
        /// Text after the number on the same line (the requirement, in some layouts).
        let rest: String
        /// The entry style: the folded label before the number, `bare` for a number alone, or
    /// `bare with text` for a number leading the requirement ('2.1 Landlords must accept…').
        let style: String
        /// A line holding only the number, after a label line ('Code provision' / '2.1').
        let numberLine: Int?
    }

    static let startPattern = Pattern(#"^\s*((?:code\s+)?(?:provision|section|ref(?:erence)?|clause))\s*(?:no\.?|number|ref\.?)?\s*[:#.\-–—]?\s*(\d{1,2}\s*[.,]\s*\d{1,2})(?![\d%]|\.\d)\s*[:.\-–—)]?\s*(.*)$"#)
    static let labelOnlyPattern = Pattern(#"^\s*((?:code\s+)?(?:provision|section|ref(?:erence)?|clause))\s*(?:no\.?|number|ref\.?)?\s*[:#.\-–—]?\s*$"#)

    /// Lines that may start entries, in the document's dominant entry style.
    static func starts(_ lines: [SourceLine]) -> [Start] {
        var all: [Start] = []
        var i = 0
        while i < lines.count {
            let text = Text.strippingMarkup(lines[i].text.trimmingWhitespace())
            defer { i += 1 }
            guard !text.isEmpty, text.count <= 300 else { continue }
            if let g = startPattern.groups(text), let r = ProvisionNumber.read(g[2]) {
                let rest = g[3].trimmingWhitespace()
                if Text.startsWithLowercase(rest) || rest.first?.isNumber == true { continue }
                all.append(Start(line: i, reading: r, rest: rest, style: Text.fold(g[1]), numberLine: nil))
            } else if let g = labelOnlyPattern.groups(text) {
                var j = i + 1
                while j < lines.count, lines[j].isBlank { j += 1 }
                if j < lines.count, let r = ProvisionNumber.read(lines[j].text) {
                    all.append(Start(line: i, reading: r, rest: "", style: Text.fold(g[1]), numberLine: j))
                    i = j
                } else {
                    all.append(Start(line: i, reading: nil, rest: "", style: Text.fold(g[1]), numberLine: nil))
                }
            } else if let r = ProvisionNumber.read(text) {
                all.append(Start(line: i, reading: r, rest: "", style: "bare", numberLine: nil))
            } else if let (r, rest) = ProvisionNumber.leading(text), Text.startsWithCapital(rest) {
                all.append(Start(line: i, reading: r, rest: rest, style: "bare with text", numberLine: nil))
            }
        }
        var counts: [String: Int] = [:]
        for s in all where s.reading != nil { counts[s.style, default: 0] += 1 }
        guard let style = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return [] }
        return all.filter { $0.style == style }
    }

    private struct Entry {
        var draft: RowDraft
        /// The field unlabelled text goes to.
        var role: ColumnRole = .requirement
        /// True if the entry has an answer label ('Do we comply?'), even with no answer after it.
        var answerLabel = false
        var answered: Bool { ![ColumnRole.comply, .complyYes, .complyNo].allSatisfy { draft.fields[$0] == nil } }
    }

    func read(_ lines: [SourceLine]) -> ReaderOutput {
        var out = ReaderOutput()
        out.roles = Array(repeating: .blank, count: lines.count)
        out.format = "key-value"
        let kinds = lines.map { classifier.classifyText($0.text) }
        let starts = Self.starts(lines)
        let accepted = acceptedStarts(starts, lines: lines, kinds: kinds)
        let startAt = Dictionary(starts.filter { $0.reading == nil || accepted.contains($0.line) }.map { ($0.line, $0) },
                                 uniquingKeysWith: { a, _ in a })
        guard let first = startAt.keys.min() else {
            FrontMatter.assign(lines, kinds: kinds, before: lines.count, into: &out)
            return out
        }
        out.tableFound = true
        let start = FrontMatter.backUp(from: first, kinds: kinds)
        FrontMatter.assign(lines, kinds: kinds, before: start, into: &out)
        let headerBlocks = FieldLabel.headerBlocks(lines)
        let numberLines = Dictionary(startAt.values.compactMap { s in s.numberLine.map { ($0, s.line) } }, uniquingKeysWith: { a, _ in a })

        var section: Int?
        var stage: Int?
        var group: Obligation?
        var current: Entry?
        var entries: [Entry] = []
        func close() {
            if let c = current { entries.append(c) }
            current = nil
        }
        func newEntry(_ origin: String?) -> Entry {
            var d = RowDraft()
            d.section = section
            d.stage = stage
            d.group = group
            d.origin = origin
            return Entry(draft: d)
        }

        func label(_ role: ColumnRole, value: String?, line i: Int) {
            if role == .requirement, let c = current, c.draft.fields[.requirement] != nil, c.answered || c.draft.fields[.evidence] != nil {
                close()  // a second requirement: an entry whose number was lost
            }
            var e = current ?? newEntry("entry without a number")
            e.role = role
            if role == .complyYes || role == .complyNo { e.draft.yesNoColumns = true }
            if [.comply, .complyYes, .complyNo].contains(role) { e.answerLabel = true }
            if let value { e.draft.add(role, value) }
            e.draft.lines.append(i)
            out.roles[i] = .row
            current = e
        }

        for i in start..<lines.count {
            let text = lines[i].text.trimmingWhitespace()
            if lines[i].isBlank { out.roles[i] = .blank; continue }
            if let owner = numberLines[i] {
                out.roles[i] = out.roles[owner]
                current?.draft.lines.append(i)
                continue
            }
            if headerBlocks.contains(i), startAt[i]?.reading == nil {
                out.roles[i] = .heading  // a header laid out one label per line, repeated
                continue
            }
            if let s = startAt[i] {
                close()
                var e = newEntry(s.reading == nil ? "entry label without its number" : nil)
                if let r = s.reading {
                    if catalogue.provision(version, r.id) != nil {
                        e.draft.printed = r
                    } else {
                        e.draft.strayNumber = r.raw
                        e.draft.origin = "printed '\(r.raw)' is not a provision of the \(version.rawValue) Code"
                    }
                }
                e.draft.add(.requirement, s.rest)
                e.draft.lines.append(i)
                out.roles[i] = .row
                current = e
                continue
            }
            // Before the first entry, labels are the table's header.
            if i > first, let role = FieldLabel.alone(text) {
                label(role, value: nil, line: i)
                continue
            }
            if i > first, let (role, value) = FieldLabel.inline(text) {
                label(role, value: value, line: i)
                continue
            }
            switch kinds[i] {
            case .blank:
                out.roles[i] = .blank
                continue
            case .boilerplate:
                out.roles[i] = .boilerplate
                continue
            case .header:
                out.roles[i] = .heading
                continue
            case .sectionCaption(let n, _):
                out.roles[i] = .heading
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
            var e = current ?? newEntry("entry without a number")
            var role = e.role
            if role == .requirement, e.draft.fields[.requirement] != nil || Text.wordCount(text) <= 2, AnswerSplit.isStandalone(text) {
                role = .comply  // the answer label is missing
            } else if [.comply, .complyYes, .complyNo].contains(role), e.draft.fields[role] != nil {
                role = .evidence  // text after the answer, its label missing
            }
            e.role = role
            e.draft.add(role, text)
            e.draft.lines.append(i)
            out.roles[i] = .row
            current = e
        }
        close()
        // Entries with no answer and no answer label anywhere are a report's headings, not a self-assessment.
        guard entries.contains(where: { $0.answered || $0.answerLabel }) else {
            var none = ReaderOutput()
            none.roles = Array(repeating: .blank, count: lines.count)
            FrontMatter.assign(lines, kinds: kinds, before: lines.count, into: &none)
            return none
        }

        for (k, e) in entries.enumerated() {
            if !e.answered, Text.contentWords(e.draft.raw(.requirement)).count < 3 {
                let what = k == entries.count - 1 ? "entry cut off before its answer" : "entry without an answer"
                for i in e.draft.lines { out.roles[i] = .unparsed(.unidentifiedRow, "\(what); too little requirement text to identify it") }
                continue
            }
            out.rows.append(e.draft)
        }
        return out
    }

    /// Decides the entry starts: numbered ones in catalogue order (`RowStartFilter`), each complete if
    /// an answer label or a standalone answer follows before the next start; starts without a number always.
    private func acceptedStarts(_ starts: [Start], lines: [SourceLine], kinds: [LineKind]) -> Set<Int> {
        var candidates: [RowStartFilter.Candidate] = []
        for (k, s) in starts.enumerated() {
            guard let r = s.reading else { continue }
            let end = k + 1 < starts.count ? starts[k + 1].line : lines.count
            var complete = false
            for i in (s.line + 1)..<max(s.line + 1, end) {
                let t = lines[i].text
                if let role = FieldLabel.alone(t) ?? FieldLabel.inline(t)?.0, [.comply, .complyYes, .complyNo].contains(role) { complete = true; break }
                if AnswerSplit.isStandalone(t) { complete = true; break }
            }
            candidates.append(RowStartFilter.Candidate(line: s.line, reading: r, complete: complete))
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
}
