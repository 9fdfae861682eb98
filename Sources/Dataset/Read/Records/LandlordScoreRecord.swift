import Assessment
import Comparison

/// A row of `landlord_scores`, before its sections are attached: rank and percentile are checked against the
/// counts (NULL exactly when nothing was answered) and against `ranked_landlords`.
struct LandlordScoreRecord: StoredRecord {
    static let table = "landlord_scores"
    static let reads = [(table: table, columns: ["code_version", "landlord_id", "landlord_name", "landlord_kind", "document_id",
                                                 "period"] + StoredRow.countColumns + ["rank", "percentile", "ranked_landlords"])]
    let landlordID: String
    let landlordName: String
    let landlordKind: String
    let codeVersion: CodeVersion
    let documentID: String
    let period: String?
    let counts: StatusCounts
    let rank: Int?
    let percentile: Double?
    let rankedLandlords: Int

    init(stored row: StoredRow) throws(DatasetError) {
        landlordID = try row.text("landlord_id")
        landlordName = try row.text("landlord_name")
        landlordKind = try row.text("landlord_kind")
        codeVersion = try row.codeVersion()
        documentID = try row.text("document_id")
        period = try row.optionalText("period")
        counts = try row.statusCounts()
        rankedLandlords = try row.int("ranked_landlords")
        let answered = counts.answered > 0
        rank = try row.optionalInt("rank", in: 1...max(1, rankedLandlords))
        percentile = try row.optionalDouble("percentile", in: 0...100)
        if answered != (rank != nil) {
            throw row.invalid("rank", found: rank.map { Int64($0) }, expected: answered
                              ? "a whole number from 1 to ranked_landlords (\(rankedLandlords)) for a landlord with answers"
                              : "NULL for a landlord with no answered response")
        }
        if rank == nil, percentile != nil {
            throw row.invalid("percentile", found: percentile, expected: "NULL when rank is NULL")
        }
    }

    /// The score with its sections.
    func score(sections: [SectionShare]) -> LandlordScore {
        LandlordScore(landlordID: landlordID, landlordName: landlordName, landlordKind: landlordKind, codeVersion: codeVersion,
                      documentID: documentID, period: period, counts: counts, sections: sections, rank: rank,
                      percentile: percentile, rankedLandlords: rankedLandlords)
    }
}
