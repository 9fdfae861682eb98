import Assessment

/// How strongly each candidate claims its provision, for one Code version: by where the number stands
/// (a number cell or a line of its own is strong; a number inside a line is weak), whether an answer
/// follows before the next candidate, and how well the text after it matches the provision's summary.
/// Candidates the version's catalogue lacks, and weak ones with no answer after them, get no weight.
struct AnchorWeights {
    let catalogue: Catalogue
    let version: CodeVersion
    let words: CatalogueWords
    let units: [Unit]
    let facts: [UnitFacts]
    /// The requirement words read so far, shared by both versions' readings of one document.
    let cache: TextWordsCache

    static func base(_ kind: Anchor.Kind) -> Double {
        switch kind {
        case .cell: return 10
        case .lone, .labelled: return 9
        case .cellLeading: return 8
        case .leading: return 7
        case .inline: return 3
        case .leadingLower: return 2
        case .text, .repaired: return 2
        }
    }

    /// The candidates valid in this version, weighted, in document order.
    func weighted(_ anchors: [Anchor]) -> [Anchor] {
        var out: [Anchor] = []
        for (k, a) in anchors.enumerated() where catalogue.provision(version, a.id) != nil {
            if !a.complete, a.kind == .leadingLower || a.kind == .inline && !a.afterSentence { continue }
            if !a.complete, quoted(a, previous: k > 0 ? anchors[k - 1] : nil) { continue }
            var w = a
            let next = k + 1 < anchors.count ? anchors[k + 1] : nil
            w.similarity = words.similarity(textWords(after: a, next: next), version, a.id)
            // A row with no answer run on after a sentence, or one whose text continues a sentence (its number printed
            // mid-sentence): only where its text states the provision's requirement.
            if !a.complete, a.kind == .inline, w.similarity < 0.3 { continue }
            if a.kind == .inline, lowercaseRest(a), w.similarity < 0.4 { continue }
            w.weight = Self.base(a.kind) + (a.complete ? 3 : 0) + 4 * w.similarity
            // The same number printed again on the next line of its row: the row started at the first.
            // (Or again on the same line.)
            if k > 0, anchors[k - 1].id == a.id, (0...3).contains(a.unit - anchors[k - 1].unit),
               !(anchors[k - 1].unit + 1..<max(a.unit, anchors[k - 1].unit + 1)).contains(where: { AnchorFinder.endsRow(facts[$0].kind) }) {
                w.weight = 0.5
            }
            out.append(w)
        }
        return out
    }

    private func lowercaseRest(_ a: Anchor) -> Bool {
        LineStart.read(Array(units[a.unit].cells[0].utf8), from: a.offset)?.rest == .lowercase
    }

    /// A number with no answer after it that reads as quoted text: under a caption of another section, after a
    /// candidate of another section too ('4.1 We will respond…' in section 3's evidence), or after a line
    /// introducing a quotation ('as our policy puts it:').
    private func quoted(_ a: Anchor, previous: Anchor?) -> Bool {
        if let caption = facts[a.unit].captionSection, caption != a.id.section, previous.map({ $0.id.section != a.id.section }) ?? true {
            return true
        }
        var p = a.unit - 1
        while p >= 0, facts[p].kind == .blank { p -= 1 }
        guard p >= 0, facts[p].kind == .content, a.offset == 0, units[p].shape == .line, units[a.unit].shape == .line else { return false }
        let text = units[p].text.trimmingWhitespace()
        return text.hasSuffix(":") && FieldLabel.alone(text) == nil
    }

    /// Content words of the requirement text after an anchor: up to the next candidate or the first answered
    /// unit (included), at most 80 words.
    func textWords(after a: Anchor, next: Anchor?) -> Set<String> {
        let key = TextWordsCache.Key(unit: a.unit, offset: a.offset, id: a.id, nextUnit: next?.unit ?? -1, nextOffset: next?.offset ?? -1)
        if let known = cache.words[key] { return known }
        let words = readTextWords(after: a, next: next)
        cache.words[key] = words
        return words
    }

    private func readTextWords(after a: Anchor, next: Anchor?) -> Set<String> {
        var text = ""
        var i = a.unit
        var n = 0
        while i < units.count, n < 6 {
            if let nx = next, i > nx.unit || (i == nx.unit && nx.offset == 0 && i != a.unit) { break }
            if i != a.unit, AnchorFinder.endsRow(facts[i].kind, inRowOf: a.id, answered: false) { break }
            if facts[i].kind == .content { text += " " + requirementText(i, from: i == a.unit ? a : nil, next: next) }
            if facts[i].answered { break }
            i += 1
            n += 1
        }
        // Under 80 separators there are at most 80 words: the text's content words are those of its words joined
        // (unless a mark follows a line break or tab, where joining with a space would make it part of the space).
        var separators = 0, markAfterBreak = false, previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0x20 || b == 0x0A || b == 0x09 { separators += 1 }
            if b >= 0x80, previous == 0x0A || previous == 0x09 { markAfterBreak = true }
            previous = b
        }
        if separators < 80, !markAfterBreak { return Text.contentWords(text) }
        // The first 80 words, in text order (a Set's order is not deterministic).
        let first = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).prefix(80).joined(separator: " ")
        return Text.contentWords(first)
    }

    /// A row's requirement cells, or a line's text after the anchor's number (to the next candidate on the line).
    func requirementText(_ i: Int, from anchor: Anchor?, next: Anchor?) -> String {
        let unit = units[i]
        if unit.shape == .row {
            let roles = facts[i].roles
            let cells = unit.cells.indices.filter { k in k < roles.count && roles[k] == .requirement && k != facts[i].numberCell }
            return cells.map { unit.cells[$0] }.joined(separator: " ")
        }
        let bytes = Array(unit.cells[0].utf8)
        var from = 0
        if let a = anchor {
            from = a.offset
            if let s = LineStart.read(bytes, from: a.offset) { from = s.restOffset }
        }
        let to = next.map { $0.unit == i && $0.offset > from ? $0.offset : bytes.count } ?? bytes.count
        return Text.slice(bytes, from: from, to: to)
    }
}

/// The content words after each anchor, read once per document: they depend on the units and the anchor (its
/// place, the provision it claims, the next candidate), not on the Code version being tried, so both versions'
/// readings share them. Used by one document's reading on one thread.
final class TextWordsCache {
    struct Key: Hashable {
        var unit: Int, offset: Int, id: ProvisionID, nextUnit: Int, nextOffset: Int
    }
    var words: [Key: Set<String>] = [:]
}
