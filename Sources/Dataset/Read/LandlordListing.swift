import Assessment
import GRDB

/// One landlord of a dataset as `chc landlords` lists it: its name, every spelling seen, its documents'
/// periods and Code versions.
///
/// ```swift
/// for l in try DatasetReader.landlords(path: "dataset.sqlite") {
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

/// A row of `landlords`, decoded with errors that name the table and column.
struct LandlordRecord: FetchableRecord {
    var id: String
    var name: String
    var kind: String
    var named: Bool

    init(row: Row) throws {
        id = try row.required("id", in: "landlords", of: "a landlord")
        name = try row.required("name", in: "landlords", of: "landlord '\(id)'")
        kind = try row.required("kind", in: "landlords", of: "landlord '\(id)'")
        named = try row.required("named", in: "landlords", of: "landlord '\(id)'") as Int != 0
    }
}

/// A row of `landlord_aliases`.
struct LandlordAliasRecord: FetchableRecord {
    var landlordID: String
    var alias: LandlordListing.Alias

    init(row: Row) throws {
        landlordID = try row.required("landlord_id", in: "landlord_aliases", of: "an alias")
        let subject = "an alias of landlord '\(landlordID)'"
        alias = LandlordListing.Alias(alias: try row.required("alias", in: "landlord_aliases", of: subject),
                                      source: try row.required("source", in: "landlord_aliases", of: subject),
                                      documents: try row.required("documents", in: "landlord_aliases", of: subject))
    }
}

/// A document's landlord, period and Code version.
struct LandlordDocumentRecord: FetchableRecord {
    var landlordID: String
    var period: String?
    var codeVersion: String

    init(row: Row) throws {
        let id: String = try row.required("id", in: "documents", of: "a document")
        landlordID = try row.required("landlord_id", in: "documents", of: "document \(id)")
        period = try row.optional("period", in: "documents", of: "document \(id)")
        codeVersion = try row.required("code_version", in: "documents", of: "document \(id)")
    }
}

extension Row {
    /// The value of `column`; NULL or a value of another type is a `DatasetError` naming `table.column`, e.g.
    /// `landlords.name of landlord 'acme-homes' is NULL, expected String - rebuild the dataset with 'chc build'`.
    func required<T: DatabaseValueConvertible>(_ column: String, in table: String, of subject: @autoclosure () -> String) throws -> T {
        let value: DatabaseValue = self[column] ?? .null
        guard let decoded = T.fromDatabaseValue(value) else {
            let found = value.isNull ? "NULL" : "'\(String.fromDatabaseValue(value) ?? value.description)'"
            throw DatasetError(.sqlite, message: "\(table).\(column) of \(subject()) is \(found), expected \(T.self)",
                               hint: "rebuild the dataset with 'chc build'")
        }
        return decoded
    }

    /// The value of `column`, nil for NULL; a value of another type is the error of `required`.
    func optional<T: DatabaseValueConvertible>(_ column: String, in table: String, of subject: @autoclosure () -> String) throws -> T? {
        let value: DatabaseValue = self[column] ?? .null
        return value.isNull ? nil : try required(column, in: table, of: subject())
    }
}
