import Assessment

/// Why a document could not be normalised. Rendered like a compiler diagnostic:
///
/// ```
/// error: no self-assessment table found
///  --> Corpus/assessments/report.txt:1
///   = help: chc reads tables with a 'Code requirement' / 'Comply' header or rows starting with provision numbers
/// ```
public struct NormaliserError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, in kind.
    public enum Kind: String, Sendable {
        case empty, binary, noTable = "no_table", tooLarge = "too_large", noResponses = "no_responses"
        /// A format chc does not read (a legacy `.doc`, a spreadsheet, an image), named in the message.
        case unsupported
        /// A password-protected or encrypted file (PDF, Word).
        case encrypted
        /// A file whose structure is broken (a truncated zip, a PDF without a valid cross-reference table).
        case corrupt
        /// A PDF with no text layer (a scanned image); chc does not do OCR.
        case noTextLayer = "no_text_layer"
        /// A file over a safety limit once unpacked (zip bomb, too many pages, elements nested too deep).
        case overLimit = "over_limit"
    }
    public let kind: Kind
    public let file: String
    /// 1-based line, when the problem has one.
    public let line: Int?
    public let message: String
    /// What to do next.
    public let help: String

    public init(kind: Kind, file: String, line: Int?, message: String, help: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
        self.help = help
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(message)\n --> \(location)\n  = help: \(help)"
    }
}
