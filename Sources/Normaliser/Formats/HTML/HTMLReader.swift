/// Reads a web page into the document model (not built yet: throws `.unsupported`).
struct HTMLReader: FormatReader {
    func read(_ part: DocumentInput.Part, index: Int) throws(NormaliserError) -> Document {
        throw NormaliserError(kind: .unsupported, file: part.path, line: nil, message: "HTML pages are not read yet",
                              help: "save the page as text and add the .txt file")
    }
}
