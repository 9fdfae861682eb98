import Foundation
/// Table layouts: tab-separated, markdown pipe (whole or with broken rows) and markdown grid tables.
extension FamilyGenerator {
    mutating func tabLines(_ blocks: [GeneratedBlock]) -> [GeneratedLine] {
        var out: [GeneratedLine] = []
        var pending = true, written = false
        for block in blocks {
            guard case .row(let row) = block else {
                out += captionLines(block, markdown: false)
                pending = style.headerEverySection || !written
                continue
            }
            if pending {
                out.append(GeneratedLine(text: headerCells().joined(separator: "\t"), kind: .header))
                pending = false
                written = true
            }
            out += sideBySide(tableCells(row), separator: "\t", trimContinuations: true).enumerated().map { k, cells in
                GeneratedLine(text: cells.joined(separator: "\t"), kind: k == 0 ? .rowStart : .rowMore)
            }
        }
        return out
    }

    /// A pipe table: one table per section when the header repeats, else one table whose captions are rows.
    mutating func pipeLines(_ blocks: [GeneratedBlock], broken: Bool) -> [GeneratedLine] {
        var out: [GeneratedLine] = []
        var pending = true, written = false
        let width = headerCells().count
        for block in blocks {
            guard case .row(let row) = block else {
                if written && !style.headerEverySection {
                    out += captionLines(block, markdown: false).filter { $0.kind != .blank }.map { caption in
                        GeneratedLine(text: pipeJoin([caption.text] + Array(repeating: "", count: width - 1)), kind: .caption)
                    }
                } else {
                    out += captionLines(block, markdown: true)
                    pending = true
                }
                continue
            }
            if pending {
                out.append(GeneratedLine(text: pipeJoin(headerCells()), kind: .header))
                out.append(GeneratedLine(text: pipeJoin(Array(repeating: style.pipeRule, count: width)), kind: .header))
                pending = false
                written = true
            }
            out += broken ? brokenPipeRow(tableCells(row)) : pipeRow(tableCells(row))
        }
        return out
    }

    func pipeJoin(_ cells: [String]) -> String {
        let inner = cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ")
        return style.outerPipes ? "| \(inner) |" : inner
    }

    /// A whole pipe row; line breaks in cells as `<br>` or as continuation rows with empty cells.
    func pipeRow(_ cells: [String]) -> [GeneratedLine] {
        if style.breaksAsBR {
            return [GeneratedLine(text: pipeJoin(cells.map { $0.replacingOccurrences(of: "\n", with: "<br>") }), kind: .rowStart)]
        }
        return sideBySide(cells, separator: " | ", trimContinuations: false).enumerated().map { k, line in
            GeneratedLine(text: pipeJoin(line), kind: k == 0 ? .rowStart : .rowMore)
        }
    }

    /// A pipe row as a careless export writes it: line breaks left raw inside cells, and some rows broken in
    /// the requirement's text or just before the answer cell.
    mutating func brokenPipeRow(_ cells: [String]) -> [GeneratedLine] {
        var cells = cells
        let answerCell = cells.count - (form2022 ? 3 : document.hasActions ? 4 : 3)
        let choice = rng.below(10)
        if choice < 4, answerCell > 0 { cells[answerCell - 1] = breakAtSpace(cells[answerCell - 1]) }
        var text = pipeJoin(cells)
        if choice >= 4 && choice < 7 && answerCell > 0 {
            let head = pipeJoin(Array(cells[..<answerCell])), rest = pipeJoin(Array(cells[answerCell...]))
            let restText = style.outerPipes ? String(rest.dropFirst(2)) : rest
            text = rng.chance(0.5) ? head + "\n" + restText : String(head.dropLast(style.outerPipes ? 2 : 0)) + "\n| " + restText
        }
        return split(text)
    }

    /// The text with one space near its middle turned into a line break.
    func breakAtSpace(_ text: String) -> String {
        guard let space = text.dropFirst(text.count / 2).firstIndex(of: " ") else { return text }
        return text.replacingCharacters(in: space...space, with: "\n")
    }

    /// Grid tables (`+---+` borders, cells wrapped to their column width), one per section or group.
    mutating func gridLines(_ blocks: [GeneratedBlock]) -> [GeneratedLine] {
        var out: [GeneratedLine] = []
        var open = false
        let w = style.gridWidths
        let widths = form2022 ? [w[0], w[1], w[3], w[4], w[5]] : Array(w[0..<5]) + (document.hasActions ? [w[5]] : [])
        for block in blocks {
            guard case .row(let row) = block else {
                out += captionLines(block, markdown: true)
                open = false
                continue
            }
            if !open {
                out.append(GeneratedLine(text: gridBorder(widths, "-"), kind: .header))
                out += gridRow(headerCells(), widths).map { GeneratedLine(text: $0, kind: .header) }
                out.append(GeneratedLine(text: gridBorder(widths, "="), kind: .header))
                open = true
            }
            out += gridRow(tableCells(row), widths).enumerated().map { k, text in
                GeneratedLine(text: text, kind: k == 0 ? .rowStart : .rowMore)
            }
            out.append(GeneratedLine(text: gridBorder(widths, "-"), kind: .rowMore))
        }
        return out
    }

    func gridBorder(_ widths: [Int], _ fill: Character) -> String {
        "+" + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: "+") + "+"
    }

    func gridRow(_ cells: [String], _ widths: [Int]) -> [String] {
        let wrapped = zip(cells, widths).map { Self.wrap($0, width: $1) }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { k in
            let parts = zip(wrapped, widths).map { lines, width in
                let text = k < lines.count ? lines[k] : ""
                return text + String(repeating: " ", count: max(0, width - text.count))
            }
            return "| " + parts.joined(separator: " | ") + " |"
        }
    }

    /// Words of each line of `text` filled into lines of at most `width` characters (longer words cut).
    static func wrap(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var rest = Substring(word)
                while rest.count > width {
                    if !line.isEmpty { out.append(line); line = "" }
                    out.append(String(rest.prefix(width)))
                    rest = rest.dropFirst(width)
                }
                if line.isEmpty { line = String(rest) } else if line.count + 1 + rest.count <= width { line += " " + rest } else {
                    out.append(line)
                    line = String(rest)
                }
            }
            out.append(line)
        }
        return out
    }
}
