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
/// Stages: decode (UTF-8, else Windows-1252) → lines → layout per file (`Layout`: tab or pipe
/// table, key-value blocks, paragraphs or glued text) → rows by that layout's reader (continuations,
/// captions, headers) → provision identification against the catalogue → status and fields.
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

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// Normalises one document.
    ///
    /// - Throws: `NormaliserError` with the file and line: `.empty` ("file is empty (no text)"),
    ///   `.binary` ("file is binary, not text (NUL byte at line 3)"), `.tooLarge`,
    ///   `.noTable` ("no self-assessment table found"), `.noResponses`.
    public func normalise(_ input: DocumentInput) throws(NormaliserError) -> Assessment {
        guard let firstPath = input.parts.first?.path else {
            throw NormaliserError(kind: .empty, file: "(no file)", line: nil, message: "document has no files", help: "name at least one file")
        }
        var sources: [SourceFile] = []
        var lines: [SourceLine] = []
        var layouts: [Layout] = []
        // Structured formats (PDF, Word, HTML) are read into the document model, then written out as lines.
        var located: [Int: DocumentLines] = [:]
        var partFormats: [Int: String] = [:]
        var titleHints: [String] = []
        var droppedLines = 0
        for (k, part) in input.parts.enumerated() {
            if part.bytes.count > maxBytes {
                throw NormaliserError(kind: .tooLarge, file: part.path, line: nil,
                                      message: "file is \(part.bytes.count / 1_048_576) MB, over the \(maxBytes / 1_048_576) MB limit for one self-assessment",
                                      help: "check it is the right file; split a combined export into one file per landlord")
            }
            let partLines: [SourceLine]
            let encoding: String
            var dropped = 0
            if let reader = FormatReaders.reader(for: try FileFormat.sniff(part.bytes, path: part.path)) {
                let document = try reader.read(part, index: k)
                let rendered = DocumentLines(document, part: k)
                partLines = rendered.lines
                located[k] = rendered
                dropped = document.dropped.count
                encoding = document.parts.first?.encoding ?? "binary"
                partFormats[k] = document.parts.first?.format
                titleHints += document.titleHints
            } else {
                let decoded = try TextDecoding.decode(part.bytes, file: part.path)
                partLines = SourceLine.split(decoded.text, part: k)
                encoding = decoded.encoding
            }
            droppedLines += dropped
            lines.append(contentsOf: partLines)
            layouts.append(Layout.detect(partLines))
            sources.append(SourceFile(path: part.path, sha256: Self.sha256(part.bytes), byteCount: part.bytes.count,
                                      lineCount: partLines.count + dropped, encoding: encoding))
        }
        let paths = input.parts.map(\.path)
        let classifier = LineClassifier(catalogue: catalogue)

        // Version: manifest, else cues and catalogue fit of row-leading numbers.
        var leading: [ProvisionID] = []
        for (k, layout) in layouts.enumerated() {
            let partLines = lines.filter { $0.part == k && $0.text.count <= maxLineLength }
            switch layout {
            case .table(let splitter):
                for line in partLines {
                    let cells = splitter.cells(line.text)
                    if cells.count >= 2, let r = ProvisionNumber.read(cells[0]) { leading.append(r.id) }
                }
            case .keyValue: leading += KeyValueReader.starts(partLines).compactMap { $0.reading?.id }
            case .flow: leading += FlowReader.starts(partLines).map(\.reading.id)
            }
        }
        let version: CodeVersion
        let versionReason: String
        if let v = input.version {
            version = v
            versionReason = "\(v.rawValue): set by the manifest"
        } else {
            let d = VersionDetector(catalogue: catalogue).decide(lines: lines, leadingNumbers: leading)
            version = d.version
            versionReason = d.reason
        }

        // Rows, per file.
        var rows: [RowDraft] = []
        var roles: [LineRole] = []
        var fragments: [Fragment] = []
        var title: String?
        var tableFound = false
        var formats: [String] = []
        var offset = 0
        for (k, _) in input.parts.enumerated() {
            let partLines = lines.filter { $0.part == k }
            let safe = partLines.map { $0.text.count > maxLineLength ? SourceLine(number: $0.number, text: "", part: k) : $0 }
            var out: ReaderOutput
            switch layouts[k] {
            case .table(let splitter):
                out = CellTableReader(catalogue: catalogue, version: version, classifier: classifier, splitter: splitter).read(safe)
            case .keyValue:
                out = KeyValueReader(catalogue: catalogue, version: version, classifier: classifier).read(safe)
            case .flow:
                out = FlowReader(catalogue: catalogue, version: version, classifier: classifier).read(safe)
            }
            formats.append(out.format ?? layouts[k].format)
            for i in 0..<partLines.count where partLines[i].text.count > maxLineLength {
                out.roles[i] = .unparsed(.noise, "line of \(partLines[i].text.count) characters is too long to be a table row")
            }
            rows += out.rows.map { shift($0, by: offset) }
            roles += out.roles
            fragments += out.fragments.map { Fragment(line: $0.line + offset, text: $0.text, reason: $0.reason, detail: $0.detail) }
            title = title ?? out.title
            tableFound = tableFound || out.tableFound
            offset += partLines.count
        }
        guard tableFound else {
            throw NormaliserError(kind: .noTable, file: firstPath, line: nil, message: "no self-assessment table found",
                                  help: "chc reads tables with a 'Code requirement' / 'Comply' header or rows starting with provision numbers such as 1.2; see README 'Supported layouts'")
        }

        let identified = ProvisionIdentifier(catalogue: catalogue, version: version).identify(rows)
        let assembler = ResponseAssembler(catalogue: catalogue, version: version)
        let responses = identified.identified.map { assembler.response($0, lines: lines, paths: paths) }
        guard !responses.isEmpty else {
            let first = rows.first?.lines.first.map { lines[$0].number }
            throw NormaliserError(kind: .noResponses, file: firstPath, line: first,
                                  message: "a table was found but no row could be tied to a \(version.rawValue) Code provision",
                                  help: "check the provision numbers and the Code version (set code_version in the manifest if detection is wrong)")
        }
        for r in identified.rejected {
            for i in r.row.lines { roles[i] = .unparsed(r.reason, r.detail) }
        }

        // Account for every line.
        var unparsed: [UnparsedLine] = []
        var account = LineAccount()
        account.total = lines.count + droppedLines
        account.boilerplate = droppedLines
        var fragmentsByLine: [Int: [Fragment]] = [:]
        for f in fragments { fragmentsByLine[f.line, default: []].append(f) }
        for (i, role) in roles.enumerated() {
            let line = lines[i]
            let path = paths[line.part]
            switch role {
            case .blank: account.blank += 1
            case .heading: account.heading += 1
            case .boilerplate: account.boilerplate += 1
            case .row:
                account.response += 1
                for f in fragmentsByLine[i] ?? [] {
                    unparsed.append(UnparsedLine(sourcePath: path, line: line.number, text: f.text, reason: f.reason, detail: f.detail))
                }
            case .unparsed(let reason, let detail):
                if line.isBlank { account.blank += 1; continue }
                account.unparsed += 1
                let text = line.text.count > 2000 ? String(line.text.prefix(2000)) + "…" : line.text
                unparsed.append(UnparsedLine(sourcePath: path, line: line.number, text: text, reason: reason, detail: detail))
            }
        }

        let opening = OpeningText(hints: titleHints, title: title, lines: lines.prefix(200).filter { !$0.isBlank }.map(\.text))
        let fileNames = paths.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        let period = DocumentFacts.period(in: opening.periodTexts + fileNames)
        let landlord = LandlordNaming.evidence(opening, paths: paths)
        let format = partFormats[0] ?? ("text/" + (formats.first ?? "tab-table"))
        let locatedResponses = located.isEmpty ? responses : responses.map { Self.locate($0, paths: paths, located: located) }
        let locatedUnparsed = located.isEmpty ? unparsed : unparsed.map { Self.locate($0, paths: paths, located: located) }
        return Assessment(sources: sources, codeVersion: version, versionReason: versionReason, title: title,
                          landlordName: landlord.names.first?.text, period: period, format: format, responses: locatedResponses,
                          unparsed: locatedUnparsed, lineAccount: account, landlordEvidence: landlord)
    }

    /// A response read from a structured format, with its lines, pages and element path in the original file.
    static func locate(_ response: Response, paths: [String], located: [Int: DocumentLines]) -> Response {
        guard let part = paths.firstIndex(of: response.sourcePath), let rendered = located[part],
              let start = rendered.location(ofLine: response.lineStart) else { return response }
        let end = rendered.location(ofLine: response.lineEnd) ?? start
        var r = response
        r.lineStart = start.line
        r.pageStart = start.page
        r.locator = start.locator
        r.pageEnd = end.page
        // Lines of one page or file only go forward; a response ending on a later page may end on a lower line.
        r.lineEnd = end.page != start.page ? end.line : max(start.line, end.line)
        return r
    }

    /// An unparsed line of a structured format, at its line and page in the original file.
    static func locate(_ line: UnparsedLine, paths: [String], located: [Int: DocumentLines]) -> UnparsedLine {
        guard let part = paths.firstIndex(of: line.sourcePath), let at = located[part]?.location(ofLine: line.line) else { return line }
        var u = line
        u.line = at.line
        u.page = at.page
        return u
    }

    private func shift(_ row: RowDraft, by offset: Int) -> RowDraft {
        var r = row
        r.lines = row.lines.map { $0 + offset }
        r.verticalCells = row.verticalCells.map { ($0.line + offset, $0.text) }
        return r
    }

    /// Tab tables unless pipes separate cells on more lines than tabs do.
    static func splitter(for lines: [SourceLine]) -> CellSplitter {
        var tabs = 0, pipes = 0
        for l in lines {
            if l.text.contains("\t") { tabs += 1 }
            if l.text.filter({ $0 == "|" }).count >= 2 { pipes += 1 }
        }
        return pipes > tabs ? .pipe : .tab
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
