import Assessment

/// The one reading core every format goes through: document model -> units -> facts -> anchors ->
/// alignment to the Code's order (per version, the better fit chosen) -> segments -> fields -> responses,
/// with every unit accounted for.
struct ReadingCore {
    let catalogue: Catalogue
    let words: CatalogueWords
    let classifier: LineClassifier

    struct Result {
        var version: CodeVersion
        var versionReason: String
        var responses: [Response]
        var unparsed: [UnparsedLine]
        var account: LineAccount
        var title: String?
        /// The layout style most rows were read in (`tab-table`, `key-value`, …), or `mixed`.
        var style: String
        var tableFound: Bool
        /// Non-blank text before the first row (and title hints), for landlord and period detection.
        var opening: [String]
        /// Lines accounted for in each part (file).
        var linesByPart: [Int: Int]
    }

    /// What the text reader knows beyond the document model: blank lines per part, which blocks are pipe
    /// tables, and each text part's lines as written (for the unparsed list).
    struct TextFacts {
        var blankLines: [Int: Int] = [:]
        var pipeTables = Set<Int>()
        var rawLines: [Int: [String]] = [:]
    }

    func read(_ document: Document, version forced: CodeVersion?, text: TextFacts) -> Result {
        let units = Unit.units(of: document)
        let facts = UnitFacts.of(units, classifier: classifier)
        let numbered = AnchorFinder(units: units, facts: facts).numbered()
        var resets = Set<Int>(), partStarts = Set<Int>()
        for (i, f) in facts.enumerated() {
            if AnchorFinder.endsRow(f.kind) { resets.insert(i) }
            if i > 0, units[i].part != units[i - 1].part { partStarts.insert(i) }
        }
        let versions = forced.map { [$0] } ?? CodeVersion.allCases
        let cache = TextWordsCache()
        let readings = versions.map { v in
            RowFinder(catalogue: catalogue, version: v, units: units, facts: facts, words: words, resets: resets, partStarts: partStarts,
                      cache: cache)
                .find(numbered)
        }
        let decision: VersionVote.Decision = forced.map { .init(version: $0, reason: "\($0.rawValue): set by the manifest") }
            ?? VersionVote(catalogue: catalogue).decide(readings, units: units, facts: facts)
        let reading = readings.first { $0.version == decision.version } ?? readings[0]
        var result = assemble(reading, units: units, facts: facts, document: document, text: text)
        result.version = decision.version
        result.versionReason = decision.reason
        // Numbered lines with no answer, no answer column and no answer label anywhere are a report's headings.
        result.tableFound = reading.anchors.contains { $0.complete } || facts.contains { f in
            if case .header(let h) = f.kind { return h.roles.contains { $0 == .comply || $0 == .complyYes || $0 == .complyNo } }
            return f.answerLabel
        }
        if !result.tableFound { result.responses = [] }
        return result
    }

    private func assemble(_ reading: RowFinder.Reading, units: [Unit], facts: [UnitFacts], document: Document, text: TextFacts) -> Result {
        var cut = Segmenter(units: units, facts: facts).cut(reading.anchors)
        let paths = document.parts.map(\.path)
        let builder = ResponseBuilder(catalogue: catalogue, version: reading.version, units: units, paths: paths)
        var responses: [Response] = []
        var fragments: [RowFields.Fragment] = []
        var styles: [RowFields.Style: Int] = [:]
        for (k, segment) in cut.segments.enumerated() {
            var fields = self.fields(segment, units: units, facts: facts)
            if fields.style == .table {
                let block = units[segment.anchor.unit].block
                fields.style = text.pipeTables.contains(block) ? .pipeTable : (text.rawLines[units[segment.anchor.unit].part] != nil ? .tabTable : .table)
            }
            if !segment.anchor.complete, fields.outcome.status == .blank, Text.contentWords(fields.requirement).count < 3,
               fields.evidence.isEmpty, fields.commentary.isEmpty {
                let what = k == cut.segments.count - 1 ? "row cut off before its answer" : "row without an answer"
                for u in segment.units { cut.roles[u] = .unparsed(.unidentifiedRow, "\(what); too little requirement text to identify it") }
                continue
            }
            let neighbours = (k > 0 ? cut.segments[k - 1].anchor.id : nil, k + 1 < cut.segments.count ? cut.segments[k + 1].anchor.id : nil)
            responses.append(builder.response(segment, fields, neighbours: neighbours))
            for f in fields.fragments {
                if f.whole { cut.roles[f.unit] = .unparsed(f.reason, f.detail) } else { fragments.append(f) }
            }
            styles[fields.style, default: 0] += 1
        }
        let front = FrontMatterRoles.assign(units: units, facts: facts, roles: &cut.roles)
        let account = LineAccounting(units: units, paths: paths, rawLines: text.rawLines)
            .account(roles: cut.roles, fragments: fragments, dropped: document.dropped, blankLines: text.blankLines)
        let style = dominantStyle(styles, units: units, segments: cut.segments)
        return Result(version: reading.version, versionReason: "", responses: responses, unparsed: account.unparsed,
                      account: account.counts, title: front.title, style: style, tableFound: !responses.isEmpty,
                      opening: document.titleHints + front.opening, linesByPart: account.linesByPart)
    }

    private func fields(_ segment: Segment, units: [Unit], facts: [UnitFacts]) -> RowFields {
        if units[segment.anchor.unit].shape == .row {
            var f = TableFields(units: units, facts: facts).read(segment)
            f.style = .table
            return f
        }
        var lines: [FlowFields.Line] = []
        for (k, piece) in segment.pieces.enumerated() {
            let unit = units[piece.unit]
            var text = unit.shape == .row ? unit.cells.filter { !$0.isEmpty }.joined(separator: " ") : unit.cells[0]
            if !piece.whole || piece.unit == segment.anchor.unit {
                let bytes = Array(text.utf8)
                var from = min(piece.from, bytes.count)
                if piece.unit == segment.anchor.unit, let s = LineStart.read(bytes, from: from), s.id == segment.anchor.id { from = s.restOffset }
                text = Text.slice(bytes, from: from, to: piece.to)
            }
            lines.append(FlowFields.Line(text: text, paragraph: unit.firstInBlock && k > 0))
        }
        return FlowFields.read(lines)
    }

    /// The style most rows were read in; `mixed` when a second style holds at least a fifth of the rows.
    private func dominantStyle(_ styles: [RowFields.Style: Int], units: [Unit], segments: [Segment]) -> String {
        let sorted = styles.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue) }
        guard let top = sorted.first else { return "tab-table" }
        if sorted.count > 1, sorted[1].value * 5 >= sorted.reduce(0, { $0 + $1.value }) { return "mixed" }
        return top.key.rawValue
    }
}
