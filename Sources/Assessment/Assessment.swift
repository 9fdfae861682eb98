/// One landlord's published self-assessment, normalised: the document's facts and its responses.
public struct Assessment: Sendable, Codable {
    /// The files this assessment was read from (several for multi-part web assessments).
    public var sources: [SourceFile]
    public var codeVersion: CodeVersion
    /// The evidence for `codeVersion` (cues found, or "manifest").
    public var versionReason: String
    /// The document's title line, if one was recognised.
    public var title: String?
    /// Landlord named in the text, if any (the manifest may override).
    public var landlordName: String?
    /// Every spelling of the landlord's name the document carries and where it was found, and the web
    /// addresses it gives for itself (empty when the reader found none).
    public var landlordEvidence = LandlordEvidence()
    /// Period detected in the text or file name, e.g. "2024-25".
    public var period: String?
    /// Input format, e.g. "text/tab-table", "text/pipe-table", "text/key-value".
    public var format: String
    public var responses: [Response]
    public var unparsed: [UnparsedLine]
    /// Counts of how every line was accounted for.
    public var lineAccount: LineAccount

    public init(sources: [SourceFile], codeVersion: CodeVersion, versionReason: String, title: String?,
                landlordName: String?, period: String?, format: String, responses: [Response],
                unparsed: [UnparsedLine], lineAccount: LineAccount, landlordEvidence: LandlordEvidence = LandlordEvidence()) {
        self.sources = sources
        self.codeVersion = codeVersion
        self.versionReason = versionReason
        self.title = title
        self.landlordName = landlordName
        self.period = period
        self.format = format
        self.responses = responses
        self.unparsed = unparsed
        self.lineAccount = lineAccount
        self.landlordEvidence = landlordEvidence
    }

    /// Number of responses with the given status.
    public func count(_ status: Status) -> Int { responses.filter { $0.status == status }.count }
}

/// A source file's identity.
public struct SourceFile: Sendable, Hashable, Codable {
    /// Path as given (relative to the corpus folder when built from one).
    public var path: String
    /// Lowercase hex SHA-256 of the file's raw bytes.
    public var sha256: String
    public var byteCount: Int
    public var lineCount: Int
    /// "utf-8" or "windows-1252".
    public var encoding: String

    public init(path: String, sha256: String, byteCount: Int, lineCount: Int, encoding: String) {
        self.path = path
        self.sha256 = sha256
        self.byteCount = byteCount
        self.lineCount = lineCount
        self.encoding = encoding
    }
}

/// How the lines of a document were accounted for. `blank + response + heading + boilerplate + unparsed == total`
/// counts lines (a line partly in a response and partly unparsed counts as a response line).
public struct LineAccount: Sendable, Hashable, Codable {
    public var total = 0
    public var blank = 0
    public var response = 0
    public var heading = 0
    public var boilerplate = 0
    public var unparsed = 0
    public init() {}
}
