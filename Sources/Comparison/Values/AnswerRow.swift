import Assessment

/// One answer in one landlord's self-assessment: the input to every comparison.
///
/// ```swift
/// let row = AnswerRow(landlordID: "acme", landlordName: "Acme Homes", landlordKind: "housing association",
///                     documentID: "d1", period: "2024-25", codeVersion: .v2024,
///                     provision: ProvisionID(section: 6, item: 10), status: .yes, hedged: true)
/// row.section // 6
/// ```
public struct AnswerRow: Sendable, Hashable, Codable {
    /// The document-level fields, shared by reference between the rows of one document: a sector-sized
    /// dataset holds hundreds of thousands of rows, and five strings per row would dominate its memory.
    /// Values are immutable; a setter replaces the reference (copy on write).
    private var document: DocumentFields

    /// Stable identifier of the landlord.
    public var landlordID: String {
        get { document.values.landlordID }
        set { document = document.with { $0.landlordID = newValue } }
    }
    /// The landlord's display name.
    public var landlordName: String {
        get { document.values.landlordName }
        set { document = document.with { $0.landlordName = newValue } }
    }
    /// The kind of landlord (for example "local authority" or "housing association").
    public var landlordKind: String {
        get { document.values.landlordKind }
        set { document = document.with { $0.landlordKind = newValue } }
    }
    /// Identifier of the self-assessment document the answer comes from.
    public var documentID: String {
        get { document.values.documentID }
        set { document = document.with { $0.documentID = newValue } }
    }
    /// The period the assessment covers as printed, e.g. "2024-25"; nil when unknown.
    public var period: String? {
        get { document.values.period }
        set { document = document.with { $0.period = newValue } }
    }
    /// The Code version the assessment answers.
    public var codeVersion: CodeVersion
    /// The provision answered, numbered in `codeVersion`.
    public var provision: ProvisionID
    /// The section the provision belongs to.
    public var section: Int
    /// The normalised answer.
    public var status: Status
    /// True for a `yes` whose own text admits a gap; only meaningful when `status == .yes`.
    public var hedged: Bool

    /// Creates an answer row.
    ///
    /// ```swift
    /// AnswerRow(landlordID: "a", landlordName: "A", landlordKind: "la", documentID: "d", period: nil,
    ///           codeVersion: .v2022, provision: ProvisionID(section: 1, item: 2), status: .no)
    /// ```
    ///
    /// - Parameters:
    ///   - landlordID: Stable identifier of the landlord.
    ///   - landlordName: Display name.
    ///   - landlordKind: Kind of landlord.
    ///   - documentID: Identifier of the source document.
    ///   - period: Period covered, or nil.
    ///   - codeVersion: Code version answered.
    ///   - provision: Provision answered.
    ///   - section: Section of the provision; defaults to `provision.section`.
    ///   - status: The normalised answer.
    ///   - hedged: Whether a `yes` admits a gap (default false).
    public init(landlordID: String, landlordName: String, landlordKind: String, documentID: String,
                period: String?, codeVersion: CodeVersion, provision: ProvisionID, section: Int? = nil,
                status: Status, hedged: Bool = false) {
        self.document = DocumentFields(.init(landlordID: landlordID, landlordName: landlordName,
                                             landlordKind: landlordKind, documentID: documentID, period: period))
        self.codeVersion = codeVersion
        self.provision = provision
        self.section = section ?? provision.section
        self.status = status
        self.hedged = hedged
    }

    /// True when the answer is a `yes` that admits a gap (counted as partial by the adjusted rate).
    ///
    /// ```swift
    /// row.isHedgedYes // status == .yes && hedged
    /// ```
    public var isHedgedYes: Bool { status == .yes && hedged }

    /// True when the answer is `yes`, `partial` or `no` (it enters the denominator).
    ///
    /// ```swift
    /// row.isAnswered // false for .na and .blank
    /// ```
    public var isAnswered: Bool { status == .yes || status == .partial || status == .no }

    /// A copy of this row for another provision and answer of the same document, sharing its document
    /// fields (no string is copied).
    ///
    /// ```swift
    /// let next = row.sameDocument(codeVersion: .v2024, provision: ProvisionID(section: 6, item: 11), status: .no)
    /// next.documentID == row.documentID // true
    /// ```
    ///
    /// - Parameters:
    ///   - codeVersion: Code version answered.
    ///   - provision: Provision answered.
    ///   - section: Section of the provision; defaults to `provision.section`.
    ///   - status: The normalised answer.
    ///   - hedged: Whether a `yes` admits a gap (default false).
    /// - Returns: The new row.
    public func sameDocument(codeVersion: CodeVersion, provision: ProvisionID, section: Int? = nil,
                             status: Status, hedged: Bool = false) -> AnswerRow {
        var row = self
        row.codeVersion = codeVersion
        row.provision = provision
        row.section = section ?? provision.section
        row.status = status
        row.hedged = hedged
        return row
    }

    enum CodingKeys: String, CodingKey {
        case landlordID = "landlord_id", landlordName = "landlord_name", landlordKind = "landlord_kind"
        case documentID = "document_id", period, codeVersion = "code_version", provision, section, status, hedged
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let provision = try c.decode(ProvisionID.self, forKey: .provision)
        self.init(landlordID: try c.decode(String.self, forKey: .landlordID),
                  landlordName: try c.decode(String.self, forKey: .landlordName),
                  landlordKind: try c.decode(String.self, forKey: .landlordKind),
                  documentID: try c.decode(String.self, forKey: .documentID),
                  period: try c.decodeIfPresent(String.self, forKey: .period),
                  codeVersion: try c.decode(CodeVersion.self, forKey: .codeVersion), provision: provision,
                  section: try c.decodeIfPresent(Int.self, forKey: .section),
                  status: try c.decode(Status.self, forKey: .status),
                  hedged: try c.decodeIfPresent(Bool.self, forKey: .hedged) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(landlordID, forKey: .landlordID)
        try c.encode(landlordName, forKey: .landlordName)
        try c.encode(landlordKind, forKey: .landlordKind)
        try c.encode(documentID, forKey: .documentID)
        try c.encodeIfPresent(period, forKey: .period)
        try c.encode(codeVersion, forKey: .codeVersion)
        try c.encode(provision, forKey: .provision)
        try c.encode(section, forKey: .section)
        try c.encode(status, forKey: .status)
        try c.encode(hedged, forKey: .hedged)
    }
}

/// The document-level fields of an ``AnswerRow``, in one immutable object that the rows of a document share.
private final class DocumentFields: Sendable, Hashable {
    struct Values: Hashable {
        var landlordID, landlordName, landlordKind, documentID: String
        var period: String?
    }

    let values: Values

    init(_ values: Values) { self.values = values }

    /// A new instance with `change` applied to these values.
    func with(_ change: (inout Values) -> Void) -> DocumentFields {
        var v = values
        change(&v)
        return DocumentFields(v)
    }

    static func == (a: DocumentFields, b: DocumentFields) -> Bool { a === b || a.values == b.values }

    func hash(into hasher: inout Hasher) { hasher.combine(values) }
}
