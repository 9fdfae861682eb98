import Assessment

/// One normalised assessment and what the manifest says about it, ready for `DatasetWriter`.
///
/// Manifest values win over values found in the text (`landlordName` over `assessment.landlordName`,
/// `period` over `assessment.period`).
///
/// ```swift
/// let record = DocumentRecord(assessment: assessment, landlordName: "Acme Homes", landlordKind: "local_authority")
/// ```
public struct DocumentRecord: Sendable {
    /// The normalised document.
    public var assessment: Assessment
    /// Landlord name from the manifest; nil to use the name found in the text (or none).
    public var landlordName: String?
    /// `local_authority`, `housing_association` or `other`; nil for unknown.
    public var landlordKind: String?
    /// Period from the manifest; nil to use the period found in the text.
    public var period: String?
    /// Where the document was published.
    public var sourceURL: String?
    /// Free-text notes.
    public var notes: String?
    /// Signals, evidence references and actions per response, when computed ahead (in parallel); nil: the writer asks
    /// its `DatasetDerivations`.
    public var derived: [DerivedFacts]?

    /// Creates a record.
    public init(assessment: Assessment, landlordName: String? = nil, landlordKind: String? = nil,
                period: String? = nil, sourceURL: String? = nil, notes: String? = nil) {
        self.assessment = assessment
        self.landlordName = landlordName
        self.landlordKind = landlordKind
        self.period = period
        self.sourceURL = sourceURL
        self.notes = notes
    }

    /// The values `landlordKind` may take (besides nil, stored as `unknown`).
    public static let landlordKinds = ["local_authority", "housing_association", "other"]

    /// The name the dataset stores for the record's landlord (`landlords.name`): the manifest's, else the one found
    /// in the text, else `Unnamed landlord (FILE)`.
    public var storedLandlordName: String {
        LandlordIdentity(self, documentSHA256: assessment.sources.first?.sha256.lowercased() ?? "").name
    }

    /// Path of the first source file ("" if the assessment has none): the record's sort key.
    var sortPath: String { assessment.sources.first?.path ?? "" }
}
