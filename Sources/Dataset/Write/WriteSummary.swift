/// What a dataset build wrote, and which documents it skipped.
public struct WriteSummary: Sendable, Hashable {
    /// Documents written.
    public var documentCount = 0
    /// Responses written.
    public var responseCount = 0
    /// Unparsed lines written.
    public var unparsedLineCount = 0
    /// Distinct landlords written.
    public var landlordCount = 0
    /// The landlord's name of each document written, by the document's first source path.
    public var landlordNames: [String: String] = [:]
    /// One error per document left out (e.g. the same file twice), in the order they were met.
    public var skipped: [DatasetError] = []

    /// An empty summary.
    public init() {}
}
