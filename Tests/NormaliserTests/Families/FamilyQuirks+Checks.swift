import Foundation
import Assessment

/// The quirk checks that need more than one line of code.
extension FamilyQuirks {
    /// Share of rows whose number line holds fewer cells than the table's `|---|` rule.
    static func brokenShare(_ text: String, _ rows: [ReferenceResponse]) -> Double {
        let all = lines(text)
        guard let rule = all.first(where: { $0.contains("---") && $0.allSatisfy { "|-: ".contains($0) } }) else { return 0 }
        let width = rule.filter { $0 == "|" }.count
        return share(rows) { row in
            all.first { stripped($0).hasPrefix("\(row.provision) |") }.map { $0.filter { $0 == "|" }.count < width } ?? false
        }
    }

    /// Every label the generator can write, lower-cased.
    static let knownLabels: Set<String> = {
        let v = FamilyVocabulary.self
        let all = v.requirementLabels + v.answerLabels + v.evidenceLabels + v.commentaryLabels + v.actionLabels + v.complyYesLabels + v.complyNoLabels
        return Set(all.map { $0.lowercased() })
    }()

    /// Lines that are a label and nothing else (`Evidence`, `**Comply:**`).
    static func labelLineCount(_ text: String) -> Int {
        lines(text).filter { line in
            var core = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "")
            if core.hasSuffix(":") { core.removeLast() }
            return knownLabels.contains(core.lowercased())
        }.count
    }

    /// The label a line starts with, as written, when a separator and a value follow it.
    static func leadingLabel(_ line: Substring) -> Substring? {
        let core = line.drop { $0 == "*" }
        let lower = core.lowercased()
        guard let label = knownLabels.filter({ lower.hasPrefix($0) }).max(by: { $0.count < $1.count }) else { return nil }
        let after = core.dropFirst(label.count).drop { $0 == "*" }
        guard let next = after.first, ":–- ".contains(next) || label.hasSuffix("?"), after.contains(where: { !" :–-".contains($0) })
        else { return nil }
        return core.prefix(label.count)
    }

    static func labelProblems(_ r: FamilyRendering) -> [String] {
        let all = lines(r.text)
        let rows = r.expected.count
        switch r.family {
        case .keyValueLines:
            return labelLineCount(r.text) >= rows ? [] : ["labels on their own lines"]
        case .labelColon:
            return all.filter { leadingLabel($0) != nil }.count >= rows ? [] : ["`Label: value` lines"]
        default:
            let onOwnLine = all.filter { line in
                let core = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "")
                return knownLabels.contains(core.lowercased()) || knownLabels.contains(String(core.lowercased().dropLast()))
            }
            let labels = onOwnLine.map { Substring($0) } + all.compactMap(leadingLabel)
            let upper = labels.filter { $0.uppercased() == $0 }.count
            // Evidence text may itself start with a label word (`Action: …`), so nearly all, not all.
            let enough = upper >= rows && Double(upper) >= FamilyThresholds.rowQuirkShare * Double(labels.count)
            return enough ? [] : ["upper-case labels (\(upper) of \(labels.count))"]
        }
    }

    /// Cells of the text: split at tabs, pipes, line breaks and `: `.
    static func cells(_ text: String) -> [String] {
        text.replacingOccurrences(of: ": ", with: "\t").split(whereSeparator: { "\t|\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "") }
    }

    static func answerProblems(_ r: FamilyRendering) -> [String] {
        let all = cells(r.text)
        let answered = r.expected.filter { $0.status != .blank }
        var out: [String] = []
        let plain: Set<String> = ["Yes", "No", "Yes.", "No.", "yes", "no"]
        // Text that is itself a plain word (a 2022 'Comply – No' cell reading just "No") is not an answer.
        let inText = r.expected.flatMap { [$0.evidence, $0.commentary, $0.action] }.filter(plain.contains).count
        let bare = all.filter(plain.contains).count
        if bare > inText { out.append("no plain Yes/No answers (\(bare - inText) found)") }
        switch r.family {
        case .sentenceAnswers:
            let sentences = FamilyVocabulary.sentences.values.flatMap { $0 }
            let found = sentences.map { r.text.components(separatedBy: $0).count - 1 }.reduce(0, +)
            if found < answered.count { out.append("a sentence for every answer (\(found) of \(answered.count))") }
        case .answerWords:
            let words = Set(FamilyVocabulary.answerWords.flatMap(\.values))
            let found = all.filter(words.contains).count
            if found < answered.count { out.append("other answer words (\(found) of \(answered.count))") }
        default:
            let marked = answered.filter { $0.status == .yes || $0.status == .no }.count
            let found = all.filter { $0.contains(where: FamilyVocabulary.markCharacters.contains) || $0.contains("[x]") }.count
            if found < marked { out.append("ticks or checkboxes (\(found) of \(marked))") }
        }
        return out
    }

    /// Share of rows whose number shares a line with another row's number.
    static func sharedLineShare(_ text: String, _ rows: [ReferenceResponse]) -> Double {
        let wanted = Set(rows.map(\.provision.description))
        var shared = Set<String>()
        for line in lines(text) {
            let numbers = Set(line.split(separator: " ").compactMap { leadingNumber($0) }.filter(wanted.contains))
            if numbers.count >= 2 { shared.formUnion(numbers) }
        }
        return share(rows) { shared.contains($0.provision.description) }
    }

    static func isPageMarker(_ line: Substring) -> Bool {
        let words = line.split(separator: " ")
        let numeric = words.filter { $0.allSatisfy(\.isNumber) }.count
        let others = words.filter { !$0.allSatisfy(\.isNumber) }.map { $0.lowercased() }
        return numeric >= 1 && others.allSatisfy { ["page", "of", "-", "|"].contains($0) }
    }

    static func chromeProblems(_ text: String) -> [String] {
        let all = lines(text)
        let firstRow = all.firstIndex { leadingNumber(stripped($0)) != nil } ?? all.count
        let top = Set(all[..<firstRow].map(String.init))
        var out: [String] = []
        if top.isDisjoint(with: FamilyVocabulary.cookieBanners) || top.isDisjoint(with: FamilyVocabulary.searchBoxes) {
            out.append("a cookie banner and a search box above the title")
        }
        let markers = all.indices.filter { $0 > firstRow && isPageMarker(all[$0]) }
        if markers.isEmpty { out.append("page numbers between rows") }
        let repeated = markers.contains { i in all[(i + 1)..<min(i + 4, all.count)].contains { top.contains(String($0)) && !$0.isEmpty } }
        if !repeated { out.append("the title or the header row repeated after a page break") }
        return out
    }

    static func quoteProblems(_ text: String) -> [String] {
        let tails = FamilyVocabulary.lineStartClauses.map { $0.replacingOccurrences(of: "{clause} ", with: "") }
        let starts = lines(text).filter { line in
            let core = stripped(line)
            guard let number = leadingNumber(core) else { return false }
            return tails.contains { core.dropFirst(number.count + 1).hasPrefix($0) }
        }.count
        var out: [String] = []
        if starts < FamilyThresholds.quotedLineStarts { out.append("evidence lines starting with a quoted clause (\(starts))") }
        if !text.split(separator: " ").contains(where: { $0.hasSuffix("%") && $0.dropLast().contains(".") }) { out.append("a percentage") }
        if !text.split(separator: " ").contains(where: { $0.filter { $0 == "." }.count == 2 && $0.first?.isNumber == true }) {
            out.append("a three-part number or date")
        }
        return out
    }

    static func narrativeProblems(_ text: String, _ rows: [ReferenceResponse]) -> [String] {
        let all = lines(text)
        let firstRow = all.firstIndex { $0.contains("\t") } ?? all.count
        let report = all[..<firstRow]
        var out: [String] = []
        if !report.contains(where: { leadingNumber($0) != nil }) { out.append("numbered report headings such as 2.1 before the table") }
        if !report.contains(where: { $0.contains("%") }) { out.append("figures in the report") }
        return out
    }
}
