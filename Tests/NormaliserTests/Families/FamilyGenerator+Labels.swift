import Foundation
/// Labelled layouts: key-value blocks with each label on its own line, and `Label: value` lines.
extension FamilyGenerator {
    mutating func labelledLines(_ blocks: [GeneratedBlock], colon: Bool) -> [GeneratedLine] {
        var out: [GeneratedLine] = []
        for block in blocks {
            guard case .row(let row) = block else {
                out += captionLines(block, markdown: false)
                continue
            }
            let lines = labelledRow(row, colon: colon)
            out += lines.enumerated().map { k, text in GeneratedLine(text: text, kind: k == 0 ? .rowStart : .rowMore) }
            out.append(.blank)
        }
        return out
    }

    /// One provision's block: its number line(s), then each field under (or after) its label.
    func labelledRow(_ row: GeneratedRow, colon: Bool) -> [String] {
        var fields = labelledFields(row)
        var out: [String] = []
        if let number = row.number {
            let label = style.cased(style.number)
            switch style.numberForm {
            case .labelSpace: out.append("\(label) \(number)")
            case .labelColon: out.append(label + (colon ? style.separator : ": ") + number)
            case .bare: out.append(number)
            case .labelThenLine where colon: out.append(label + style.separator + number)
            case .labelThenLine: out += [style.labelLine(style.number), number]
            case .numberWithRequirement:
                let requirement = fields.removeFirst().text.split(separator: "\n", omittingEmptySubsequences: false)
                out.append("\(number) \(requirement.first ?? "")")
                out += requirement.dropFirst().map(String.init)
            }
        }
        for (label, text) in fields {
            if text.isEmpty && !style.emptyLabels { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if colon {
                out.append(colonLabel(label) + (lines.first ?? ""))
                out += lines.dropFirst()
            } else {
                out.append(style.labelLine(label))
                if !text.isEmpty { out += lines }
            }
            if style.blankBetweenFields { out.append("") }
        }
        return out
    }

    /// `Evidence: `, `**Evidence**: `, `Do we comply? ` – a label and its separator before the value.
    func colonLabel(_ label: String) -> String {
        let text = style.cased(label)
        let separator = text.hasSuffix("?") ? " " : style.separator
        return style.boldLabels ? "**\(text)**\(separator)" : text + separator
    }
}
