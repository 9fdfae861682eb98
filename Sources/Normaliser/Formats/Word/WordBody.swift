/// Reads `w:body` in order into blocks: paragraphs (headings and list items by their style),
/// tables, content controls and the paragraphs of text boxes, with each line's location.
///
/// A line's `Location.line` is the ordinal of its paragraph among all `w:p` of the body, empty
/// ones and table-cell ones included (so "paragraph 212" can be found in Word); table cells carry
/// `locator` "table T, row R".
///
/// ```swift
/// var body = WordBody(part: 0, styles: styles)
/// body.read(bodyElement)
/// body.blocks.first?.kind // .heading(level: 1)
/// ```
struct WordBody {
    let part: Int
    let styles: WordStyles
    var numbering: WordNumbering
    private(set) var blocks: [Block] = []
    var dropped: [Document.Dropped] = []
    /// Paragraphs seen so far.
    private(set) var paragraphs = 0
    /// Top-level tables seen so far.
    var tables = 0

    init(part: Int, styles: WordStyles, numbering: WordNumbering = WordNumbering()) {
        self.part = part
        self.styles = styles
        self.numbering = numbering
    }

    /// Reads the block-level children of `w:body` (or of a block-level content control).
    mutating func read(_ container: XMLNode) {
        for child in container.wordContent where child.isWord {
            block(child)
        }
    }

    private mutating func block(_ node: XMLNode) {
        switch node.name {
        case "p": paragraph(node)
        case "tbl":
            if let table = table(node) { blocks.append(table) }
        case "sdt": blockContentControl(node)
        case "customXml", "smartTag": read(node)
        default: break  // sectPr, bookmarks, proofing marks: no text
        }
    }

    /// A body paragraph as a heading, list item or paragraph block, then its text boxes' paragraphs.
    private mutating func paragraph(_ p: XMLNode) {
        let read = paragraphLines(p, locator: nil)
        if !read.lines.isEmpty { blocks.append(Block(kind: kind(of: p), lines: read.lines)) }
        for box in read.textBoxes { self.read(box) }
    }

    /// The lines of one paragraph (its ordinal counted; an automatic number written before its
    /// text, as Word shows it), its dropped text recorded, and the text boxes anchored in it.
    mutating func paragraphLines(_ p: XMLNode, locator: String?) -> (lines: [TextLine], textBoxes: [XMLNode]) {
        paragraphs += 1
        let location = Location(part: part, line: paragraphs, locator: locator)
        var inline = WordInline(at: location)
        inline.read(p)
        dropped += inline.dropped
        var lines = inline.builder.take()
        if let label = numberLabel(p) {
            if lines.isEmpty { lines = [TextLine(label, at: location)] } else { lines[0].text = label + " " + lines[0].text }
        }
        return (lines, inline.textBoxes)
    }

    /// The automatic number of a paragraph (direct `w:numPr`, else its style's), advancing its list.
    private mutating func numberLabel(_ p: XMLNode) -> String? {
        let properties = p.wordChild("pPr")
        let list: (id: String, level: Int)?
        if let direct = properties?.wordChild("numPr") {
            list = properties.flatMap(WordStyles.numbering)
            if list == nil, direct.wordChild("numId") != nil { return nil }
        } else {
            list = styles.numbering(style: properties?.wordChild("pStyle")?.value)
        }
        guard let list else { return nil }
        return numbering.label(numId: list.id, level: list.level)
    }

    /// Heading (style or outline level), list item (numbering or list style), else paragraph.
    private func kind(of p: XMLNode) -> Block.Kind {
        let properties = p.wordChild("pPr")
        let style = properties?.wordChild("pStyle")?.value
        if let level = styles.headingLevel(style: style, direct: properties.flatMap(WordStyles.outlineLevel)) {
            return .heading(level: level)
        }
        return styles.isList(style: style, direct: properties.flatMap(WordStyles.numbered)) ? .listItem : .paragraph
    }

    /// A block-level content control: its content read in place, a placeholder recorded instead.
    private mutating func blockContentControl(_ sdt: XMLNode) {
        guard let content = sdt.wordChild("sdtContent") else { return }
        guard sdt.wordChild("sdtPr")?.wordChild("showingPlcHdr")?.isOn == true else {
            read(content)
            return
        }
        var lines: [TextLine] = []
        cellContent(content, locator: nil, into: &lines)
        for line in lines { dropped.append(Document.Dropped(text: line.text, location: line.location, reason: "content control placeholder")) }
    }
}
