import Assessment
import Dataset

/// What a build produced: one outcome per document written, and the documents that failed.
public struct BuildReport: Sendable {
    /// The documents written, by path.
    public var documents: [DocumentOutcome] = []
    /// The documents (and manifest rows) that could not be built, each with its message.
    public var failures: [BuildFailure] = []
    /// Files of the corpus folder not read, with the reason (not failures: they do not change the exit status).
    public var skipped: [SkippedFile] = []
    /// What the writer wrote.
    public var summary = WriteSummary()
    /// False when no document could be built: the target was left as it was.
    public var written = false
    /// An empty report.
    public init() {}
}

/// A document that could not be built, with a message naming the file and line.
public struct BuildFailure: Error, Sendable, Hashable {
    public var path: String
    public var line: Int?
    public var message: String
    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
}

/// One built document's summary line.
public struct DocumentOutcome: Sendable, Hashable {
    public var path: String
    public var landlord: String
    public var codeVersion: CodeVersion
    public var counts: [Status: Int]
    public var responses: Int
    public var unparsedLines: Int
    public var provisionSources: [ProvisionSource: Int]

    init(record: DocumentRecord) {
        let a = record.assessment
        path = a.sources.map(\.path).joined(separator: ";")
        landlord = record.storedLandlordName
        codeVersion = a.codeVersion
        var c: [Status: Int] = [:]
        for r in a.responses { c[r.status, default: 0] += 1 }
        counts = c
        responses = a.responses.count
        unparsedLines = a.lineAccount.unparsed
        var s: [ProvisionSource: Int] = [:]
        for r in a.responses { s[r.provisionSource, default: 0] += 1 }
        provisionSources = s
    }
}
