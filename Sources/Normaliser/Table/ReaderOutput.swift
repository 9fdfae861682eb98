/// What a layout reader makes of one file's lines: assembled rows, the role of every line, cell
/// fragments that went into no row, the title, and whether a self-assessment table was found.
struct ReaderOutput {
    var rows: [RowDraft] = []
    /// One role per input line, so every line is accounted for.
    var roles: [LineRole] = []
    var fragments: [Fragment] = []
    var title: String?
    var tableFound = false
    /// The layout as recorded in `Assessment.format` after `text/` (e.g. `key-value`), when the
    /// reader decides it; nil keeps the layout chosen by detection.
    var format: String?
}

/// Roles of the lines before a table starts: the title, the Code form's standard instructions,
/// separators; anything else is outside the table.
enum FrontMatter {
    static func assign(_ lines: [SourceLine], kinds: [LineKind], before start: Int, into out: inout ReaderOutput) {
        for i in 0..<min(start, lines.count) {
            switch kinds[i] {
            case .blank: out.roles[i] = .blank
            case .boilerplate: out.roles[i] = .boilerplate
            default:
                let text = lines[i].text.trimmingWhitespace()
                if DocumentFacts.isTitle(text) {
                    out.title = out.title ?? text
                    out.roles[i] = .heading
                } else if DocumentFacts.isFormInstruction(text) {
                    out.roles[i] = .boilerplate
                } else {
                    out.roles[i] = .unparsed(.outsideTable, "before the self-assessment table")
                }
            }
        }
    }

    /// The first line of the region that starts at `start`, backed up over blank lines, rules, captions and headers.
    static func backUp(from start: Int, kinds: [LineKind]) -> Int {
        var start = start
        var j = start - 1
        while j >= 0 {
            switch kinds[j] {
            case .blank, .boilerplate, .sectionCaption, .stageCaption, .groupHeading, .header: start = j; j -= 1; continue
            default: break
            }
            break
        }
        return start
    }
}
