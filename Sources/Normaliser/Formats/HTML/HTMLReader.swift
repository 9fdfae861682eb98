/// Reads a web page into the document model with libxml2's HTML parser: nothing is fetched and
/// nothing executed; broken markup is recovered as the parser does; the charset comes from a
/// byte-order mark, a `<meta>` declaration, else UTF-8 or Windows-1252 (`HTMLCharset`).
///
/// Blocks in source order (`HTMLWalker`); `<title>` and the first `h1` are offered as title hints.
///
/// ```swift
/// let document = try HTMLReader().read(DocumentInput.Part(path: "page.html", bytes: bytes), index: 0)
/// document.titleHints // ["Complaint handling self-assessment", …]
/// ```
struct HTMLReader: FormatReader {
    /// - Throws: `.empty` "page has no text" (no body text at all, dropped chrome aside).
    func read(_ part: DocumentInput.Part, index: Int) throws(NormaliserError) -> Document {
        let decoded = HTMLCharset.decode(part.bytes)
        guard let tree = XMLTree.html(decoded.bytes, encoding: decoded.parserEncoding), let root = tree.root else {
            throw empty(part.path)
        }
        var walker = HTMLWalker(part: index)
        let body = root.children.first { $0.isElement && $0.name == "body" }
        walker.read(body ?? root, path: body == nil ? "" : "body")
        var hints: [String] = []
        if let title = Self.title(root) { hints.append(title) }
        if let heading = walker.firstHeading, !hints.contains(heading) { hints.append(heading) }
        guard !walker.blocks.isEmpty else { throw empty(part.path) }
        let lines = part.bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let file = Document.Part(path: part.path, format: "html", sha256: Normaliser.sha256(part.bytes),
                                 byteCount: part.bytes.count, lineCount: lines, encoding: decoded.name)
        return Document(parts: [file], blocks: walker.blocks, dropped: walker.dropped, titleHints: hints)
    }

    /// The text of `head/title`.
    private static func title(_ root: XMLNode) -> String? {
        guard let head = root.children.first(where: { $0.isElement && $0.name == "head" }),
              let title = head.children.first(where: { $0.isElement && $0.name == "title" }) else { return nil }
        var lines = LineBuilder()
        _ = HTMLWalker.flatText(title, into: &lines, at: Location(line: 1))
        let text = lines.take().map(\.text).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    private func empty(_ path: String) -> NormaliserError {
        NormaliserError(kind: .empty, file: path, line: nil, message: "page has no text (nothing outside scripts, navigation and hidden elements)",
                        help: "check it is the saved page itself, not a frame or a page that loads its content by script; save the page from the browser again")
    }
}
