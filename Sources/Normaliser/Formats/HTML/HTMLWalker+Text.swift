/// Plain text of a subtree, read without recursion: for elements nested past `maxDepth`, for
/// form controls and for the text of dropped elements.
extension HTMLWalker {
    /// Appends the text under `e` to the open block.
    mutating func appendFlat(_ e: XMLNode) {
        var lines = builder
        cursor = Self.flatText(e, into: &lines, at: Location(part: part, line: cursor, locator: locator))
        builder = lines
    }

    /// Appends the text under `e` to `lines`: block-level elements and `<br>` break lines; script,
    /// style and other never-text elements inside `e` are skipped. `start.line` is the furthest
    /// source line reached so far; returns the furthest line reached after `e`.
    static func flatText(_ e: XMLNode, into lines: inout LineBuilder, at start: Location) -> Int {
        var cursor = max(start.line, e.line)
        var stack: [(node: XMLNode, closing: Bool)] = e.children.reversed().map { ($0, false) }
        while let (node, closing) = stack.popLast() {
            if closing {
                lines.breakLine()
                continue
            }
            if node.isText {
                let content = node.content
                let newlines = content.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
                lines.append(content, at: Location(part: start.part, line: max(cursor, node.line - newlines), locator: start.locator))
                cursor = max(cursor, node.line)
                continue
            }
            guard node.isElement else { continue }
            cursor = max(cursor, node.line)
            let name = node.name
            if isNeverTextInside(name) { continue }
            switch HTMLElements.role(of: name) {
            case .lineBreak:
                lines.breakLine()
            case .inline, .control:
                stack += node.children.reversed().map { ($0, false) }
            default:
                lines.breakLine()
                stack.append((node, true))
                stack += node.children.reversed().map { ($0, false) }
            }
        }
        return cursor
    }

    private static func isNeverTextInside(_ name: String) -> Bool {
        HTMLElements.isNeverText(name) || name == "head"
    }

    /// Descendant elements named `name`, in document order (without recursion).
    static func descendants(_ e: XMLNode, named name: String) -> [XMLNode] {
        var out: [XMLNode] = []
        var stack = e.children.reversed().map { $0 }
        while let node = stack.popLast() {
            guard node.isElement else { continue }
            if node.name == name { out.append(node) }
            stack += node.children.reversed().map { $0 }
        }
        return out
    }
}
