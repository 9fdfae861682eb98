/// One assessment to build: its file (or files, for a multi-part assessment) and what the manifest says about it.
///
/// ```swift
/// ManifestEntry(files: ["assessments/acme-homes-2024-25.txt"], landlord: "Acme Homes",
///               landlordKind: "local_authority", period: "2024-25")
/// ```
public struct ManifestEntry: Sendable, Hashable {
    /// Paths relative to the corpus folder, in reading order. Several paths form ONE multi-part assessment.
    public var files: [String]
    /// Landlord name from the manifest; nil when discovered without a manifest.
    public var landlord: String?
    /// `local_authority`, `housing_association` or `other`; nil when not given.
    public var landlordKind: String?
    /// Period covered, as written in the manifest (e.g. `2024-25`).
    public var period: String?
    /// Code version stated by the manifest (`2022` or `2024`), overriding detection; nil to detect it.
    public var codeVersion: String?
    /// Where the document was published.
    public var sourceURL: String?
    /// Free-text notes from the manifest.
    public var notes: String?
    /// 1-based line of the manifest row; nil when discovered without a manifest.
    public var line: Int?

    /// Creates an entry.
    public init(files: [String], landlord: String? = nil, landlordKind: String? = nil, period: String? = nil,
                codeVersion: String? = nil, sourceURL: String? = nil, notes: String? = nil, line: Int? = nil) {
        self.files = files
        self.landlord = landlord
        self.landlordKind = landlordKind
        self.period = period
        self.codeVersion = codeVersion
        self.sourceURL = sourceURL
        self.notes = notes
        self.line = line
    }
}
