import Foundation
/// Layouts without columns or labels: cells run together (glued, single-space), one cell per line or paragraph,
/// and several rows on one line.
extension FamilyGenerator {
    /// Rows whose cells run together with no separator (`glued`) or one space; header rows run together too.
    mutating func runLines(_ blocks: [GeneratedBlock], glued: Bool) -> [GeneratedLine] {
        var out: [GeneratedLine] = []
        var pending = true
        for block in blocks {
            guard case .row(let row) = block else {
                out += captionLines(block, markdown: false)
                pending = pending || style.headerEverySection
                continue
            }
            if pending {
                out.append(GeneratedLine(text: headerCells().joined(separator: glued ? "" : " "), kind: .header))
                pending = false
            }
            out += split(runText(row, glued: glued))
        }
        return out
    }

    /// One row's cells run together: `1.2 Requirement.YesEvidence` (glued) or `1.2 Requirement. Yes Evidence`.
    func runText(_ row: GeneratedRow, glued: Bool) -> String {
        let number = row.number.map { $0 + (glued && !style.spaceAfterNumber ? "" : " ") } ?? ""
        return number + fields(row).map(\.text).filter { !$0.isEmpty }.joined(separator: glued ? "" : " ")
    }

    /// One cell per line (rows optionally apart), or one cell per paragraph (blank lines between cells).
    mutating func cellLines(_ blocks: [GeneratedBlock], paragraphs: Bool) -> [GeneratedLine] {
        var out: [GeneratedLine] = []
        for block in blocks {
            guard case .row(let row) = block else {
                out += captionLines(block, markdown: false)
                continue
            }
            let cells = ([row.number ?? ""] + fields(row).map(\.text)).filter { !$0.isEmpty }
            for (k, cell) in cells.enumerated() {
                if paragraphs && k > 0 { out.append(.blank) }
                out += split(cell, starts: k == 0)
            }
            if paragraphs || style.blankBetweenRows { out.append(.blank) }
        }
        return out
    }

    /// Two or three rows of a section run together on each line, as PDF extraction gives.
    mutating func rowsPerLine(_ blocks: [GeneratedBlock], glued: Bool) -> [GeneratedLine] {
        var out: [GeneratedLine] = []
        var run: [String] = []
        var target = rng.within(2...3)
        for block in blocks {
            guard case .row(let row) = block else {
                if !run.isEmpty { out += split(run.joined(separator: " ")) }
                run = []
                out += captionLines(block, markdown: false)
                continue
            }
            run.append(runText(row, glued: glued))
            if run.count == target {
                out += split(run.joined(separator: " "))
                run = []
                target = rng.within(2...3)
            }
        }
        if !run.isEmpty { out += split(run.joined(separator: " ")) }
        return out
    }
}
