/// Reads one file of a given format into the document model.
///
/// Each reader bounds its work (file size, unpacked size, pages, nesting) and throws a
/// `NormaliserError` naming the file (and page or line) for anything it cannot read.
public protocol FormatReader: Sendable {
    /// The document model of one file; `index` is the file's position in a multi-part document,
    /// recorded in every `Location.part`.
    func read(_ part: DocumentInput.Part, index: Int) throws(NormaliserError) -> Document
}

/// The reader for each binary or markup format.
enum FormatReaders {
    static func reader(for format: FileFormat) -> FormatReader? {
        switch format {
        case .pdf: return PDFReader()
        case .docx: return WordReader()
        case .html: return HTMLReader()
        case .text: return nil
        }
    }
}
