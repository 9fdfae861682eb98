/// Reads a Word (.docx) file's body into the document model (not built yet: throws `.unsupported`).
struct WordReader: FormatReader {
    func read(_ part: DocumentInput.Part, index: Int) throws(NormaliserError) -> Document {
        throw NormaliserError(kind: .unsupported, file: part.path, line: nil, message: "Word files are not read yet",
                              help: "save the file as text and add the .txt file")
    }
}
