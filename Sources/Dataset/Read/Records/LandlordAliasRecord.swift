import Assessment
import GRDB

/// A row of `landlord_aliases`: one spelling of a landlord's name (or its domain) and where it was seen.
struct LandlordAliasRecord: StoredRecord {
    static let table = "landlord_aliases"
    static let reads = [(table: table, columns: ["landlord_id", "alias", "source", "documents"])]
    let landlordID: String
    let alias: LandlordListing.Alias

    init(stored row: StoredRow) throws(DatasetError) {
        landlordID = try row.text("landlord_id")
        let source = try row.parsed("source", expected: LandlordNameSource.allCases.map(\.rawValue).joined(separator: "|"),
                                    LandlordNameSource.init(rawValue:))
        alias = LandlordListing.Alias(alias: try row.text("alias"), source: source.rawValue,
                                      documents: try row.int("documents", in: 1...StoredRow.maxCount))
    }
}

/// A document's landlord, period and Code version, for the landlord listing.
struct LandlordDocumentRecord: StoredRecord {
    static let table = "documents"
    static let reads = [(table: table, columns: ["landlord_id", "period", "code_version"])]
    let landlordID: String
    let period: String?
    let codeVersion: CodeVersion

    init(stored row: StoredRow) throws(DatasetError) {
        landlordID = try row.text("landlord_id")
        period = try row.optionalText("period")
        codeVersion = try row.codeVersion()
    }
}
