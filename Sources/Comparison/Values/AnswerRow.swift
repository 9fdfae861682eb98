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
    /// Stable identifier of the landlord.
    public var landlordID: String
    /// The landlord's display name.
    public var landlordName: String
    /// The kind of landlord (for example "local authority" or "housing association").
    public var landlordKind: String
    /// Identifier of the self-assessment document the answer comes from.
    public var documentID: String
    /// The period the assessment covers as printed, e.g. "2024-25"; nil when unknown.
    public var period: String?
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
        self.landlordID = landlordID
        self.landlordName = landlordName
        self.landlordKind = landlordKind
        self.documentID = documentID
        self.period = period
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

    enum CodingKeys: String, CodingKey {
        case landlordID = "landlord_id", landlordName = "landlord_name", landlordKind = "landlord_kind"
        case documentID = "document_id", period, codeVersion = "code_version", provision, section, status, hedged
    }
}
