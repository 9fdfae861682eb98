import Assessment

/// A document left out of sector figures because the same landlord has a later assessment of the same Code version.
///
/// ```swift
/// let excluded = Comparison.latestSelection(rows).excluded
/// excluded.first?.keptDocumentID // the later document that replaced it
/// ```
public struct ExcludedDocument: Sendable, Hashable, Codable {
    /// The landlord both documents belong to.
    public let landlordID: String
    /// The Code version both documents answer.
    public let codeVersion: CodeVersion
    /// The excluded document.
    public let documentID: String
    /// The excluded document's period, or nil.
    public let period: String?
    /// The document kept for this landlord and version.
    public let keptDocumentID: String
    /// The kept document's period, or nil.
    public let keptPeriod: String?
    /// How many answer rows the excluded document had.
    public let rowCount: Int

    /// Creates a record of an excluded document.
    ///
    /// ```swift
    /// ExcludedDocument(landlordID: "a", codeVersion: .v2024, documentID: "old", period: "2023-24",
    ///                  keptDocumentID: "new", keptPeriod: "2024-25", rowCount: 60)
    /// ```
    ///
    /// - Parameters:
    ///   - landlordID: The landlord.
    ///   - codeVersion: The Code version.
    ///   - documentID: The excluded document.
    ///   - period: Its period.
    ///   - keptDocumentID: The document kept instead.
    ///   - keptPeriod: The kept document's period.
    ///   - rowCount: Answer rows in the excluded document.
    public init(landlordID: String, codeVersion: CodeVersion, documentID: String, period: String?,
                keptDocumentID: String, keptPeriod: String?, rowCount: Int) {
        self.landlordID = landlordID
        self.codeVersion = codeVersion
        self.documentID = documentID
        self.period = period
        self.keptDocumentID = keptDocumentID
        self.keptPeriod = keptPeriod
        self.rowCount = rowCount
    }

    enum CodingKeys: String, CodingKey {
        case landlordID = "landlord_id", codeVersion = "code_version", documentID = "document_id", period
        case keptDocumentID = "kept_document_id", keptPeriod = "kept_period", rowCount = "row_count"
    }
}
