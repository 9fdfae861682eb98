/// The paragraph styles of a Word file (`word/styles.xml`): which are headings (and of which
/// level) and which are list paragraphs, following `w:basedOn` chains.
///
/// A style is a heading when it (or a style it is based on) sets an outline level 0-8
/// (`w:outlineLvl`, level = value + 1), or is Word's built-in `heading N` or `Title` (level 1);
/// it is a list style when it numbers its paragraphs (`w:numPr` with a `w:numId` other than 0) or
/// is one of Word's `List …` styles.
///
/// ```swift
/// let styles = WordStyles(try XMLTree.xml(stylesBytes).get().root)
/// styles.headingLevel(style: "Heading2", direct: nil) // 2
/// ```
struct WordStyles {
    struct Style {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var numbered: Bool?
        /// The list (`w:numId`) and level (`w:ilvl`) the style numbers its paragraphs with.
        var numbering: (id: String, level: Int)?
    }

    private var styles: [String: Style] = [:]

    init() {}

    /// Reads the `w:style` elements of a `w:styles` root (nil: no styles part).
    init(_ root: XMLNode?) {
        guard let root else { return }
        for style in root.children where style.isElement && style.name == "style" {
            guard let id = style.attribute("styleId"), style.attribute("type") ?? "paragraph" == "paragraph" else { continue }
            let pPr = style.child("pPr")
            styles[id] = Style(name: (style.child("name")?.attribute("val") ?? id).lowercased(),
                               basedOn: style.child("basedOn")?.attribute("val"),
                               outlineLevel: pPr.flatMap(Self.outlineLevel),
                               numbered: pPr.flatMap(Self.numbered),
                               numbering: pPr.flatMap(Self.numbering))
        }
    }

    /// The heading level (1-9) of a paragraph with style `style` and direct outline level `direct`.
    func headingLevel(style: String?, direct: Int?) -> Int? {
        if let direct { return (0..<9).contains(direct) ? direct + 1 : nil }
        for s in chain(style) {
            if let level = s.outlineLevel { return (0..<9).contains(level) ? level + 1 : nil }
            if s.name == "title" { return 1 }
            if s.name.hasPrefix("heading "), let n = Int(s.name.dropFirst(8)), (1...9).contains(n) { return n }
        }
        return nil
    }

    /// True when a paragraph with style `style` and direct numbering `direct` is a list item.
    func isList(style: String?, direct: Bool?) -> Bool {
        if let direct { return direct }
        for s in chain(style) {
            if let numbered = s.numbered { return numbered }
            if s.name.hasPrefix("list") { return true }
        }
        return false
    }

    /// `w:outlineLvl` of a `w:pPr`.
    static func outlineLevel(_ pPr: XMLNode) -> Int? {
        pPr.child("outlineLvl")?.attribute("val").flatMap { Int($0) }
    }

    /// Whether a `w:pPr` numbers its paragraph: true for a `w:numId` other than 0, false for 0
    /// (numbering switched off), nil when it says nothing.
    static func numbered(_ pPr: XMLNode) -> Bool? {
        guard let numPr = pPr.child("numPr") else { return nil }
        guard let id = numPr.child("numId")?.attribute("val") else { return numPr.child("ilvl") != nil ? true : nil }
        return id != "0"
    }

    /// The list and level of a `w:pPr`'s `w:numPr` (nil without one, or for `w:numId` 0).
    static func numbering(_ pPr: XMLNode) -> (id: String, level: Int)? {
        guard let numPr = pPr.wordChild("numPr"), let id = numPr.wordChild("numId")?.value, id != "0" else { return nil }
        return (id, numPr.wordChild("ilvl")?.value.flatMap { Int($0) } ?? 0)
    }

    /// The numbering a paragraph with style `style` gets from its style chain.
    func numbering(style: String?) -> (id: String, level: Int)? {
        for s in chain(style) {
            if s.numbered == false { return nil }
            if let n = s.numbering { return n }
        }
        return nil
    }

    /// The style and the styles it is based on, nearest first (at most 16: chains may loop).
    private func chain(_ id: String?) -> [Style] {
        var out: [Style] = []
        var next = id
        while let id = next, let style = styles[id], out.count < 16 {
            out.append(style)
            next = style.basedOn
        }
        return out
    }
}
