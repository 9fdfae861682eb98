import Assessment

/// Chooses which candidate anchors start rows: the chain of anchors with the greatest total weight
/// that fits the Code's order - sections ascending, provisions ascending within a section, gaps
/// allowed - found by dynamic programming over catalogue positions.
///
/// The order may restart within a section where the document says so: after a section caption, a
/// stage caption or a must/should group heading, and (2022 form) where a section's 'should'
/// provisions follow its 'must' ones; each part of a multi-part document may start anywhere. A number
/// quoted in evidence ('2.1 A complaint is defined as…', '5.4 Employment' in a report) is left out
/// because no chain that keeps it is as heavy as one that does not - not because of its wording.
/// Each provision is used at most once: where a restart lets a number repeat, the heavier anchor wins.
struct Alignment {
    let catalogue: Catalogue
    let version: CodeVersion

    private struct Best {
        var score: Double
        var anchor: Int
    }

    /// Indices (into `anchors`, which must be in document order) of the chosen anchors, and their total weight.
    func chain(_ anchors: [Anchor], resets: Set<Int>, partStarts: Set<Int>) -> (chosen: [Int], score: Double) {
        let provisions = catalogue.all(version)
        guard !provisions.isEmpty, !anchors.isEmpty else { return ([], 0) }
        let sections = provisions.map(\.sectionNumber)
        let mustGroup = provisions.map { $0.obligation == .must }
        let maxSection = sections.max() ?? 0
        let none = Best(score: -.infinity, anchor: -1)
        var best = Array(repeating: none, count: provisions.count)
        var afterReset: [Best] = Array(repeating: none, count: maxSection + 1)  // best chain ending in sections <= s before the last reset
        var afterPart = none
        var score = Array(repeating: -Double.infinity, count: anchors.count)
        var pred = Array(repeating: -1, count: anchors.count)
        var previousUnit = -1
        var g = 0
        while g < anchors.count {
            var h = g
            while h < anchors.count, anchors[h].position == anchors[g].position { h += 1 }
            let unit = anchors[g].unit
            if previousUnit >= 0, previousUnit < unit, (previousUnit + 1...unit).contains(where: { resets.contains($0) || partStarts.contains($0) }) {
                afterReset = prefixBySection(best, sections: sections, maxSection: maxSection)
                if previousUnit < unit, (previousUnit + 1...unit).contains(where: { partStarts.contains($0) }) { afterPart = best.max { $0.score < $1.score } ?? none }
            }
            var updates: [(Int, Best)] = []
            for k in g..<h {
                guard let q = catalogue.position(version, anchors[k].id) else { continue }
                var from = Best(score: 0, anchor: -1)
                func consider(_ b: Best) { if b.score > from.score { from = b } }
                for p in 0..<q { consider(best[p]) }
                consider(afterReset[sections[q]])
                consider(afterPart)
                if version == .v2022, !mustGroup[q] {
                    for p in (q + 1)..<provisions.count where sections[p] == sections[q] && mustGroup[p] { consider(best[p]) }
                }
                score[k] = from.score + anchors[k].weight
                pred[k] = from.anchor
                updates.append((q, Best(score: score[k], anchor: k)))
            }
            for (q, b) in updates where b.score > best[q].score { best[q] = b }
            previousUnit = unit
            g = h
        }
        return backtrack(anchors, score: score, pred: pred)
    }

    private func prefixBySection(_ best: [Best], sections: [Int], maxSection: Int) -> [Best] {
        var bySection = Array(repeating: Best(score: -.infinity, anchor: -1), count: maxSection + 1)
        for (p, b) in best.enumerated() where b.score > bySection[sections[p]].score { bySection[sections[p]] = b }
        for s in stride(from: 1, through: maxSection, by: 1) where bySection[s - 1].score > bySection[s].score { bySection[s] = bySection[s - 1] }
        return bySection
    }

    /// The heaviest chain's anchors in document order, each provision once (the heavier of two anchors kept).
    private func backtrack(_ anchors: [Anchor], score: [Double], pred: [Int]) -> (chosen: [Int], score: Double) {
        guard let end = score.indices.max(by: { score[$0] < score[$1] }), score[end] > 0 else { return ([], 0) }
        var chosen: [Int] = []
        var k = end
        while k >= 0 { chosen.append(k); k = pred[k] }
        chosen.reverse()
        var keep: [ProvisionID: Int] = [:]
        for k in chosen {
            if let other = keep[anchors[k].id], anchors[other].weight >= anchors[k].weight { continue }
            keep[anchors[k].id] = k
        }
        let kept = Set(keep.values)
        let result = chosen.filter { kept.contains($0) }
        return (result, result.reduce(0) { $0 + anchors[$1].weight })
    }
}
