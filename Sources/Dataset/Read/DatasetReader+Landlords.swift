import GRDB

extension DatasetReader {
    /// Every landlord of the dataset at `path`, sorted by name then id, with its aliases, documents, periods
    /// and Code versions.
    ///
    /// ```swift
    /// let landlords = try DatasetReader.landlords(path: "dataset.sqlite")
    /// landlords.first?.aliases.first?.alias // "London Borough of Acme"
    /// ```
    ///
    /// - Throws: `DatasetError`, as `openReadOnly(path:)` does, and
    ///   - `dataset.sqlite: the dataset has no landlord_aliases table (built by an older chc) - rebuild it with 'chc build'`
    ///   - `dataset.sqlite: landlords.name of landlord 'acme-homes' is NULL, expected String - rebuild the dataset with 'chc build'`
    public static func landlords(path: String) throws(DatasetError) -> [LandlordListing] {
        let queue = try openReadOnly(path: path)
        do {
            return try queue.read { db in try landlords(db) }
        } catch let error as DatasetError {
            var e = error
            e.file = e.file ?? path
            throw e
        } catch {
            throw DatasetError.wrapping(error, file: path, doing: "cannot read the landlords")
        }
    }

    /// The landlords of an open dataset (see `landlords(path:)`).
    static func landlords(_ db: Database) throws -> [LandlordListing] {
        guard try db.tableExists("landlord_aliases") else {
            throw DatasetError(.sqlite, message: "the dataset has no landlord_aliases table (built by an older chc)",
                               hint: "rebuild it with 'chc build'")
        }
        let landlords = try LandlordRecord.fetchAll(db, sql: "SELECT id, name, kind, named FROM landlords")
        var aliases: [String: [LandlordListing.Alias]] = [:]
        for a in try LandlordAliasRecord.fetchAll(db, sql: "SELECT landlord_id, alias, source, documents FROM landlord_aliases") {
            aliases[a.landlordID, default: []].append(a.alias)
        }
        var documents: [String: [LandlordDocumentRecord]] = [:]
        for d in try LandlordDocumentRecord.fetchAll(db, sql: "SELECT id, landlord_id, period, code_version FROM documents") {
            documents[d.landlordID, default: []].append(d)
        }
        let order = ["manifest", "title", "text", "file_name", "url"]
        return landlords.map { l in
            let docs = documents[l.id] ?? []
            let own = (aliases[l.id] ?? []).sorted {
                (order.firstIndex(of: $0.source) ?? order.count, $0.alias) < (order.firstIndex(of: $1.source) ?? order.count, $1.alias)
            }
            return LandlordListing(id: l.id, name: l.name, kind: l.kind, named: l.named, documents: docs.count,
                                   periods: Set(docs.compactMap(\.period)).sorted(),
                                   codeVersions: Set(docs.map(\.codeVersion)).sorted(), aliases: own)
        }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }
}
