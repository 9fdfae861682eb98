import Assessment

/// Finds the rows of one document for one Code version: aligns the numbered candidates to the Code's
/// order, then looks for rows whose number was lost (or printed again) in the gaps the alignment left,
/// matching their requirement text to the provisions missing between the neighbours, and aligns again.
struct RowFinder {
    let catalogue: Catalogue
    let version: CodeVersion
    let units: [Unit]
    let facts: [UnitFacts]
    let words: CatalogueWords
    let resets: Set<Int>
    let partStarts: Set<Int>
    let cache: TextWordsCache

    struct Reading {
        var version: CodeVersion
        /// The chosen anchors, in document order.
        var anchors: [Anchor]
        var score: Double
    }

    func find(_ numbered: [Anchor]) -> Reading {
        let weights = AnchorWeights(catalogue: catalogue, version: version, words: words, units: units, facts: facts, cache: cache)
        let weighted = weights.weighted(numbered)
        let alignment = Alignment(catalogue: catalogue, version: version)
        let first = alignment.chain(weighted, resets: resets, partStarts: partStarts)
        let firstChosen = first.chosen.map { weighted[$0] }
        let extra = lostNumbers(firstChosen, numbered: numbered, weights: weights)
        guard !extra.isEmpty else { return Reading(version: version, anchors: firstChosen, score: first.score) }
        let all = (weighted + extra).sorted { $0.precedes($1) }
        let second = alignment.chain(all, resets: resets, partStarts: partStarts)
        return Reading(version: version, anchors: second.chosen.map { all[$0] }, score: second.score)
    }

