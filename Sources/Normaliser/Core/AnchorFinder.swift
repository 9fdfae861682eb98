import Assessment

/// Finds every candidate start of a provision's row: printed numbers in any form (number cells, numbers
/// opening lines with or without a label, numbers inside a line after the row before), and rows whose
/// number was lost, by their requirement text. Which candidates start rows is decided later, by
/// `Alignment`, from the Code's order: here nothing is refused for its wording.
struct AnchorFinder {
    let units: [Unit]
    let facts: [UnitFacts]

    /// Numbered candidates, version-independent, in document order, with `complete` set.
    func numbered() -> [Anchor] {
        var out: [Anchor] = []
        for (i, unit) in units.enumerated() where facts[i].kind == .content {
            if unit.shape == .row {
                if let r = facts[i].cellNumber {
                    let alone = facts[i].numberCell.map { ProvisionNumber.read(unit.cells[$0]) != nil } ?? false
                    out.append(Anchor(unit: i, offset: 0, id: r.id, kind: alone ? .cell : .cellLeading, reading: r, complete: false))
                }
                continue
            }
            let bytes = Array(unit.cells[0].utf8)
            if let s = facts[i].start, let kind = Self.kind(of: s) {
                let raw = String(decoding: bytes[s.numberOffset..<min(bytes.count, s.numberOffset + 5)], as: UTF8.self)
                out.append(Anchor(unit: i, offset: 0, id: s.id, kind: kind,
                                  reading: ProvisionNumber.Reading(id: s.id, repaired: s.repaired, raw: raw), complete: false))
            }
            for (offset, s, afterSentence) in Self.inline(bytes, after: facts[i].start?.restOffset ?? 0) {
                let raw = String(decoding: bytes[s.numberOffset..<min(bytes.count, s.numberOffset + 5)], as: UTF8.self)
                var a = Anchor(unit: i, offset: offset, id: s.id, kind: .inline,
                               reading: ProvisionNumber.Reading(id: s.id, repaired: s.repaired, raw: raw), complete: false)
                a.afterSentence = afterSentence
                out.append(a)
            }
        }
        markComplete(&out)
        return out
    }

    static func kind(of s: LineStart) -> Anchor.Kind? {
        switch s.rest {
        case .none: return .lone
        case .capital: return s.labelled ? .labelled : .leading
        case .lowercase: return .leadingLower
        case .other: return s.labelled ? .labelled : nil
        }
    }

    /// Words that make a following number a reference, not a row start ('section 3.2', 'see 2.1', 'para 4.5').
    static let referenceWords: Set<String> = ["section", "sections", "paragraph", "paragraphs", "para", "paras", "clause", "clauses",
                                              "point", "points", "item", "items", "see", "and", "or", "to", "of", "in", "under",
                                              "at", "per", "with", "from", "page", "pages", "part", "parts", "chapter", "appendix",
                                              "annex", "table", "figure", "version", "v", "no", "provision", "provisions", "by", "on"]

    /// Numbers inside a line that may start a row run on from the one before: after a sentence end, a
    /// closing bracket or an answer word, not after a reference word, before capitalised text.
    static func inline(_ bytes: [UInt8], after start: Int) -> [(Int, LineStart, Bool)] {
        var out: [(Int, LineStart, Bool)] = []
        for token in NumberScan.tokens(bytes) where token.start >= max(start, 1) {
            guard let s = LineStart.read(bytes, from: token.start), s.rest == .capital || s.rest == .lowercase else { continue }
            var k = token.start - 1
            var spaces = 0
            while k >= 0, bytes[k] == 0x20 || bytes[k] == 0x09 { k -= 1; spaces += 1 }
            guard k >= 0, spaces >= 1 || bytes[k] == UInt8(ascii: ".") else { continue }
            // After a reference word ('section 3.2') the number is a reference; anywhere else it may open a row run on
            // from the one before (cells run together by an extraction): the alignment and the answer after it decide.
            let word = previousWord(bytes, endingAt: k)
            if referenceWords.contains(word) { continue }
            let p = bytes[k]
            let sentenceEnd = p == UInt8(ascii: ".") || p == UInt8(ascii: "!") || p == UInt8(ascii: "?") || p == UInt8(ascii: ";")
                || (AnswerReader.answer(word) != nil && word.count <= 9)
            out.append((token.start, s, sentenceEnd))
        }
        return out
    }

    /// The word ending at byte `end` (the last non-space byte before the number), or "" if a non-letter stands there.
    private static func previousWord(_ bytes: [UInt8], endingAt end: Int) -> String {
        var k = end
        guard k >= 0, NumberScan.isLetter(bytes[k]) else { return "" }
        let last = k
        while k >= 0, NumberScan.isLetter(bytes[k]) || bytes[k] == UInt8(ascii: "/") { k -= 1 }
        guard last > k else { return "" }
        return String(decoding: bytes[(k + 1)...last], as: UTF8.self).lowercased()
    }

    /// A candidate is complete if an answer stands between it and the next candidate (row units and line
    /// units answered; for several rows on one line, the answer must be in the candidate's own stretch).
    private func markComplete(_ anchors: inout [Anchor]) {
        for k in anchors.indices {
            let a = anchors[k]
            let next = k + 1 < anchors.count ? anchors[k + 1] : nil
            var i = a.unit
            var complete = false
            while i < units.count {
                if let n = next, i > n.unit || (i == n.unit && n.offset == 0 && i != a.unit) { break }
                if i != a.unit, Self.endsRow(facts[i].kind, inRowOf: a.id, answered: false) { break }
                let from = i == a.unit ? a.offset : 0
                let to = next.map { $0.unit == i && $0.offset > from ? $0.offset : Int.max } ?? Int.max
                if answered(i, from: from, to: to) { complete = true; break }
                i += 1
            }
            anchors[k].complete = complete
        }
    }

    /// True if a unit of this kind ends the row before it: captions and must/should headings do, except the
    /// caption of the row's own section repeated at a page break before the row has its answer.
    static func endsRow(_ kind: LineKind, inRowOf id: ProvisionID? = nil, answered: Bool = true) -> Bool {
        switch kind {
        case .sectionCaption(let n, _): return answered || id?.section != n
        case .groupHeading, .stageCaption: return true
        default: return false
        }
    }

    /// True if unit `i` holds an answer within bytes `from..<to` (whole units use the precomputed fact).
    func answered(_ i: Int, from: Int, to: Int) -> Bool {
        guard facts[i].kind == .content else { return false }
        if units[i].shape == .row || (from == 0 && to == Int.max) { return facts[i].answered }
        let bytes = Array(units[i].cells[0].utf8)
        let slice = Text.slice(bytes, from: from, to: to)
        return AnswerSplit.find(slice) != nil
    }
}
