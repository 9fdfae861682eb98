/// What a document says about who published it: the spellings of its landlord's name it carries, where
/// each was found, and the web addresses it gives for itself. The dataset joins documents into
/// landlords from this evidence (see `LandlordName`).
///
/// ```swift
/// let evidence = LandlordEvidence(names: [.init("Acme Borough Council", source: .title), .init("Acme", source: .fileName)],
///                                 urls: ["https://www.acme.gov.uk/complaints"])
/// evidence.names.first?.text // "Acme Borough Council"
/// ```
public struct LandlordEvidence: Sendable, Hashable, Codable {
    /// One spelling of the landlord's name and where it was found.
    public struct Name: Sendable, Hashable, Codable {
        /// The name as written (whitespace collapsed).
        public var text: String
        /// Where it was found.
        public var source: LandlordNameSource

        /// A name found in `source`.
        public init(_ text: String, source: LandlordNameSource) {
            self.text = text
            self.source = source
        }
    }

    /// Spellings of one landlord, best first (the title before the opening text before the file name).
    public var names: [Name]
    /// Web addresses the document gives for itself (a page address standing alone in its opening), in order.
    public var urls: [String]

    /// Evidence of the given names and addresses (none by default).
    public init(names: [Name] = [], urls: [String] = []) {
        self.names = names
        self.urls = urls
    }
}

/// Where a landlord's name or address was found; the values of `landlord_aliases.source`.
public enum LandlordNameSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// The corpus manifest's `landlord` column.
    case manifest
    /// The document's title: a title hint (HTML `<title>`, first heading), its title line or a line holding only the name.
    case title
    /// A line of the document's opening text (a header or the subject of a sentence).
    case text
    /// The domain of the manifest's `source_url` or of an address the document gives for itself.
    case url
    /// The file name, with years, versions and generic words removed: the last resort.
    case fileName = "file_name"
}
