import Assessment
import Foundation
import Comparison
import GRDB

/// A row of `common_noncompliance_landlords` with its rowid, and once they are read, the landlord's own words about
/// the provision (nil when its response is not there).
struct GapLandlordRecord: StoredRecord {
    static let table = NonComplianceLandlordRecord.table
    static let reads = NonComplianceLandlordRecord.reads
    let rowID: Int64
    let landlord: NonComplianceLandlordRecord
    var words: LandlordWords?

    init(stored row: StoredRow) throws(DatasetError) {
        rowID = Int64(try row.int("rowid", in: Int(Int64.min)...Int(Int64.max)))
        landlord = try NonComplianceLandlordRecord(stored: row)
    }

    /// The landlords listed for one entry (`?` basis, Code version, provision), in the order `chc gaps` lists them.
    static let sqlOfEntry = """
        SELECT rowid AS rowid, basis, code_version, provision, landlord_id, landlord_name, status, hedged, document_id
        FROM common_noncompliance_landlords WHERE basis = ? AND code_version = ? AND provision = ?
        ORDER BY landlord_name, landlord_id
        """

    /// `row` with `words`.
    init(row: GapLandlordRecord, words: LandlordWords?) {
        self = row
        self.words = words
    }
}

extension LandlordWords {
    /// The words of every landlord listed for `entries` (Code version and provision) on `basis`, by the rowid of its
    /// `common_noncompliance_landlords` row; a landlord whose document has no response to the provision on that
    /// Code version answered yes, partial or no has none.
    ///
    /// One statement (`sqlOfListed`) seeks the `(document_id, provision)` index in key order and reads the responses
    /// in file order: a sector's ten most common gaps list about 20,000 landlords, each response in a different
    /// page of a gigabyte table, and seeking them in the order they are listed costs several times more.
    static func ofListed(basis: String, entries: [(CodeVersion, ProvisionID)], _ db: Database) throws -> [Int64: LandlordWords] {
        var words: [Int64: LandlordWords] = [:]
        guard !entries.isEmpty else { return words }
        let pairs = Array(repeating: "(?, ?)", count: entries.count).joined(separator: ", ")
        var arguments: [String] = []
        for (version, provision) in entries { arguments += [version.rawValue, provision.description] }
        arguments.append(basis)
        try ListedWords.forEachStored(db, sql: sqlOfListed.replacingOccurrences(of: "(?, ?)", with: pairs),
                                      arguments: StatementArguments(arguments)) { words[$0.rowID] = $0.words }
        return words
    }

    /// A row of `sqlOfListed`: the words and the rowid of the listed landlord they belong to.
    private struct ListedWords: StoredRecord {
        static let table = LandlordWords.table
        static let reads = LandlordWords.reads
        let rowID: Int64
        let words: LandlordWords

        init(stored row: StoredRow) throws(DatasetError) {
            rowID = Int64(try row.int("listed_rowid", in: Int(Int64.min)...Int(Int64.max)))
            words = try LandlordWords(stored: row)
        }
    }

    /// The responses of the landlords listed for the entries `(?, ?)` (Code version, provision; repeated for each
    /// entry), then basis `?`, with the rowid of the listing row. (`LIMIT -1` keeps each CTE's ORDER BY, which SQLite
    /// drops from a subquery otherwise: it orders the reads, not the result.)
    static let sqlOfListed = """
        WITH wanted AS MATERIALIZED (
          SELECT c.rowid AS listed_rowid, c.document_id AS document_id, c.provision AS provision,
                 c.code_version AS code_version
          FROM (VALUES (?, ?)) k CROSS JOIN common_noncompliance_landlords c
            ON c.basis = ? AND c.code_version = k.column1 AND c.provision = k.column2
          ORDER BY c.document_id, c.provision LIMIT -1
        ), found AS MATERIALIZED (
          SELECT w.listed_rowid AS listed_rowid, w.code_version AS code_version, r.rowid AS r_rowid
          FROM wanted w CROSS JOIN responses r ON r.document_id = w.document_id AND r.provision = w.provision
          ORDER BY r.rowid LIMIT -1
        )
        SELECT f.listed_rowid AS listed_rowid, r.document_id AS document_id, r.provision AS provision,
               r.code_version AS code_version, r.commentary AS commentary, r.action AS action, r.evidence AS evidence,
               r.source_path AS source_path, r.line_start AS line_start
        FROM found f CROSS JOIN responses r ON r.rowid = f.r_rowid
        WHERE r.code_version = f.code_version AND r.status IN ('no', 'partial', 'yes')
        """
}

/// A row naming one landlord of a non-compliance entry.
protocol ListedLandlord {
    /// The landlord and its answer.
    var answer: LandlordAnswer { get }
}

extension NonComplianceLandlordRecord: ListedLandlord {}

extension GapLandlordRecord: ListedLandlord {
    var answer: LandlordAnswer { landlord.answer }
}

/// One provision of `chc gaps`: its place in its Code version's ranking, the entry, and each listed landlord's own
/// words (in `entry.landlords` order; nil when its response is not in the dataset).
public struct RankedGap: Sendable {
    /// The stored rank within the Code version (1 is the most common gap).
    public var rank: Int
    /// The provision, its counts and its not-fully-compliant landlords.
    public var entry: NonComplianceEntry
    /// What each landlord of `entry.landlords` said, in the same order.
    public var words: [LandlordWords?]
}