    /// Anchors for rows without a usable number that stand between two chosen anchors leaving provisions
    /// unused between them: the one missing provision, or the one the requirement text matches clearly.
    private func lostNumbers(_ chosen: [Anchor], numbered: [Anchor], weights: AnchorWeights) -> [Anchor] {
        let used = Set(chosen.map(\.id))
        let chosenUnits = Set(chosen.map(\.unit))
        let numberedUnits = Dictionary(numbered.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        // closers[k]: how many units before k close a row (an answered content line, a caption or a header).
        var closers = [0]
        closers.reserveCapacity(units.count + 1)
        for f in facts { closers.append(closers[closers.count - 1] + (f.kind == .content && f.answered || f.kind.isStructure ? 1 : 0)) }
        var out: [Anchor] = []
        var c = 0
        var lastStart = -1
        for i in units.indices where facts[i].kind == .content && !chosenUnits.contains(i) {
            while c < chosen.count, chosen[c].unit < i { c += 1 }
            let previous = c > 0 ? chosen[c - 1] : nil
            let next = c < chosen.count ? chosen[c] : nil
            guard let prev = previous, prev.unit > lastStart || out.isEmpty else { continue }
            guard startsRow(i, after: max(prev.unit, lastStart), before: next?.unit ?? units.count, closers: closers, weights: weights) else { continue }
            // In the sections the neighbours and the caption in force name.
            let sections = Set([prev.id.section, next?.id.section, facts[i].captionSection].compactMap { $0 })
            let missing = between(prev.id, next?.id).filter { !used.contains($0) && sections.contains($0.section) }
            guard let anchor = match(i, missing: missing, printed: numberedUnits[i], weights: weights) else { continue }
            out.append(anchor)
            lastStart = i
        }
        return out
    }

    /// Provisions strictly between two in the version's form order (to the end when `b` is nil). Where the order
    /// restarts between them (the 2022 form's 'should' group after its 'must' group), the rest of `a`'s section and
    /// the start of `b`'s.
    private func between(_ a: ProvisionID, _ b: ProvisionID?) -> [ProvisionID] {
        let all = catalogue.all(version)
        guard let pa = catalogue.position(version, a) else { return [] }
        let pb = b.flatMap { catalogue.position(version, $0) } ?? all.count
        if pb > pa { return all[(pa + 1)..<pb].map(\.id) }
        let tail = all[(pa + 1)...].prefix { $0.sectionNumber == a.section }
        let head = all[0..<pb].reversed().prefix { $0.sectionNumber == b?.section }.reversed()
        return (Array(tail) + Array(head)).map(\.id)
    }

    /// True if unit `i` looks like the start of a row of its own: a table row with requirement text and an
    /// answer of its own, or a requirement-like line after an answered row, followed by an answer.
    private func startsRow(_ i: Int, after start: Int, before end: Int, closers: [Int], weights: AnchorWeights) -> Bool {
        let unit = units[i]
        // The row before is finished: it has its answer, or a caption or header closed it.
        let closed = start + 1 < i && closers[i] - closers[start + 1] > 0
            || (start >= 0 && start < units.count && facts[start].answered && start != i)
        guard closed else { return false }
        if unit.shape == .row {
            let req = weights.requirementText(i, from: nil, next: nil)
            let text = weights.textWords(after: Anchor(unit: i, offset: 0, id: ProvisionID(section: 0, item: 0), kind: .text, complete: true), next: nil)
            // A row's own answer word in its answer cell marks a row even when its text starts mid-sentence.
            guard text.count >= 3, Text.startsWithCapital(req) || ownAnswerWord(i) else { return false }
        } else {
            let text = Text.strippingMarkup(unit.cells[0].trimmingWhitespace())
            guard Text.startsWithCapital(text), looksLikeRequirement(text) || FieldLabel.alone(text) == .requirement else { return false }
        }
        var k = i
        var seen = 0
        while k < min(end, units.count), seen < 6 {
            if k != i, AnchorFinder.endsRow(facts[k].kind) || facts[k].kind.isStructure { break }
            if facts[k].kind == .content { if facts[k].answered { return true }; seen += 1 }
            k += 1
        }
        // A table row left unanswered stands on its own when nothing but the next row or a caption follows it.
        return unit.shape == .row && seen == 1 && (k >= end || facts[k].kind.isStructure)
            && looksLikeRequirement(weights.requirementText(i, from: nil, next: nil))
    }

    /// True if the row's answer cell (or the 2022 form's Yes / No cell) opens with an answer word.
    private func ownAnswerWord(_ i: Int) -> Bool {
        let roles = facts[i].roles
        return units[i].cells.indices.contains { k in
            k < roles.count && [ColumnRole.comply, .complyYes, .complyNo].contains(roles[k]) && AnswerReader.answer(units[i].cells[k]) != nil
        }
    }

    /// Capitalised text of at least six words in the Code's wording of duties (must / should / expected…).
    func looksLikeRequirement(_ s: String) -> Bool {
        let words = Text.fold(s).split(whereSeparator: { !$0.isLetterFast })
        return words.count >= 6 && words.contains { Vocabulary.dutyWords.contains(String($0)) }
    }

    private func match(_ i: Int, missing: [ProvisionID], printed: Anchor?, weights: AnchorWeights) -> Anchor? {
        guard !missing.isEmpty else { return nil }
        let text = weights.textWords(after: Anchor(unit: i, offset: 0, id: missing[0], kind: .text, complete: true), next: nil)
        let scored = missing.map { ($0, words.similarity(text, version, $0)) }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let best = scored.first else { return nil }
        let second = scored.count > 1 ? scored[1].1 : 0
        let clear = scored.count == 1 ? (best.1 >= 0.05 || text.count >= 3) : (best.1 >= 0.15 && best.1 - second >= 0.05)
        guard clear else { return nil }
        let kind: Anchor.Kind = printed != nil ? .repaired : .text
        var a = Anchor(unit: i, offset: 0, id: best.0, kind: kind, reading: printed?.reading, complete: true)
        a.similarity = best.1
        a.onlyCandidate = scored.count == 1
        a.weight = AnchorWeights.base(kind) + 3 + 6 * best.1
        return a
    }
}
