import Assessment
import Comparison
import GRDB

/// The figures `chc build` stored (`provision_rates`, `section_rates`, `landlord_scores`, ...), read back as
/// the `Comparison` values they were written from, so a command answers from a few hundred stored rows
/// instead of recomputing over every response.
///
/// Counts are read; rates, intervals and the low-n flag are derived again by the same initialisers that
/// derived them at build time, so they are identical to the stored columns.
///
/// ```swift
/// let queue = try DatasetReader.openReadOnly(path: "dataset.sqlite")
/// let worst = try queue.read { db in Comparison.worstFirst(try DatasetFigures.provisionRates(db)) }
/// ```
public enum DatasetFigures {
    /// Rows of `provision_rates` (or `provision_rates_pooled`), optionally of one Code version, in
    /// version then provision order.
    public static func provisionRates(_ db: Database, version: CodeVersion? = nil, pooled: Bool = false) throws -> [ProvisionRate] {
        let table = pooled ? "provision_rates_pooled" : "provision_rates"
        try requireColumn("yes_landlords", in: table, db)
        return try rows(db, "SELECT * FROM \(table) \(whereVersion(version)) ORDER BY code_version, provision_key",
                        version).map { row in
            ProvisionRate(codeVersion: try row.storedCodeVersion(of: figure), provision: try row.storedProvision(of: figure), section: row["section"],
                          counts: counts(row), landlords: row["landlords"], answeringLandlords: row["answering_landlords"],
                          yesLandlords: row["yes_landlords"])
        }
    }

    /// Rows of `section_rates`, optionally of one Code version, in version then section order.
    public static func sectionRates(_ db: Database, version: CodeVersion? = nil) throws -> [SectionRate] {
        try rows(db, "SELECT * FROM section_rates \(whereVersion(version)) ORDER BY code_version, section", version).map { row in
            SectionRate(codeVersion: try row.storedCodeVersion(of: figure), section: row["section"], counts: counts(row),
                        provisions: row["provisions"], landlords: row["landlords"],
                        answeringLandlords: row["answering_landlords"])
        }
    }

