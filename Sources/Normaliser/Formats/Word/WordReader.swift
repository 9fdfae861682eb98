/// Reads a Word (.docx) file's body into the document model.
///
/// The zip is unpacked in memory with limits (`WordPackage`); the main part named by the package's
/// relationships (normally `word/document.xml`), its styles, numbering and `docProps/core.xml` are parsed by
/// libxml2 without network access, DTDs or entity substitution. Headers, footers, footnotes and
/// comments are not body text and are not read.
///
/// ```swift
/// let document = try WordReader().read(DocumentInput.Part(path: "form.docx", bytes: bytes), index: 0)
/// document.blocks.first { $0.kind == .table }?.rows.first?.isHeader // true
/// ```
struct WordReader: FormatReader {
    /// - Throws: `NormaliserError`: `.corrupt` ("file is not a readable zip package (…)",
    ///   "word/document.xml is not well-formed XML (line 3: …)"), `.overLimit` ("word/document.xml
    ///   unpacks to more than 200 times its packed size …: a zip bomb or a damaged file"),
    ///   `.unsupported` ("Excel workbook (.xlsx), not a Word document: chc cannot read this format").
    func read(_ part: DocumentInput.Part, index: Int) throws(NormaliserError) -> Document {
        let package = try WordPackage(bytes: part.bytes, path: part.path)
        let main = try mainPart(package)
        let root = try parse(package, main)
        guard let root, root.isWord, root.name == "document", let body = root.wordChild("body") else {
            throw unsupported(part.path, "zip package whose main part \(main) is not a Word document body")
        }
        let folder = main.split(separator: "/").dropLast().joined(separator: "/")
        let related = try WordRelationships.targets(in: package, of: main)
        let sibling = { (name: String) in folder.isEmpty ? name : folder + "/" + name }
        let styles = WordStyles(try parse(package, related["styles"] ?? sibling("styles.xml")))
        let numbering = WordNumbering(try parse(package, related["numbering"] ?? sibling("numbering.xml")))
        var reader = WordBody(part: index, styles: styles, numbering: numbering)
        reader.read(body)
        let file = Document.Part(path: part.path, format: "docx", sha256: Normaliser.sha256(part.bytes),
                                 byteCount: part.bytes.count, lineCount: reader.paragraphs)
        return Document(parts: [file], blocks: reader.blocks, dropped: reader.dropped,
                        titleHints: try coreTitle(package).map { [$0] } ?? [])
    }

    /// The package's main document part: the `officeDocument` relationship of `_rels/.rels`, else
    /// `word/document.xml`.
    ///
    /// - Throws: `.unsupported` naming what the zip holds instead (a spreadsheet, a presentation,
    ///   an OpenDocument file, another archive).
    private func mainPart(_ package: WordPackage) throws(NormaliserError) -> String {
        if let main = try WordRelationships.targets(in: package, of: "")["officeDocument"], package.has(main),
           !main.lowercased().hasPrefix("xl/"), !main.lowercased().hasPrefix("ppt/") {
            return main
        }
        if package.has("word/document.xml") { return "word/document.xml" }
        let what: String
        if package.has("xl/workbook.xml") {
            what = "Excel workbook (.xlsx), not a Word document"
        } else if package.has("ppt/presentation.xml") {
            what = "PowerPoint presentation (.pptx), not a Word document"
        } else if package.has("content.xml"), package.has("mimetype") {
            what = "OpenDocument file (.odt / .ods), not a Word document"
        } else {
            what = "zip archive without a Word document body (no word/document.xml)"
        }
        throw unsupported(package.path, what)
    }

    /// The root element of part `name`, or nil when the package has no such part.
    ///
    /// - Throws: `.corrupt` "NAME is not well-formed XML (line N: …)" (also for a part declaring a
    ///   DTD, which Word never writes: refused before parsing, against entity expansion).
    func parse(_ package: WordPackage, _ name: String) throws(NormaliserError) -> XMLNode? {
        guard let bytes = try package.part(name) else { return nil }
        switch XMLTree.xml(bytes) {
        case .success(let tree): return tree.root
        case .failure(let failure):
            let at = failure.line.map { "line \($0): " } ?? ""
            throw WordPackage.corrupt(package.path, "\(name) is not well-formed XML (\(at)\(failure.message))")
        }
    }

    /// `dc:title` of `docProps/core.xml`, when set.
    private func coreTitle(_ package: WordPackage) throws(NormaliserError) -> String? {
        guard let root = try parse(package, "docProps/core.xml") else { return nil }
        guard let title = root.children.first(where: { $0.isElement && $0.name == "title" }) else { return nil }
        var builder = LineBuilder()
        builder.append(title.children.filter(\.isText).map(\.content).joined(), at: Location(line: 0))
        let text = builder.take().map(\.text).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    private func unsupported(_ path: String, _ what: String) -> NormaliserError {
        NormaliserError(kind: .unsupported, file: path, line: nil, message: "\(what): chc cannot read this format",
                        help: "save or export the self-assessment as PDF, Word (.docx), HTML or text and add that file instead")
    }
}
