/// The text of one Word paragraph, read from its runs as Word shows it with changes accepted.
///
/// - `w:t` text; `w:tab` a tab; `w:br` / `w:cr` a new line; `w:noBreakHyphen` a hyphen; soft
///   hyphens vanish.
/// - Checkboxes become ☒ / ☐: content controls (`w14:checkbox`, `w14:checked`), legacy form
///   fields (`w:ffData/w:checkBox`) and `w:sym` or symbol-font glyphs; a legacy drop-down field
///   shows its chosen entry; field codes (`w:instrText`) are not text, field results are.
/// - Tracked changes: insertions (`w:ins`, `w:moveTo`) are read, deletions (`w:del`, `w:moveFrom`)
///   are kept out and recorded in `dropped`, as are hidden text (`w:vanish`) and a content
///   control's placeholder ("Click or tap here to enter text.").
/// - Text boxes (`w:txbxContent`) are collected in `textBoxes`, to be read after the paragraph.
///
/// ```swift
/// var inline = WordInline(at: Location(line: 4))
/// inline.read(paragraph)
/// inline.builder.take().map(\.text) // ["☒ Yes ☐ No"]
/// ```
struct WordInline {
    var builder = LineBuilder(newlinesMoveDown: false)
    var dropped: [Document.Dropped] = []
    var textBoxes: [XMLNode] = []
    let location: Location

    init(at location: Location) {
        self.location = location
    }

    /// Reads the inline content of a paragraph or of any inline container inside it.
    mutating func read(_ container: XMLNode) {
        for child in container.wordContent {
            inline(child)
        }
    }

    private mutating func inline(_ node: XMLNode) {
        guard node.isWord else {
            if node.inNamespace(XMLNode.mathNamespaces), node.name == "t" {
                text(node, font: nil)
            } else {
                read(node)
            }
            return
        }
        switch node.name {
        case "r": run(node)
        case "del", "moveFrom": record(deletedText(node), reason: "tracked deletion")
        case "sdt": contentControl(node)
        case "txbxContent": textBoxes.append(node)
        case "pPr", "rPr", "sdtPr", "sdtEndPr", "instrText", "delInstrText", "delText", "fldData",
             "footnoteReference", "endnoteReference", "commentReference", "annotationRef":
            break
        default: read(node)
        }
    }

    /// One run: its text in its font, hidden text kept out.
    private mutating func run(_ r: XMLNode) {
        let properties = r.wordChild("rPr")
        let font = properties?.wordChild("rFonts").flatMap { $0.attribute("ascii") ?? $0.attribute("hAnsi") ?? $0.attribute("cs") }
        guard properties?.wordChild("vanish")?.isOn != true else {
            var hidden = WordInline(at: location)
            hidden.runContent(r, font: font)
            record(hidden.builder.take().map(\.text).joined(separator: " "), reason: "hidden text")
            return
        }
        runContent(r, font: font)
    }

    private mutating func runContent(_ r: XMLNode, font: String?) {
        for child in r.wordContent {
            guard child.isWord else {
                inline(child)
                continue
            }
            switch child.name {
            case "t": text(child, font: font)
            case "tab", "ptab": builder.appendTab()
            case "br", "cr": builder.breakLine()
            case "noBreakHyphen": builder.append("-", at: location)
            case "sym": symbol(child)
            case "fldChar": fieldStart(child)
            default: inline(child)
            }
        }
    }

    private mutating func text(_ t: XMLNode, font: String?) {
        var s = ""
        for c in t.children where c.isText { s += c.content }
        if let font, WordSymbols.isSymbolFont(font) { s = WordSymbols.mapped(s, font: font) }
        builder.append(s, at: location)
    }

    /// `w:sym w:font="Wingdings" w:char="F0FE"`.
    private mutating func symbol(_ sym: XMLNode) {
        guard let code = sym.attribute("char").flatMap({ UInt32($0, radix: 16) }),
              let glyph = WordSymbols.glyph(font: sym.attribute("font"), code: code) else { return }
        builder.append(glyph, at: location)
    }

    /// A legacy form field's begin mark: a checkbox shows ☒ / ☐, a drop-down its chosen entry.
    private mutating func fieldStart(_ fldChar: XMLNode) {
        guard fldChar.attribute("fldCharType") == "begin", let data = fldChar.wordChild("ffData") else { return }
        if let box = data.wordChild("checkBox") {
            let checked = box.wordChild("checked").map(\.isOn) ?? (box.wordChild("default")?.isOn ?? false)
            builder.append(checked ? WordSymbols.checked : WordSymbols.unchecked, at: location)
        } else if let list = data.wordChild("ddList") {
            let entries = list.children.filter { $0.isWord && $0.name == "listEntry" }.compactMap(\.value)
            let chosen = (list.wordChild("result") ?? list.wordChild("default"))?.value.flatMap { Int($0) } ?? 0
            if entries.indices.contains(chosen) { builder.append(entries[chosen], at: location) }
        }
    }

    /// An inline content control: a checkbox shows its state; a placeholder is recorded, not read.
    private mutating func contentControl(_ sdt: XMLNode) {
        let properties = sdt.wordChild("sdtPr")
        let content = sdt.wordChild("sdtContent")
        if let box = properties?.children.first(where: { $0.name == "checkbox" && $0.inNamespace(XMLNode.word2010Namespaces) }) {
            // Word keeps only the state glyph (in some font) as the control's content: the state says it.
            let checked = box.children.first { $0.name == "checked" }?.value.map { $0 == "1" || $0 == "true" } ?? false
            builder.append(checked ? WordSymbols.checked : WordSymbols.unchecked, at: location)
            return
        }
        guard let content else { return }
        if properties?.wordChild("showingPlcHdr")?.isOn == true {
            var placeholder = WordInline(at: location)
            placeholder.read(content)
            record(placeholder.builder.take().map(\.text).joined(separator: " "), reason: "content control placeholder")
            return
        }
        read(content)
    }

    /// The text of a deletion (`w:delText`), in order.
    private func deletedText(_ node: XMLNode) -> String {
        var parts: [String] = []
        for child in node.children where child.isElement {
            if child.name == "delText" || child.name == "t" {
                parts.append(child.children.filter(\.isText).map(\.content).joined())
            } else {
                parts.append(deletedText(child))
            }
        }
        return parts.joined()
    }

    private mutating func record(_ text: String, reason: String) {
        var tidy = LineBuilder()
        tidy.append(text, at: location)
        for line in tidy.take() {
            dropped.append(Document.Dropped(text: line.text, location: location, reason: reason))
        }
    }
}