    /// How `--pool` treated the 2022 answers at build time (`build_info` keys `pooled_2022_*`).
    public static func poolCounts(_ db: Database) throws -> (mapped: Int, unmapped: Int, superseded: Int) {
        var values: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM build_info WHERE key LIKE 'pooled_2022_%'") {
            let key: String = row["key"], value: String = row["value"]
            values[key] = Int(value)
        }
        return (values["pooled_2022_mapped"] ?? 0, values["pooled_2022_unmapped"] ?? 0, values["pooled_2022_superseded"] ?? 0)
    }

    /// The Code versions a landlord has a score on (`landlord_scores`), oldest first.
    public static func versions(of landlordID: String, _ db: Database) throws -> [CodeVersion] {
        try String.fetchAll(db, sql: "SELECT code_version FROM landlord_scores WHERE landlord_id = ? ORDER BY code_version",
                            arguments: [landlordID]).compactMap(CodeVersion.init(rawValue:))
    }

    /// A landlord's row of `landlord_scores` on one version, with its `landlord_section_scores`, or nil.
    public static func landlordScore(_ landlordID: String, version: CodeVersion, _ db: Database) throws -> LandlordScore? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM landlord_scores WHERE landlord_id = ? AND code_version = ?",
                                         arguments: [landlordID, version.rawValue]) else { return nil }
        let sections = try Row.fetchAll(db, sql: """
            SELECT * FROM landlord_section_scores WHERE landlord_id = ? AND code_version = ? ORDER BY section
            """, arguments: [landlordID, version.rawValue]).map { SectionShare(section: $0["section"], counts: counts($0)) }
        return LandlordScore(landlordID: row["landlord_id"], landlordName: row["landlord_name"],
                             landlordKind: row["landlord_kind"], codeVersion: version, documentID: row["document_id"],
                             period: row["period"], counts: counts(row), sections: sections, rank: row["rank"],
                             percentile: row["percentile"], rankedLandlords: row["ranked_landlords"])
    }

    /// `Comparison.benchmark(score:own:sectionRates:provisionRates:)` over the stored figures and the rows of the
    /// landlord's counted document: the same result as `Comparison.benchmark(landlordID:version:rows:)` over
    /// every answer, without reading them.
    public static func benchmark(_ landlordID: String, version: CodeVersion, _ db: Database) throws -> Benchmark? {
        guard let score = try landlordScore(landlordID, version: version, db) else { return nil }
        let own = try DatasetAnswers.load(db, documentID: score.documentID)
        return Comparison.benchmark(score: score, own: own, sectionRates: try sectionRates(db, version: version),
                                    provisionRates: try provisionRates(db, version: version))
    }

    /// Rows of `common_noncompliance` with their `common_noncompliance_landlords`, on the stated or adjusted basis,
    /// ranked as stored; `minLandlords` drops provisions answered by fewer landlords (the ranking is unchanged,
    /// as in `Comparison.commonNonCompliance(_:version:countHedgedYes:minLandlords:)`).
    public static func commonNonCompliance(_ db: Database, version: CodeVersion? = nil, adjusted: Bool,
                                           minLandlords: Int = 1) throws -> [NonComplianceEntry] {
        let basis = adjusted ? "adjusted" : "stated"
        var landlords: [String: [LandlordAnswer]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT * FROM common_noncompliance_landlords WHERE basis = ? ORDER BY landlord_name, landlord_id
            """, arguments: [basis]) {
            let parsed = try row.storedStatus(of: figure)
            let key = "\(row["code_version"] as String? ?? "")|\(row["provision"] as String? ?? "")"
            landlords[key, default: []].append(LandlordAnswer(landlordID: row["landlord_id"], landlordName: row["landlord_name"],
                                                              status: parsed, hedged: row["hedged"], documentID: row["document_id"]))
        }
        let versionFilter = version == nil ? "" : "AND code_version = ?"
        var arguments: [(any DatabaseValueConvertible)?] = [basis, minLandlords]
        if let version { arguments.append(version.rawValue) }
        return try Row.fetchAll(db, sql: """
            SELECT * FROM common_noncompliance WHERE basis = ? AND answering_landlords >= ? \(versionFilter)
            ORDER BY code_version, rank
            """, arguments: StatementArguments(arguments)).map { row in
            let v = try row.storedCodeVersion(of: figure), p = try row.storedProvision(of: figure)
            return NonComplianceEntry(codeVersion: v, provision: p, section: row["section"],
                                      answeringLandlords: row["answering_landlords"], countsHedgedYes: adjusted,
                                      landlords: landlords["\(v.rawValue)|\(p.description)"] ?? [])
        }
    }

    /// Opens the dataset at `path` read-only and runs `body`, turning SQLite errors into a `DatasetError` that
    /// says to rebuild (a dataset from an older chc lacks a table or column).
    public static func read<T>(path: String, _ body: (Database) throws -> T) throws(DatasetError) -> T {
        try read(path: path, doing: "cannot read the stored figures", body)
    }

    /// `read(path:_:)` with the message's opening words (`doing`), e.g. "cannot read the answers".
    static func read<T>(path: String, doing: String, _ body: (Database) throws -> T) throws(DatasetError) -> T {
        let queue = try DatasetReader.openReadOnly(path: path)
        do {
            return try queue.read { db in try body(db) }
        } catch let error as DatasetError {
            throw error
        } catch {
            let reason = (error as? DatabaseError)?.message ?? "\(error)"
            throw DatasetError(.sqlite, file: path, message: "\(doing) (\(reason))", hint: "rebuild it with 'chc build'")
        }
    }

    /// Throws the rebuild error when `table` lacks `column` (a dataset written by an older chc), instead of letting
    /// a missing value trap.
    private static func requireColumn(_ column: String, in table: String, _ db: Database) throws {
        guard try db.columns(in: table).contains(where: { $0.name == column }) else {
            throw DatasetError(.sqlite, message: "\(table) has no column \(column): the dataset was written by an older chc",
                               hint: "rebuild it with 'chc build'")
        }
    }

    /// Names a stored figure in the error for a value the schema should have refused.
    private static let figure = "stored figure"

    private static func whereVersion(_ version: CodeVersion?) -> String { version == nil ? "" : "WHERE code_version = ?" }

    private static func rows(_ db: Database, _ sql: String, _ version: CodeVersion?) throws -> [Row] {
        try Row.fetchAll(db, sql: sql, arguments: StatementArguments(version.map { [$0.rawValue] } ?? []))
    }

    private static func counts(_ row: Row) -> StatusCounts {
        StatusCounts(yes: row["yes"], partial: row["partial"], no: row["no"], na: row["na"], blank: row["blank"],
                     hedgedYes: row["hedged_yes"])
    }
}
