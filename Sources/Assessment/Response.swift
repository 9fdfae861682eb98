/// One normalised answer: a landlord's response to one provision, with its provenance.
public struct Response: Sendable, Hashable, Codable {
    public var codeVersion: CodeVersion
    /// The provision in the document's own Code version.
    public var provision: ProvisionID
    public var provisionSource: ProvisionSource
    /// Why the provision was identified this way (e.g. "printed 0.40 is not in the 2024 Code; matched by order and text").
    public var provisionNote: String?
    public var section: Int
    public var stage: Int?
    public var obligation: Obligation?
    /// Where `obligation` came from: "heading" (the form's must/should group) or "catalogue".
    public var obligationSource: String?
    /// The requirement as printed (HTML removed), or "" if the row printed none.
    public var requirement: String
    public var status: Status
    /// The raw answer as printed ('Yes – in part', 'n/a'); nil when no answer was given.
    public var statusText: String?
    /// Which rule turned `statusText` into `status` (e.g. "answer word", "text in 'Comply – No' column").
    public var statusRule: String
    public var evidence: String
    public var commentary: String
    public var action: String
    /// File the response was read from (relative to the corpus folder, or as given).
    public var sourcePath: String
    /// First line of the response (for PDF: the line on `pageStart`).
    public var lineStart: Int
    /// Last line of the response (for PDF: the line on `pageEnd`).
    public var lineEnd: Int
    /// First and last page, for paged formats (PDF); nil otherwise.
    public var pageStart: Int?
    public var pageEnd: Int?
    /// Element path or table/row of the response's first line, for structured formats (HTML `body/table[2]/tr[5]`,
    /// Word `table 3, row 5`); nil for text files.
    public var locator: String?

    public init(codeVersion: CodeVersion, provision: ProvisionID, provisionSource: ProvisionSource,
                provisionNote: String? = nil, section: Int, stage: Int?, obligation: Obligation?,
                obligationSource: String?, requirement: String, status: Status, statusText: String?,
                statusRule: String, evidence: String, commentary: String, action: String,
                sourcePath: String, lineStart: Int, lineEnd: Int,
                pageStart: Int? = nil, pageEnd: Int? = nil, locator: String? = nil) {
        self.codeVersion = codeVersion
        self.provision = provision
        self.provisionSource = provisionSource
        self.provisionNote = provisionNote
        self.section = section
        self.stage = stage
        self.obligation = obligation
        self.obligationSource = obligationSource
        self.requirement = requirement
        self.status = status
        self.statusText = statusText
        self.statusRule = statusRule
        self.evidence = evidence
        self.commentary = commentary
        self.action = action
        self.sourcePath = sourcePath
        self.lineStart = lineStart
        self.lineEnd = lineEnd
        self.pageStart = pageStart
        self.pageEnd = pageEnd
        self.locator = locator
    }
}

/// Why a line was not turned into part of a response.
public enum UnparsedReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// Prose, figures or tables outside the self-assessment table (report narrative, front matter).
    case outsideTable = "outside_table"
    /// A cell fragment whose column could not be told (text split across columns by extraction).
    case unknownColumn = "unknown_column"
    /// Text inside the table that belongs to no identifiable row.
    case noRow = "no_row"
    /// A row whose provision could not be identified from number, order or text.
    case unidentifiedRow = "unidentified_row"
    /// A row repeating a provision already answered.
    case duplicateProvision = "duplicate_provision"
    /// Header labels run together with cell text by the extraction.
    case headerEcho = "header_echo"
    /// A line with no text content the parser can use (control characters, stray glyphs).
    case noise
    /// Text repeating what the same row already holds (an extraction echo).
    case repeatedText = "repeated_text"
}

/// A non-blank input line that is in no response and no recognised heading or boilerplate.
public struct UnparsedLine: Sendable, Hashable, Codable {
    public var sourcePath: String
    /// 1-based line (for PDF: the line on `page`).
    public var line: Int
    public var text: String
    public var reason: UnparsedReason
    /// Human-readable detail (e.g. "after provision 2.2").
    public var detail: String
    /// Page, for paged formats (PDF); nil otherwise.
    public var page: Int?

    public init(sourcePath: String, line: Int, text: String, reason: UnparsedReason, detail: String, page: Int? = nil) {
        self.sourcePath = sourcePath
        self.line = line
        self.text = text
        self.reason = reason
        self.detail = detail
        self.page = page
    }
}
