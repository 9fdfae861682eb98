import Foundation
import Assessment

/// The quirks some families add to a layout: answers in other forms, lost numbers, quoted clauses, report
/// prose and page chrome.
extension FamilyGenerator {
    /// Answers written as sentences, other words or marks; one vocabulary per section, as when sections of a
    /// form are filled in by different teams. Blank answers stay blank.
    mutating func rewriteAnswers(_ blocks: [GeneratedBlock], _ family: LayoutFamily) -> [GeneratedBlock] {
        let vocabularies = family == .answerMarks ? FamilyVocabulary.answerMarks : FamilyVocabulary.answerWords
        let offset = rng.below(vocabularies.count)
        var out: [GeneratedBlock] = []
        for block in blocks {
            guard case .row(var row) = block, row.expected.status != .blank else {
                out.append(block)
                continue
            }
            let status = row.expected.status
            if family == .sentenceAnswers {
                row.answer = rng.pick(FamilyVocabulary.sentences[status] ?? [])
            } else {
                row.answer = vocabularies[(offset + row.expected.section) % vocabularies.count][status]
            }
            out.append(.row(row))
        }
        return out
    }

    /// Every third row loses its number: the cell left empty or removed.
    mutating func loseNumbers(_ blocks: [GeneratedBlock]) -> [GeneratedBlock] {
        var index = 0
        var out: [GeneratedBlock] = []
        for block in blocks {
            guard case .row(var row) = block else {
                out.append(block)
                continue
            }
            if index % 3 == 2 {
                row.number = nil
                row.emptyNumberCell = rng.chance(0.5)
            }
            index += 1
            out.append(.row(row))
        }
        return out
    }

    /// Evidence quoting the landlord's policy: clauses starting a line with a number already answered above,
    /// and numbers inside sentences (`section 3.2`, `5.5%`, `2.1.9`, dates). The expected evidence says the same.
    mutating func quoteClauses(_ blocks: [GeneratedBlock]) -> [GeneratedBlock] {
        var answered: [ProvisionID] = []
        var out: [GeneratedBlock] = []
        for block in blocks {
            guard case .row(var row) = block else {
                out.append(block)
                continue
            }
            if rng.chance(0.7) {
                let evidence = row.expected.evidence
                let clause = quotedClause(earlier: answered)
                if evidence.isEmpty {
                    row.expected.evidence = String(clause.drop { $0 == "\n" })
                } else {
                    row.expected.evidence = evidence + (clause.hasPrefix("\n") ? "" : rng.chance(0.6) ? "\n" : " ") + clause
                }
            }
            answered.append(row.expected.provision)
            out.append(.row(row))
        }
        return out
    }

    mutating func quotedClause(earlier: [ProvisionID]) -> String {
        let v = FamilyVocabulary.self
        if !earlier.isEmpty && rng.chance(0.5) {
            let clause = rng.pick(v.lineStartClauses).replacingOccurrences(of: "{clause}", with: rng.pick(earlier).description)
            return rng.chance(0.5) ? rng.pick(v.quoteIntros) + "\n" + clause : "\n" + clause
        }
        return filled(rng.pick(v.inlineClauses))
    }

    /// A template with each clause number, percentage, date and count drawn afresh.
    mutating func filled(_ template: String) -> String {
        var text = template
        let keys = ["{clause}", "{pct}", "{triple}", "{date}", "{count}"]
        while let key = keys.first(where: text.contains), let range = text.range(of: key) {
            text.replaceSubrange(range, with: value(for: key))
        }
        return text
    }

    mutating func value(for key: String) -> String {
        switch key {
        case "{clause}": return "\(rng.within(1...9)).\(rng.within(1...20))"
        case "{pct}": return "\(rng.within(1...99)).\(rng.within(0...9))%"
        case "{triple}": return "\(rng.within(1...9)).\(rng.within(1...9)).\(rng.within(1...12))"
        case "{date}":
            let (d, m, y) = (rng.within(1...28), rng.within(1...12), rng.within(2021...2025))
            return rng.pick(["\(two(d)).\(two(m)).\(y)", "\(two(d))/\(two(m))/\(y)", "\(d).\(m).\(y % 100)"])
        default: return String(rng.within(12...900))
        }
    }

    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// An annual report before the self-assessment: numbered headings (`2.1 Complaints received`) and figures.
    mutating func reportNarrative() -> [GeneratedLine] {
        var headings = permuted(FamilyVocabulary.reportHeadings)
        var out: [GeneratedLine] = []
        for top in 1...rng.within(3...4) where !headings.isEmpty {
            out += [GeneratedLine(text: "\(top). \(headings.removeFirst())", kind: .other), .blank, reportParagraph(), .blank]
            // At least one numbered subheading (`2.1 …`), the kind a reader could take for a provision.
            for sub in stride(from: 1, through: top == 2 ? 1 : rng.within(0...1), by: 1) where !headings.isEmpty {
                out += [GeneratedLine(text: "\(top).\(sub) \(headings.removeFirst())", kind: .other), .blank, reportParagraph(), .blank]
            }
        }
        return out + [GeneratedLine(text: rng.pick(FamilyVocabulary.appendixCaptions), kind: .caption)]
    }

    mutating func reportParagraph() -> GeneratedLine {
        let count = rng.within(2...3)
        var sentences: [String] = []
        for _ in 0..<count { sentences.append(filled(rng.pick(FamilyVocabulary.reportSentences))) }
        return GeneratedLine(text: sentences.joined(separator: " "), kind: .other)
    }
}
