import GRDB
/// A row of `landlords`: its id and name (what LANDLORD arguments are matched against), kind and whether the
/// documents named it.
public struct LandlordRecord: StoredRecord, Sendable, Hashable {
    static let table = "landlords"
    static let reads = [(table: table, columns: ["id", "name", "kind", "named"])]
    /// `landlords.id`, e.g. `acme-homes`.
    public let id: String
    /// `landlords.name`, e.g. `Acme Homes`.
    public let name: String
    /// `local_authority`, `housing_association`, `other` or `unknown`.
    public let kind: String
    /// False for a placeholder landlord of a document that names none.
    public let named: Bool

    /// GRDB's entry point (`FetchableRecord`): decodes the row, throwing `DatasetError` for a damaged value.
    public init(row: Row) throws { try self.init(stored: StoredRow(row, table: Self.table)) }

    init(stored row: StoredRow) throws(DatasetError) {
        id = try row.text("id")
        name = try row.text("name")
        kind = try row.text("kind")
        named = try row.bool("named")
    }
}
