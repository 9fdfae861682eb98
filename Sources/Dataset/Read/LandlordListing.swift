import Assessment
import Comparison
import GRDB

/// One landlord of a dataset as `chc landlords` lists it: its name, every spelling seen, its documents'
/// periods and Code versions.
///
/// ```swift
/// for l in try DatasetFile(path: "dataset.sqlite").landlordListings() {
///     print(l.name, l.documents, l.aliases.map(\.alias))  // Acme Borough Council 2 ["Acme", "Acme Borough Council", "acme.gov.uk"]
/// }
/// ```
public struct LandlordListing: Sendable, Hashable, Codable {
    /// One row of `landlord_aliases`.
    public struct Alias: Sendable, Hashable, Codable {
        /// The spelling as written, or a domain.
        public var alias: String
        /// `manifest`, `title`, `text`, `url` or `file_name`.
        public var source: String
        /// Documents in which it was seen.
        public var documents: Int

        /// An alias seen in `documents` documents.
        public init(alias: String, source: String, documents: Int) {
            self.alias = alias
            self.source = source
            self.documents = documents
        }
    }

    /// `landlords.id`.
    public var id: String
    /// `landlords.name`.
    public var name: String
    /// `landlords.kind`.
    public var kind: String
    /// `landlords.named`.
    public var named: Bool
    /// Documents the landlord published.
    public var documents: Int
    /// Distinct periods of its documents, sorted (documents without one are left out).
    public var periods: [String]
    /// Distinct Code versions of its documents, sorted.
    public var codeVersions: [String]
    /// Its aliases, by source (manifest, title, text, file name, url) then text.
    public var aliases: [Alias]

    /// A listing from its parts.
    public init(id: String, name: String, kind: String, named: Bool, documents: Int, periods: [String],
                codeVersions: [String], aliases: [Alias]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.named = named
        self.documents = documents
        self.periods = periods
        self.codeVersions = codeVersions
        self.aliases = aliases
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, named, documents, periods, codeVersions = "code_versions", aliases
    }
}

extension LandlordListing {
    /// Every landlord of an open dataset with its aliases and documents, sorted by name then id.
    static func all(_ db: Database) throws -> [LandlordListing] {
        let landlords = try LandlordRecord.fetchStored(db, orderBy: "id")
        var aliases: [String: [Alias]] = [:]
        for a in try LandlordAliasRecord.fetchStored(db) { aliases[a.landlordID, default: []].append(a.alias) }
        var documents: [String: [LandlordDocumentRecord]] = [:]
        for d in try LandlordDocumentRecord.fetchStored(db) { documents[d.landlordID, default: []].append(d) }
        let order = LandlordNameSource.allCases.sorted { $0.order < $1.order }.map(\.rawValue)
        func rank(_ a: Alias) -> Int { order.firstIndex(of: a.source) ?? order.count }
        return landlords.map { l in
            let docs = documents[l.id] ?? []
            let own = (aliases[l.id] ?? []).sorted { (rank($0), $0.alias) < (rank($1), $1.alias) }
            return LandlordListing(id: l.id, name: l.name, kind: l.kind, named: l.named, documents: docs.count,
                                   periods: Set(docs.compactMap(\.period)).sorted(),
                                   codeVersions: Set(docs.map(\.codeVersion.rawValue)).sorted(), aliases: own)
        }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}

extension DatasetFile {
    /// Every landlord with its aliases (`landlord_aliases`), documents, periods and Code versions, sorted by name
    /// then id: what `chc landlords` lists and LANDLORD arguments are matched against.
    ///
    /// ```swift
    /// let acme = try DatasetFile(path: "dataset.sqlite").landlordListings().first { $0.id == "acme-council" }
    /// acme?.aliases.map(\.alias) // ["London Borough of Acme", "Acme Council", "Acme", "acme.gov.uk"]
    /// ```
    ///
    /// - Throws: `DatasetError` naming the table and column, e.g. `dataset.sqlite: the dataset has no table
    ///   landlord_aliases - the dataset is damaged or was written by another version of chc; rebuild it with 'chc build'`.
    public func landlordListings() throws(DatasetError) -> [LandlordListing] {
        try read { db in try LandlordListing.all(db) }
    }
}

extension DatasetFile {
    /// Every landlord as a LANDLORD argument is matched against it (`LandlordMatch`): its id, name and every alias
    /// but its domains, in id order. The same landlords and spellings as `landlordListings()`, without reading the
    /// documents.
    ///
    /// ```swift
    /// let match = LandlordMatch.find("acme", in: try DatasetFile(path: "dataset.sqlite").landlordCandidates())
    /// ```
    ///
    /// - Throws: `DatasetError` naming the table and column, as `landlordListings()`.
    public func landlordCandidates() throws(DatasetError) -> [LandlordMatch.Candidate] {
        try read { db in
            let landlords = try LandlordRecord.fetchStored(db, orderBy: "id")
            var aliases: [String: [String]] = [:]
            for a in try LandlordAliasRecord.fetchStored(db, where: "source <> 'url'") {
                aliases[a.landlordID, default: []].append(a.alias.alias)
            }
            return landlords.map { LandlordMatch.Candidate(id: $0.id, name: $0.name, aliases: aliases[$0.id] ?? []) }
        }
    }
}
