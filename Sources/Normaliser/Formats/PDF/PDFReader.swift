/// Reads a PDF's text layer into the document model (not built yet: throws `.unsupported`).
struct PDFReader: FormatReader {
    func read(_ part: DocumentInput.Part, index: Int) throws(NormaliserError) -> Document {
        throw NormaliserError(kind: .unsupported, file: part.path, line: nil, message: "PDF files are not read yet",
                              help: "extract the text first (pdftotext) and add the .txt file")
    }
}
