import Foundation
import Assessment

/// Checks on a rendering's text that its family's quirk is really there, so that a generator change cannot turn
/// one family silently into another (a glued rendering with spaces, a lost-number rendering with every number).
enum FamilyQuirks {
    /// What is missing from the rendering's quirk; empty when the quirk is there.
    static func problems(_ r: FamilyRendering) -> [String] {
        let text = r.text
        var out: [String] = []
        func need(_ ok: Bool, _ what: String) { if !ok { out.append(what) } }
        let rows = r.expected
        switch r.family {
        case .tabTable, .reportNarrative:
            need(share(rows) { text.contains("\n\($0.provision)\t") } >= FamilyThresholds.rowQuirkShare, "rows start with their number and a tab")
            need(!text.contains("|"), "no pipes")
            if r.family == .reportNarrative { out += narrativeProblems(text, rows) }
        case .pipeTable:
            need(hasPipeRule(text) && !text.contains("\t"), "a |---| rule and no tabs")
            let starts = Set(lines(text).compactMap { line -> Substring? in
                let cells = stripped(line)
                guard let space = cells.firstIndex(of: " "), cells[space...].hasPrefix(" |") else { return nil }
                return cells[..<space]
            })
            need(share(rows) { starts.contains(Substring($0.provision.description)) } >= FamilyThresholds.rowQuirkShare,
                 "rows start with their number cell")
        case .gridTable:
            need(lines(text).contains { $0.hasPrefix("+===") } && lines(text).contains { $0.hasPrefix("+---") }, "+---+ and +===+ borders")
            need(lines(text).contains { $0.hasPrefix("|") && $0.dropFirst().prefix { $0 == " " }.count > 2 && !$0.contains("\t") },
                 "cells wrapped over several lines")
        case .pipeBrokenRows:
            need(brokenShare(text, rows) >= FamilyThresholds.brokenRowShare, "rows broken over lines")
        case .glued, .singleSpace:
            let join = r.family == .glued ? "" : " "
            need(!text.contains("\t") && !text.contains("|"), "no tabs or pipes")
            need(share(seamRows(rows)) { text.contains(seam($0, join)) } >= FamilyThresholds.rowQuirkShare, "cells joined by '\(join)'")
        case .cellPerLine, .cellPerParagraph:
            let gap = r.family == .cellPerParagraph ? "\n\n" : "\n"
            need(!text.contains("\t") && !text.contains("|"), "no tabs or pipes")
            need(share(rows.filter { !$0.requirement.isEmpty }) { text.contains("\n\($0.provision)\(gap)\(firstLine($0.requirement))") }
                 >= FamilyThresholds.rowQuirkShare, "number and requirement \(gap == "\n" ? "on adjacent lines" : "in separate paragraphs")")
        case .keyValueLines, .labelColon, .upperCaseLabels:
            out += labelProblems(r)
        case .sentenceAnswers, .answerWords, .answerMarks:
            out += answerProblems(r)
        case .rowsPerLine:
            need(sharedLineShare(text, rows) >= FamilyThresholds.sharedLineShare, "rows sharing lines")
        case .mixed:
            need(hasPipeRule(text), "a pipe table")
            need(seamRows(rows).contains { text.contains(seam($0, "")) }, "glued rows")
            need(labelLineCount(text) >= 3, "key-value blocks")
        case .lostNumbers:
            let printed = printedNumbers(text)
            let lost = 1 - share(rows) { printed.contains($0.provision.description) }
            need(FamilyThresholds.lostNumberShare.contains(lost), "about a third of the numbers lost (\(lost))")
        case .pageChrome:
            out += chromeProblems(text)
        case .quotedClauses:
            out += quoteProblems(text)
        }
        return out
    }

    // MARK: Text helpers

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    static func firstLine(_ text: String) -> Substring { text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "" }

    /// A line without leading pipes, spaces, tabs and markdown emphasis.
    static func stripped(_ line: Substring) -> Substring { line.drop { " |\t*".contains($0) } }

    /// Share of `rows` satisfying `test` (1 when there are none).
    static func share(_ rows: [ReferenceResponse], _ test: (ReferenceResponse) -> Bool) -> Double {
        rows.isEmpty ? 1 : Double(rows.filter(test).count) / Double(rows.count)
    }

    static func hasPipeRule(_ text: String) -> Bool {
        lines(text).contains { line in line.contains("---") && line.contains("|") && line.allSatisfy { "|-: ".contains($0) } }
    }

    /// Rows with a requirement, an answer and evidence, whose seam between cells shows how they are joined.
    static func seamRows(_ rows: [ReferenceResponse]) -> [ReferenceResponse] {
        rows.filter { !$0.requirement.isEmpty && $0.answer != nil && !$0.evidence.isEmpty }
    }

    /// The end of the requirement, the answer and the start of the evidence, joined as the family joins cells.
    static func seam(_ row: ReferenceResponse, _ join: String) -> String {
        let requirementEnd = row.requirement.split(separator: "\n", omittingEmptySubsequences: false).last?.suffix(12) ?? ""
        return requirementEnd + join + (row.answer ?? "") + join + firstLine(row.evidence).prefix(12)
    }

    /// Numbers printed where a row starts: at a line's start (after pipes, emphasis or a number label).
    static func printedNumbers(_ text: String) -> Set<String> {
        var out = Set<String>()
        for line in lines(text) {
            var rest = stripped(line)
            for label in FamilyVocabulary.numberLabels where rest.lowercased().hasPrefix(label.lowercased()) {
                rest = rest.dropFirst(label.count).drop { " :–-".contains($0) }
            }
            if let number = leadingNumber(rest) { out.insert(number) }
        }
        return out
    }

    /// `1.2` from `1.2 A complaint` or `1.2A complaint`; nil for `1.2.3`, `5.5%` or no number.
    static func leadingNumber(_ text: Substring) -> String? {
        let section = text.prefix { $0.isASCII && $0.isNumber }
        guard !section.isEmpty, text.dropFirst(section.count).first == "." else { return nil }
        let rest = text.dropFirst(section.count + 1)
        let item = rest.prefix { $0.isASCII && $0.isNumber }
        let after = rest.dropFirst(item.count)
        guard !item.isEmpty, after.first != ".", after.first != "%" else { return nil }
        return "\(section).\(item)"
    }
}
