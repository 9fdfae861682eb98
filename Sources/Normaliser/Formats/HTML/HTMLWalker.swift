/// Walks a parsed web page into blocks, in source order, as a browser lays the text out: headings,
/// paragraphs (block-level boundaries split them, `<br>` splits lines), list items, tables;
/// definition lists and labelled `div`s become adjacent paragraphs. Page chrome and hidden
/// elements go to `dropped` with their reason (see `HTMLElements.dropReason`).
///
/// A line's location is the source line of its first character and the path of the block element
/// that holds it (`body/main/table[2]/tr[5]/td[3]`; `[n]` only where siblings share the name).
///
/// ```swift
/// var walker = HTMLWalker(part: 0)
/// walker.read(body, path: "body")
/// walker.blocks.map(\.kind) // [.heading(level: 1), .table]
/// ```
struct HTMLWalker {
    /// Where the walk is and what that means for the text met there.
    struct Context {
        var path: String
        var depth = 0
        /// Inside `article`, `section` or `main`, where `header` and `footer` are content.
        var inSection = false
        /// Inside a container block (`p`, `li`, `h2`, …): boundaries break lines, not blocks.
        var inContainer = false
        /// Inside a table cell: everything, nested tables included, becomes the cell's lines.
        var inCell = false
        var preformatted = false
    }

    /// Elements deeper than this are read as plain text, without recursion.
    static let maxDepth = 120
    /// Longest text kept for one dropped line.
    static let maxDroppedLength = 500

    let part: Int
    var blocks: [Block] = []
    var dropped: [Document.Dropped] = []
    /// The text of the first `h1`.
    var firstHeading: String?
    /// The block being built: its kind, lines, and the path its text is located at.
    var kind: Block.Kind = .paragraph
    var builder = LineBuilder()
    var locator = ""
    /// The furthest source line reached (libxml2 dates a text node by the end of its first chunk).
    var cursor = 1

    init(part: Int) {
        self.part = part
    }

    /// Reads the children of `root` (the `body`, or the `html` element of a page without one).
    mutating func read(_ root: XMLNode, path: String) {
        locator = path
        walkChildren(root, Context(path: path))
        flush()
    }

    /// Reads the child nodes of `node`, giving each child element its path.
    mutating func walkChildren(_ node: XMLNode, _ context: Context) {
        var counts: [String: Int] = [:]
        for child in node.children where child.isElement { counts[child.name, default: 0] += 1 }
        var seen: [String: Int] = [:]
        for child in node.children {
            if child.isText {
                text(child, context)
                continue
            }
            guard child.isElement else { continue }
            let name = child.name
            let index = (seen[name] ?? 0) + 1
            seen[name] = index
            let step = (counts[name] ?? 1) > 1 ? "\(name)[\(index)]" : name
            element(child, name: name, path: context.path.isEmpty ? step : context.path + "/" + step, context)
        }
    }

    mutating func element(_ e: XMLNode, name: String, path: String, _ outer: Context) {
        cursor = max(cursor, e.line)
        if name == "head" { return }
        if let reason = HTMLElements.dropReason(e, name: name, inSection: outer.inSection) {
            drop(e, reason: reason, path: path)
            return
        }
        var inner = outer
        inner.path = path
        inner.depth += 1
        if name == "article" || name == "section" || name == "main" { inner.inSection = true }
        guard inner.depth <= Self.maxDepth else {
            appendFlat(e)
            return
        }
        if name == "img" {
            image(e, inCell: outer.inCell)
            return
        }
        switch HTMLElements.role(of: name) {
        case .inline: walkChildren(e, inner)
        case .lineBreak: builder.breakLine()
        case .group:
            boundary(at: path, outer)
            walkChildren(e, inner)
            boundary(at: outer.path, outer)
        case .container(let kind): container(e, kind: kind, inner, outer: outer)
        case .preformatted:
            inner.preformatted = true
            container(e, kind: .paragraph, inner, outer: outer)
        case .table: table(e, inner, outer: outer)
        case .control: control(e, name: name)
        }
    }

    private mutating func text(_ node: XMLNode, _ context: Context) {
        let content = node.content
        let newlines = content.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        let start = max(cursor, node.line - newlines)
        cursor = max(cursor, node.line)
        let at = Location(part: part, line: start, locator: locator)
        if context.preformatted { builder.appendPreformatted(content, at: at) } else { builder.append(content, at: at) }
    }

    /// A block boundary: a new line inside a cell or container, else the end of the open paragraph.
    mutating func boundary(at path: String, _ context: Context) {
        if context.inCell || context.inContainer {
            builder.breakLine()
        } else {
            flush()
            locator = path
        }
    }

    /// An element holding one block of `kind`. Inside a cell or another container its content
    /// is more lines of that block, except that a nested list item is a list item of its own.
    mutating func container(_ e: XMLNode, kind: Block.Kind, _ inner: Context, outer: Context) {
        if outer.inCell || (outer.inContainer && kind != .listItem) {
            builder.breakLine()
            walkChildren(e, inner)
            builder.breakLine()
            return
        }
        let (outerKind, outerLocator) = (self.kind, locator)
        flush()
        self.kind = kind
        locator = inner.path
        var content = inner
        content.inContainer = true
        walkChildren(e, content)
        flush()
        (self.kind, locator) = outer.inContainer ? (outerKind, outerLocator) : (.paragraph, outer.path)
    }

    /// Ends the open block, adding it when it has text.
    mutating func flush() {
        let lines = builder.take()
        guard !lines.isEmpty else { return }
        if kind == .heading(level: 1), firstHeading == nil { firstHeading = lines.map(\.text).joined(separator: " ") }
        blocks.append(Block(kind: kind, lines: lines))
    }

    /// A form control's state as text: a checkbox or radio button ☒ / ☐, a text field its value,
    /// a list its chosen options, a text area its text.
    private mutating func control(_ e: XMLNode, name: String) {
        let at = Location(part: part, line: max(cursor, e.line), locator: locator)
        switch name {
        case "input":
            let type = e.attribute("type")?.lowercased() ?? "text"
            if type == "checkbox" || type == "radio" {
                builder.append(e.attribute("checked") != nil ? " ☒ " : " ☐ ", at: at)
            } else if ["text", "search", "email", "number", "tel", "url", "date"].contains(type), let value = e.attribute("value") {
                builder.append(" " + value + " ", at: at)
            }
        case "select":
            let options = Self.descendants(e, named: "option")
            let chosen = options.filter { $0.attribute("selected") != nil }
            for option in chosen.isEmpty ? Array(options.prefix(1)) : chosen { appendFlat(option) }
        default:
            appendFlat(e)
        }
    }

    /// An image in a table cell reads as its text alternative (a tick drawn as `<img alt="Yes">`);
    /// elsewhere images (logos, photos) are not text.
    private mutating func image(_ e: XMLNode, inCell: Bool) {
        guard inCell, let alt = e.attribute("alt"), !alt.isEmpty else { return }
        builder.append(" " + alt + " ", at: Location(part: part, line: max(cursor, e.line), locator: locator))
    }

    /// Records a left-out element's text, line by line, with `reason`.
    private mutating func drop(_ e: XMLNode, reason: String, path: String) {
        var collected = LineBuilder()
        cursor = Self.flatText(e, into: &collected, at: Location(part: part, line: cursor, locator: path))
        for line in collected.take() {
            let text = line.text.count > Self.maxDroppedLength ? String(line.text.prefix(Self.maxDroppedLength)) + "…" : line.text
            dropped.append(Document.Dropped(text: text, location: line.location, reason: reason))
        }
    }
}
