import Assessment
import Comparison
import GRDB

/// The reads behind `chc trends` and the report's trend pages: the stored sector trend, and every located answer
/// (of one landlord or all) for `Comparison.landlordTrends`.
///
/// ```swift
/// let trend = try DatasetFigures.read(path: "dataset.sqlite") { db in try DatasetTrendReads.sectorTrend(db) }
/// let acme = Comparison.landlordTrends(try DatasetFile(path: "dataset.sqlite").locatedAnswers(landlordID: "acme-homes"),
///                                      crosswalk: catalogue.crosswalk)
/// ```
public enum DatasetTrendReads {
    /// The sector trend `chc build` stored: the same value `Comparison.sectorTrend` computed.
    ///
    /// ```swift
    /// let trend = try DatasetTrendReads.sectorTrend(db)
    /// ```
    ///
    /// - Parameter db: A dataset connection.
    /// - Returns: The trend, in period order.
    /// - Throws: `DatasetError` for a missing or damaged table (a dataset from an older chc has none: rebuild it).
    public static func sectorTrend(_ db: Database) throws -> SectorTrend {
        let undated = try String.fetchOne(db, sql: "SELECT value FROM build_info WHERE key = ?",
                                          arguments: [DatasetTrends.undatedKey])
        guard let undated, let count = Int(undated), count >= 0 else {
            throw DatasetError.damaged("build_info has no count \(DatasetTrends.undatedKey) (found \(undated ?? "none"))")
        }
        return SectorTrend(
            periods: try TrendPeriodRecord.fetchStored(db, orderBy: "period_year, code_version").map(\.value),
            provisionRates: try TrendProvisionRateRecord.fetchStored(
                db, orderBy: "period_year, basis DESC, code_version, provision_key").map(\.value),
            sectionRates: try TrendSectionRateRecord.fetchStored(
                db, orderBy: "period_year, basis DESC, code_version, section").map(\.value),
            pooling: try TrendPoolingRecord.fetchStored(db, orderBy: "period_year").map(\.value),
            undatedDocuments: count)
    }

    /// Every response (of every document, older assessments included) with its location, optionally of one
    /// landlord; rows of one document share its strings.
    ///
    /// ```swift
    /// let answers = try DatasetTrendReads.locatedAnswers(db, landlordID: "acme-homes")
    /// ```
    ///
    /// - Parameters:
    ///   - db: A dataset connection.
    ///   - landlordID: Only this landlord's responses (default: all).
    /// - Returns: Located answers ordered by document id, then provision order.
    /// - Throws: `DatasetError` for a missing table or column, or a value the schema forbids.
    public static func locatedAnswers(_ db: Database, landlordID: String? = nil) throws -> [LocatedAnswer] {
        try LocatedAnswerRecord.requireReads(db)
        var out: [LocatedAnswer] = []
        try LocatedAnswerRecord.forEachStored(db, sql: LocatedAnswerRecord.sql(oneLandlord: landlordID != nil),
                                              arguments: StatementArguments(landlordID.map { [$0] } ?? [])) { record in
            out.append(record.answer(sharing: out.last))
        }
        return out
    }
}
