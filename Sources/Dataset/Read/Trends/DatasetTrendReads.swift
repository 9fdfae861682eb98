import Assessment
import Comparison
import GRDB

/// The reads behind `chc trends` and the report's trend pages: the stored sector trend, and every located answer
/// (of one landlord or all) for `Comparison.landlordTrends`.
///
/// ```swift
/// let trend = try DatasetTrendReads.read(path: "dataset.sqlite") { db in try DatasetTrendReads.sectorTrend(db) }
/// let acme = try DatasetTrendReads.read(path: "dataset.sqlite") { db in
///     Comparison.landlordTrends(try DatasetTrendReads.locatedAnswers(db, landlordID: "acme-homes"),
///                               crosswalk: catalogue.crosswalk)
/// }
/// ```
public enum DatasetTrendReads {
    /// Opens the dataset at `path` read-only and runs `body`.
    ///
    /// - Throws: `DatasetError`: `no dataset at PATH - run 'chc build' first or pass --dataset`, a damaged table
    ///   (`trend_periods.documents is NULL, expected a whole number from 1 to 2147483647 - the dataset is damaged or
    ///   was written by another version of chc; rebuild it with 'chc build'`), or
    ///   `PATH: cannot read the trends (...) - rebuild it with 'chc build'`.
    public static func read<T>(path: String, _ body: (Database) throws -> T) throws(DatasetError) -> T {
        try DatasetFigures.read(path: path, doing: "cannot read the trends", body)
    }

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
        let cursor = try LocatedAnswerRecord.fetchCursor(db, sql: LocatedAnswerRecord.sql(oneLandlord: landlordID != nil),
                                                         arguments: StatementArguments(landlordID.map { [$0] } ?? []))
        var out: [LocatedAnswer] = []
        while let record = try cursor.next() { out.append(record.answer(sharing: out.last)) }
        return out
    }

    /// Every landlord (id, name, kind, named), by id: what a LANDLORD argument is matched against.
    ///
    /// ```swift
    /// LandlordMatch.find("acme", in: try DatasetTrendReads.landlords(db).map { ($0.id, $0.name) })
    /// ```
    ///
    /// - Parameter db: A dataset connection.
    /// - Returns: The landlords.
    /// - Throws: `DatasetError` for a missing or damaged `landlords` table.
    public static func landlords(_ db: Database) throws -> [LandlordRecord] {
        try LandlordRecord.fetchStored(db, orderBy: "id")
    }
}
