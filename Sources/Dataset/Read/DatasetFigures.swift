import Assessment
import Foundation
import Comparison
import GRDB

/// The figures `chc build` stored (`provision_rates`, `section_rates`, `landlord_scores`, ...), read back as
/// the `Comparison` values they were written from, so a command answers from a few hundred stored rows
/// instead of recomputing over every response.
///
/// Counts are read and checked (`StoredRow`); rates, intervals and the low-n flag are derived again by the same
/// initialisers that derived them at build time, so they are identical to the stored columns. A damaged or
/// foreign table throws a `DatasetError` naming the table and column, e.g.
/// `provision_rates.yes is NULL, expected a whole number from 0 to 2147483647 - the dataset is damaged or was
/// written by another version of chc; rebuild it with 'chc build'`.
///
/// ```swift
/// let queue = try DatasetReader.openReadOnly(path: "dataset.sqlite")
/// let worst = try queue.read { db in Comparison.worstFirst(try DatasetFigures.provisionRates(db)) }
/// ```
public enum DatasetFigures {
    /// Rows of `provision_rates` (or `provision_rates_pooled`), optionally of one Code version, in
    /// version then provision order.
    ///
    /// - Throws: `DatasetError` for a damaged table, or GRDB's `DatabaseError`.
    public static func provisionRates(_ db: Database, version: CodeVersion? = nil, pooled: Bool = false) throws -> [ProvisionRate] {
        try ProvisionRateRecord.fetchStored(db, from: pooled ? "provision_rates_pooled" : "provision_rates",
                                            where: version == nil ? "" : "code_version = ?", arguments: arguments(version),
                                            orderBy: "code_version, provision_key").map(\.value)
    }

    /// Rows of `section_rates`, optionally of one Code version, in version then section order.
    ///
    /// - Throws: `DatasetError` for a damaged table, or GRDB's `DatabaseError`.
    public static func sectionRates(_ db: Database, version: CodeVersion? = nil) throws -> [SectionRate] {
        try sectionRatesWithTitles(db, version: version).map(\.rate)
    }

    /// Rows of `section_rates` with each section's title.
    ///
    /// - Throws: `DatasetError` for a damaged table, or GRDB's `DatabaseError`.
    public static func sectionRatesWithTitles(_ db: Database, version: CodeVersion? = nil) throws -> [(rate: SectionRate, title: String?)] {
        try SectionRateRecord.fetchStored(db, where: version == nil ? "" : "code_version = ?", arguments: arguments(version),
                                          orderBy: "code_version, section").map { ($0.value, $0.title) }
    }

