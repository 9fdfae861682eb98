/// Reads a PDF's text layer into the document model: tables as rows × cells (each cell's wrapped
/// lines kept in its column), headings and paragraphs, with page and line of every line.
///
/// Stages: poppler's glyphs with their boxes (`PopplerText`) → words and lines per page
/// (`PDFLineBuilder`) → page headers, footers and page numbers set aside (`PDFPageChrome`) → table
/// bands and running text per page (`PDFPageLayout`) → rows and cells (`PDFTableBuilder`) → tables
/// joined over page breaks and text blocks (`PDFDocumentAssembler`).
///
/// ```swift
/// let document = try PDFReader().read(DocumentInput.Part(path: "form.pdf", bytes: bytes), index: 0)
/// document.blocks.first { $0.kind == .table }?.rows.count // 73
/// ```
struct PDFReader: FormatReader {
    var limits = PopplerText.Limits()

    /// - Throws: `NormaliserError` `.encrypted`, `.corrupt`, `.overLimit` (see `PopplerText.pages`) and
    ///   `.noTextLayer` ("no text layer (a scanned image?) - OCR is not supported").
    func read(_ part: DocumentInput.Part, index: Int) throws(NormaliserError) -> Document {
        let pages = try PopplerText.pages(of: part.bytes, path: part.path, limits: limits).map(PDFLineBuilder.upright)
        guard pages.contains(where: { $0.glyphs.contains { !$0.isSpace } }) else {
            throw NormaliserError(kind: .noTextLayer, file: part.path, line: nil,
                                  message: "no text layer (a scanned image?) - OCR is not supported",
                                  help: "ask the landlord for the original document (Word, or a PDF saved from it rather than scanned), or run OCR yourself and add the text file")
        }
        let lines = pages.map(PDFLineBuilder.lines)
        let body = PDFLine.dominantSize(lines.joined().flatMap(\.words))
        let chrome = PDFPageChrome.find(lines, heights: pages.map(\.height))
        var dropped: [Document.Dropped] = []
        var regions: [[PDFRegion]] = []
        let layout = PDFPageLayout(bodySize: body)
        for (p, pageLines) in lines.enumerated() {
            var kept = pageLines
            // Remove chrome words from the end of each line backwards, so earlier ranges stay valid.
            for piece in chrome[p].sorted(by: { ($0.line, $0.words.lowerBound) > ($1.line, $1.words.lowerBound) }) {
                let line = pageLines[piece.line]
                dropped.append(Document.Dropped(text: PDFLine.join(line.words[piece.words]),
                                                location: Location(part: index, line: line.number, page: line.page), reason: piece.reason))
                kept[piece.line].words.removeSubrange(piece.words)
            }
            regions.append(layout.regions(kept.filter { !$0.words.isEmpty }, page: p + 1))
        }
        dropped.sort { ($0.location.page ?? 0, $0.location.line) < ($1.location.page ?? 0, $1.location.line) }
        let assembled = PDFDocumentAssembler(bodySize: body, part: index).assemble(regions)
        let lineCount = lines.reduce(0) { $0 + $1.count }
        let info = Document.Part(path: part.path, format: "pdf", sha256: Normaliser.sha256(part.bytes), byteCount: part.bytes.count,
                                 lineCount: lineCount, encoding: nil, pageCount: pages.count)
        return Document(parts: [info], blocks: assembled.blocks, dropped: dropped + assembled.dropped, titleHints: [])
    }
}
