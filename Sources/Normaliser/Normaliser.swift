import Assessment
import Crypto

/// The bytes of one document to normalise: one file, or several files forming one assessment.
public struct DocumentInput: Sendable {
    /// One source file: its path (as it should be recorded) and raw bytes.
    public struct Part: Sendable {
        public let path: String
        public let bytes: [UInt8]
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }
    public var parts: [Part]
    /// Forces the Code version (from the manifest) instead of detecting it.
    public var version: CodeVersion?

    public init(parts: [Part], version: CodeVersion? = nil) {
        self.parts = parts
        self.version = version
    }

    /// A single-file document.
    public init(path: String, bytes: [UInt8], version: CodeVersion? = nil) {
        self.init(parts: [Part(path: path, bytes: bytes)], version: version)
    }
}

/// Parses a published self-assessment into the common schema.
///
/// Stages: each file is read into the document model (`Document`: text by layout per region, PDF, Word,
/// HTML by their own readers); the one reading core then finds every candidate row start (`AnchorFinder`),
/// aligns them to the Code's order for each version (`Alignment`, `RowFinder`), decides the version from
/// how the rows fit (`VersionVote`), cuts the rows (`Segmenter`), reads their fields by column, label or
/// order (`TableFields`, `FlowFields`), and accounts for every line (`LineAccounting`).
///
/// ```swift
/// let normaliser = Normaliser(catalogue: try Catalogue.bundled())
/// let assessment = try normaliser.normalise(DocumentInput(path: "a.txt", bytes: Array(data)))
/// assessment.responses.first?.provision // 1.2
/// ```
public struct Normaliser: Sendable {
    public let catalogue: Catalogue
    /// Files larger than this are refused with a clear error.
    public var maxBytes = 64 * 1024 * 1024
    /// Lines longer than this are recorded as unparsed noise instead of being read as rows.
    public var maxLineLength = 100_000
    private let words: CatalogueWords

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
        self.words = CatalogueWords(catalogue)
    }

    /// Normalises one document.
    ///
    /// - Throws: `NormaliserError` with the file and line: `.empty` ("file is empty (no text)"),
    ///   `.binary` ("file is binary, not text (NUL byte at line 3)"), `.tooLarge`, `.unsupported`,
    ///   `.noTable` ("no self-assessment table found"), `.noResponses`, and the format readers' errors.
    public func normalise(_ input: DocumentInput) throws(NormaliserError) -> Assessment {
        guard let firstPath = input.parts.first?.path else {
            throw NormaliserError(kind: .empty, file: "(no file)", line: nil, message: "document has no files", help: "name at least one file")
        }
        let loaded = try load(input)
        let core = ReadingCore(catalogue: catalogue, words: words, classifier: LineClassifier(catalogue: catalogue))
            .read(loaded.document, version: input.version, text: loaded.text)
        guard core.tableFound else {
            throw NormaliserError(kind: .noTable, file: firstPath, line: nil, message: "no self-assessment table found",
                                  help: "chc reads tables with a 'Code requirement' / 'Comply' header or rows starting with provision numbers such as 1.2; see README 'Supported layouts'")
        }
        guard !core.responses.isEmpty else {
            throw NormaliserError(kind: .noResponses, file: firstPath, line: nil,
                                  message: "a table was found but no row could be tied to a \(core.version.rawValue) Code provision",
                                  help: "check the provision numbers and the Code version (set code_version in the manifest if detection is wrong)")
        }
        var account = core.account
        var unparsed = core.unparsed
        for long in loaded.longLines {
            account.blank -= 1
            account.unparsed += 1
            unparsed.append(long)
        }
        let sources = loaded.document.parts.enumerated().map { k, p in
            SourceFile(path: p.path, sha256: p.sha256, byteCount: p.byteCount,
                       lineCount: p.format.hasPrefix("text") ? p.lineCount : (core.linesByPart[k] ?? 0), encoding: p.encoding ?? "binary")
        }
        let paths = input.parts.map(\.path)
        let fileNames = paths.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        // The core's opening starts with the title hints; the landlord reading takes them apart.
        let hints = loaded.document.titleHints
        let opening = OpeningText(hints: hints, title: core.title, lines: Array(core.opening.dropFirst(hints.count)))
        let period = DocumentFacts.period(in: opening.periodTexts + fileNames)
        let landlord = LandlordNaming.evidence(opening, paths: paths)
        let first = loaded.document.parts.first?.format ?? "text"
        let format = first.hasPrefix("text") ? "text/" + core.style : first
        return Assessment(sources: sources, codeVersion: core.version, versionReason: core.versionReason, title: core.title,
                          landlordName: landlord.names.first?.text, period: period, format: format, responses: core.responses,
                          unparsed: unparsed, lineAccount: account, landlordEvidence: landlord)
    }

    /// The files of a document read into one document model.
    struct Loaded {
        var document = Document(parts: [], blocks: [])
        var text = ReadingCore.TextFacts()
        /// Lines over `maxLineLength`, left out and listed as unparsed.
        var longLines: [UnparsedLine] = []
    }

    private func load(_ input: DocumentInput) throws(NormaliserError) -> Loaded {
        var loaded = Loaded()
        for (k, part) in input.parts.enumerated() {
            if part.bytes.count > maxBytes {
                throw NormaliserError(kind: .tooLarge, file: part.path, line: nil,
                                      message: "file is \(part.bytes.count / 1_048_576) MB, over the \(maxBytes / 1_048_576) MB limit for one self-assessment",
                                      help: "check it is the right file; split a combined export into one file per landlord")
            }
            if let reader = FormatReaders.reader(for: try FileFormat.sniff(part.bytes, path: part.path)) {
                var document = try reader.read(part, index: k)
                if document.parts.isEmpty {
                    document.parts = [Document.Part(path: part.path, format: "binary", sha256: Self.sha256(part.bytes),
                                                    byteCount: part.bytes.count, lineCount: 0)]
                }
                loaded.document.append(document)
                continue
            }
            let decoded = try TextDecoding.decode(part.bytes, file: part.path)
            var lines = SourceLine.split(decoded.text, part: k)
            for (i, line) in lines.enumerated() where line.text.utf8.count > maxLineLength {
                let n = line.text.count
                loaded.longLines.append(UnparsedLine(sourcePath: part.path, line: line.number, text: String(line.text.prefix(2000)) + "…", reason: .noise,
                                                     detail: "line of \(n) characters is over the \(maxLineLength)-character limit for one line; not read"))
                lines[i] = SourceLine(number: line.number, text: "", part: k)
            }
            let text = TextDocumentReader.read(lines, part: k)
            let offset = loaded.document.blocks.count
            loaded.document.blocks += text.blocks
            loaded.document.dropped += text.dropped
            loaded.text.blankLines[k] = text.blankLines
            loaded.text.pipeTables.formUnion(text.pipeTables.map { $0 + offset })
            loaded.text.rawLines[k] = lines.map(\.text)
            loaded.document.parts.append(Document.Part(path: part.path, format: "text", sha256: Self.sha256(part.bytes),
                                                       byteCount: part.bytes.count, lineCount: lines.count, encoding: decoded.encoding))
        }
        return loaded
    }

    /// Lowercase hex SHA-256 of raw bytes.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        let hex = Array("0123456789abcdef")
        var s = ""
        s.reserveCapacity(64)
        for b in digest {
            s.append(hex[Int(b >> 4)])
            s.append(hex[Int(b & 0x0F)])
        }
        return s
    }
}