    /// How `--pool` treated the 2022 answers at build time (`build_info` keys `pooled_2022_*`).
    ///
    /// - Throws: `DatasetError` when a key is missing or not a count, e.g. `build_info.value is 'x' (text),
    ///   expected a count for pooled_2022_mapped - ...`.
    public static func poolCounts(_ db: Database) throws -> (mapped: Int, unmapped: Int, superseded: Int) {
        try StoredTable.require("build_info", ["key", "value"], db)
        var values: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM build_info WHERE key LIKE 'pooled_2022_%'") {
            let stored = StoredRow(row, table: "build_info")
            let key = try stored.text("key")
            values[key] = try stored.parsed("value", expected: "a count for \(key)") { Int($0).flatMap { $0 >= 0 ? $0 : nil } }
        }
        func value(_ key: String) throws -> Int {
            guard let v = values[key] else { throw DatasetError.damaged("build_info has no \(key)") }
            return v
        }
        return (try value("pooled_2022_mapped"), try value("pooled_2022_unmapped"), try value("pooled_2022_superseded"))
    }

    /// The Code versions a landlord has a score on (`landlord_scores`), oldest first.
    ///
    /// - Throws: `DatasetError` for a damaged table, or GRDB's `DatabaseError`.
    public static func versions(of landlordID: String, _ db: Database) throws -> [CodeVersion] {
        try LandlordScoreRecord.fetchStored(db, where: "landlord_id = ?", arguments: [landlordID], orderBy: "code_version")
            .map(\.codeVersion)
    }

    /// A landlord's row of `landlord_scores` on one version, with its `landlord_section_scores`, or nil.
    ///
    /// - Throws: `DatasetError` for a damaged table, or GRDB's `DatabaseError`.
    public static func landlordScore(_ landlordID: String, version: CodeVersion, _ db: Database) throws -> LandlordScore? {
        guard let record = try LandlordScoreRecord.fetchStored(db, where: "landlord_id = ? AND code_version = ?",
                                                               arguments: [landlordID, version.rawValue]).first else { return nil }
        let sections = try SectionShareRecord.fetchStored(db, where: "landlord_id = ? AND code_version = ?",
                                                          arguments: [landlordID, version.rawValue], orderBy: "section")
        return record.score(sections: sections.map(\.value))
    }

    /// `Comparison.benchmark(score:own:sectionRates:provisionRates:)` over the stored figures and the rows of the
    /// landlord's counted document: the same result as `Comparison.benchmark(landlordID:version:rows:)` over
    /// every answer, without reading them.
    ///
    /// - Throws: `DatasetError` for a damaged table, or GRDB's `DatabaseError`.
    public static func benchmark(_ landlordID: String, version: CodeVersion, _ db: Database) throws -> Benchmark? {
        guard let score = try landlordScore(landlordID, version: version, db) else { return nil }
        let own = try DatasetAnswers.load(db, documentID: score.documentID)
        return Comparison.benchmark(score: score, own: own, sectionRates: try sectionRates(db, version: version),
                                    provisionRates: try provisionRates(db, version: version))
    }

    /// Rows of `common_noncompliance` with their `common_noncompliance_landlords`, on the stated or adjusted basis,
    /// ranked as stored; `minLandlords` drops provisions answered by fewer landlords (the ranking is unchanged,
    /// as in `Comparison.commonNonCompliance(_:version:countHedgedYes:minLandlords:)`).
    ///
    /// - Throws: `DatasetError` for a damaged table, including a rank that does not run 1, 2, 3... in a version,
    ///   or a `not_fully_compliant` count that differs from the landlords listed; or GRDB's `DatabaseError`.
    public static func commonNonCompliance(_ db: Database, version: CodeVersion? = nil, adjusted: Bool,
                                           minLandlords: Int = 1) throws -> [NonComplianceEntry] {
        try rankedNonCompliance(db, version: version, adjusted: adjusted, minLandlords: minLandlords).map(\.entry)
    }

    /// `commonNonCompliance(_:version:adjusted:minLandlords:)` with each entry's rank within its Code version, as
    /// stored (`common_noncompliance.rank`: 1 is the most common gap of that version; `minLandlords` leaves ranks as
    /// they are, so a rank can be missing from the list). `top` keeps the first N entries of each version (after
    /// `minLandlords`); only their landlords are read.
    ///
    /// Every entry is checked, kept or not: ranks run 1, 2, 3... in each version, and each entry's
    /// `not_fully_compliant` equals the landlords listed for it.
    ///
    /// - Throws: as `commonNonCompliance(_:version:adjusted:minLandlords:)`.
    public static func rankedNonCompliance(_ db: Database, version: CodeVersion? = nil, adjusted: Bool,
                                           minLandlords: Int = 1, top: Int? = nil) throws -> [(rank: Int, entry: NonComplianceEntry)] {
        try ranked(db, version: version, adjusted: adjusted, minLandlords: minLandlords, top: top) { basis, kept in
            try kept.map { r in
                try NonComplianceLandlordRecord.fetchStored(
                    db, where: "basis = ? AND code_version = ? AND provision = ?",
                    arguments: [basis, r.codeVersion.rawValue, r.provision.description], orderBy: "landlord_name, landlord_id")
            }
        }.map { ($0.rank, $0.entry) }
    }

    /// `rankedNonCompliance(_:version:adjusted:minLandlords:top:)` with each listed landlord's own words about the
    /// provision (`LandlordWords`; nil when its response is not there): what `chc gaps` prints.
    ///
    /// The landlords of every kept entry and their responses are read in one statement that looks the responses
    /// up in index order and reads them in file order (`GapLandlordRecord.sql`): a sector's ten most common gaps
    /// list about 20,000 landlords, each response in a different page of a gigabyte table.
    ///
    /// - Throws: as `commonNonCompliance(_:version:adjusted:minLandlords:)`, and `DatasetError` for a damaged
    ///   `responses` row.
    public static func rankedGaps(_ db: Database, version: CodeVersion? = nil, adjusted: Bool,
                                  minLandlords: Int = 1, top: Int? = nil) throws -> [RankedGap] {
        try LandlordWords.requireReads(db)
        return try ranked(db, version: version, adjusted: adjusted, minLandlords: minLandlords, top: top) { basis, kept in
            let landlords = try kept.map { r in
                try GapLandlordRecord.fetchJoined(db, sql: GapLandlordRecord.sqlOfEntry,
                                                  arguments: [basis, r.codeVersion.rawValue, r.provision.description])
            }
            let words = try LandlordWords.ofListed(basis: basis, entries: kept.map { ($0.codeVersion, $0.provision) }, db)
            return landlords.map { rows in rows.map { GapLandlordRecord(row: $0, words: words[$0.rowID]) } }
        }.map { RankedGap(rank: $0.rank, entry: $0.entry, words: $0.rows.map(\.words)) }
    }

    /// The stored ranking on one basis, checked, with the landlords `landlords` reads for the kept entries (given
    /// the basis and the kept entries' rows, it returns each one's landlords in order).
    private static func ranked<Landlord: ListedLandlord>(
        _ db: Database, version: CodeVersion?, adjusted: Bool, minLandlords: Int, top: Int?,
        landlords: (String, [NonComplianceRecord]) throws -> [[Landlord]]
    ) throws -> [(rank: Int, entry: NonComplianceEntry, rows: [Landlord])] {
        let basis = adjusted ? "adjusted" : "stated"
        let records = try NonComplianceRecord.fetchStored(db, where: "basis = ?", arguments: [basis], orderBy: "code_version, rank")
        try NonComplianceLandlordRecord.requireReads(db)
        var listedCounts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT CAST(code_version AS TEXT), CAST(provision AS TEXT), COUNT(*) FROM common_noncompliance_landlords
            WHERE basis = ? GROUP BY code_version, provision
            """, arguments: [basis]) {
            listedCounts["\(row[0] as String? ?? "")|\(row[1] as String? ?? "")"] = row[2]
        }
        var expectedRank: [CodeVersion: Int] = [:], keptCount: [CodeVersion: Int] = [:]
        var kept: [(rank: Int, record: NonComplianceRecord, listed: Int)] = []
        for r in records {
            let rank = (expectedRank[r.codeVersion] ?? 0) + 1
            expectedRank[r.codeVersion] = rank
            let listed = listedCounts["\(r.codeVersion.rawValue)|\(r.provision)"] ?? 0
            guard r.rank == rank else {
                throw DatasetError.damaged("common_noncompliance.rank is \(r.rank) for \(r.codeVersion.rawValue) \(r.provision), expected \(rank) (ranks run 1, 2, 3... in each Code version)")
            }
            guard listed == r.notFullyCompliant else {
                throw DatasetError.damaged("common_noncompliance.not_fully_compliant is \(r.notFullyCompliant) for \(r.codeVersion.rawValue) \(r.provision), expected \(listed) (the landlords listed in common_noncompliance_landlords)")
            }
            guard r.answeringLandlords >= minLandlords, version == nil || r.codeVersion == version,
                  (keptCount[r.codeVersion] ?? 0) < (top ?? Int.max) else { continue }
            keptCount[r.codeVersion, default: 0] += 1
            kept.append((rank, r, listed))
        }
        let read = try landlords(basis, kept.map(\.record))
        return try zip(kept, read).map { k, rows in
            let r = k.record
            guard rows.count == k.listed else {
                throw DatasetError.damaged("common_noncompliance_landlords lists \(rows.count) landlords for \(r.codeVersion.rawValue) \(r.provision), expected \(k.listed)")
            }
            return (k.rank, NonComplianceEntry(codeVersion: r.codeVersion, provision: r.provision, section: r.section,
                                               answeringLandlords: r.answeringLandlords, countsHedgedYes: adjusted,
                                               landlords: rows.map(\.answer)), rows)
        }
    }

    /// Each not-fully-compliant landlord's own words about the provision (`LandlordWords`), on one basis.
    ///
    /// - Throws: `DatasetError` for a damaged table, or GRDB's `DatabaseError`.
    public static func landlordWords(_ db: Database, adjusted: Bool) throws -> [LandlordWords] {
        try LandlordWords.fetchJoined(db, sql: LandlordWords.sql, arguments: [adjusted ? "adjusted" : "stated"])
    }

    /// The words of the landlords of `entries` only (`chc gaps --top N`), entry by entry.
    ///
    /// - Throws: `DatasetError` for a damaged table, or GRDB's `DatabaseError`.
    public static func landlordWords(_ db: Database, adjusted: Bool, of entries: [NonComplianceEntry]) throws -> [LandlordWords] {
        var out: [LandlordWords] = []
        for e in entries {
            out += try LandlordWords.fetchJoined(db, sql: LandlordWords.sqlOfProvision,
                                                 arguments: [adjusted ? "adjusted" : "stated", e.codeVersion.rawValue,
                                                             e.provision.description])
        }
        return out
    }

    /// Opens the dataset at `path` read-only and runs `body`; see `DatasetFile.read(_:)` for the errors.
    public static func read<T>(path: String, _ body: (Database) throws -> T) throws(DatasetError) -> T {
        try DatasetFile(path: path).read(body)
    }

    private static func arguments(_ version: CodeVersion?) -> StatementArguments {
        StatementArguments(version.map { [$0.rawValue] } ?? [])
    }
}

