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
    private(set) var blocks: [Block] = []
    var dropped: [Document.Dropped] = []
    /// Paragraphs seen so far.
    private(set) var paragraphs = 0
    /// Top-level tables seen so far.
    var tables = 0

    init(part: Int, styles: WordStyles) {
        self.part = part
        self.styles = styles
    }

    /// Reads the block-level children of `w:body` (or of a block-level content control).
    mutating func read(_ container: XMLNode) {
        for child in container.children where child.isElement {
            block(child)
        }
    }

    private mutating func block(_ node: XMLNode) {
        guard node.isWord else {
            if node.inNamespace(XMLNode.compatibilityNamespaces), node.name == "AlternateContent" {
                if let choice = node.alternateChoice { read(choice) }
            }
            return
        }
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

    /// The lines of one paragraph (its ordinal counted), its dropped text recorded, and the text
    /// boxes anchored in it.
    mutating func paragraphLines(_ p: XMLNode, locator: String?) -> (lines: [TextLine], textBoxes: [XMLNode]) {
        paragraphs += 1
        var inline = WordInline(at: Location(part: part, line: paragraphs, locator: locator))
        inline.read(p)
        dropped += inline.dropped
        return (inline.builder.take(), inline.textBoxes)
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
