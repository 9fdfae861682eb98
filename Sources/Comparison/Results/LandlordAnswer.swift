import Assessment

/// One landlord's answer to one provision, as listed under a finding.
///
/// ```swift
/// entry.landlords.map { "\($0.landlordName): \($0.status)" } // ["Acme Homes: no", ...]
/// ```
public struct LandlordAnswer: Sendable, Hashable, Codable {
    /// The landlord's id.
    public let landlordID: String
    /// The landlord's name.
    public let landlordName: String
    /// Its answer.
    public let status: Status
    /// Whether a `yes` answer admits a gap.
    public let hedged: Bool
    /// The document the answer comes from.
    public let documentID: String

    /// Creates a listed answer.
    ///
    /// ```swift
    /// LandlordAnswer(landlordID: "a", landlordName: "A", status: .no, hedged: false, documentID: "d")
    /// ```
    ///
    /// - Parameters:
    ///   - landlordID: The landlord's id.
    ///   - landlordName: Its name.
    ///   - status: Its answer.
    ///   - hedged: Whether a yes admits a gap.
    ///   - documentID: The source document.
    public init(landlordID: String, landlordName: String, status: Status, hedged: Bool, documentID: String) {
        self.landlordID = landlordID
        self.landlordName = landlordName
        self.status = status
        self.hedged = hedged
        self.documentID = documentID
    }

    /// The listed form of an answer row.
    ///
    /// ```swift
    /// LandlordAnswer(row)
    /// ```
    ///
    /// - Parameter row: The answer.
    public init(_ row: AnswerRow) {
        self.init(landlordID: row.landlordID, landlordName: row.landlordName, status: row.status,
                  hedged: row.hedged, documentID: row.documentID)
    }

    enum CodingKeys: String, CodingKey {
        case landlordID = "landlord_id", landlordName = "landlord_name", status, hedged, documentID = "document_id"
    }
}
