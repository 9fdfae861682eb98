import Assessment
import Comparison
import Foundation
import GRDB

/// A chc dataset opened read-only, and every read the command line makes of it as a typed function: no SQL and
/// no GRDB for the caller. Each read checks the tables and columns it uses and every value it decodes, so a
/// damaged, foreign or older dataset gives a `DatasetError` naming the table and column and asking for a
/// rebuild, never a trap and never silently wrong figures.
///
/// ```swift
/// let dataset = try DatasetFile(path: "dataset.sqlite")
/// let worst = Comparison.worstFirst(try dataset.provisionRates(version: .v2024))
/// let acme = try dataset.benchmark(landlordID: "acme-homes", version: .v2024)
/// ```
public struct DatasetFile: Sendable {
    /// The dataset file, as given (used in messages).
    public let path: String
    let reader: any DatabaseReader
    /// Whether `path` is the file `reader` reads (so a second connection can read it at the same time).
    let isFile: Bool

    /// Opens the dataset at `path` read-only and checks it is a chc dataset.
    ///
    /// - Throws: `DatasetError`:
    ///   - `no dataset at PATH - run 'chc build' first or pass --dataset`
    ///   - `PATH: not a chc dataset (the file is empty) - pass a dataset written by 'chc build', or build one with 'chc build CORPUS --out PATH'`
    ///   - `PATH: not a chc dataset (file is not a database) - ...`, `PATH: not a chc dataset (no build_info table) - ...`
    ///
    /// - Parameter memoryMapped: as `DatasetReader.openReadOnly(path:memoryMapped:)`: false for commands that look
    ///   up scattered rows (`chc gaps`, `chc benchmark`).
    public init(path: String, memoryMapped: Bool = true) throws(DatasetError) {
        self.path = path
        reader = try DatasetReader.openReadOnly(path: path, memoryMapped: memoryMapped)
        isFile = true
        try read { db in try Self.requireChcDataset(db) }
    }

    /// A dataset already open on `reader` (an in-memory copy in tests and the fuzzer); `path` names it in messages.
    public init(reader: any DatabaseReader, path: String) {
        self.path = path
        self.reader = reader
        isFile = false
    }

    /// Runs `body` in a read transaction; SQLite errors and damaged values become a `DatasetError` naming `path`
    /// and asking for a rebuild (a `DatasetError` thrown by `body` keeps its message).
    public func read<T>(_ body: (Database) throws -> T) throws(DatasetError) -> T {
        do {
            return try reader.read { db in try body(db) }
        } catch let error as DatasetError {
            var error = error
            error.file = error.file ?? path
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw DatasetError(.timeout, file: path, message: "the query was stopped: it ran past its time limit",
                               hint: "narrow the query, or give more time with --timeout SECONDS")
        } catch {
            let reason = (error as? DatabaseError)?.message ?? "\(error)"
            throw DatasetError(.damagedDataset, file: path, message: "cannot read the dataset (SQLite: \(reason))",
                               hint: DatasetError.rebuildHint)
        }
    }

    /// Every response as comparison input (`DatasetAnswers.load(_:)`).
    public func answers() throws(DatasetError) -> [AnswerRow] { try read { db in try DatasetAnswers.load(db) } }

    /// Stored provision rates (`DatasetFigures.provisionRates(_:version:pooled:)`).
    public func provisionRates(version: CodeVersion? = nil, pooled: Bool = false) throws(DatasetError) -> [ProvisionRate] {
        try read { db in try DatasetFigures.provisionRates(db, version: version, pooled: pooled) }
    }

    /// Stored section rates with each section's title (`DatasetFigures.sectionRatesWithTitles(_:version:)`).
    public func sectionRates(version: CodeVersion? = nil) throws(DatasetError) -> [(rate: SectionRate, title: String?)] {
        try read { db in try DatasetFigures.sectionRatesWithTitles(db, version: version) }
    }

    /// The build's pooling counts (`DatasetFigures.poolCounts(_:)`).
    public func poolCounts() throws(DatasetError) -> (mapped: Int, unmapped: Int, superseded: Int) {
        try read { db in try DatasetFigures.poolCounts(db) }
    }

    /// The one-line summary of every provision of the catalogue the dataset was built with (`provisions.summary`),
    /// by Code version and provision.
    ///
    /// ```swift
    /// let summaries = try dataset.provisionSummaries()
    /// summaries[.v2024]?[ProvisionID("6.10")!] // "..."
    /// ```
    public func provisionSummaries() throws(DatasetError) -> [CodeVersion: [ProvisionID: String]] {
        try read { db in
            var out: [CodeVersion: [ProvisionID: String]] = [:]
            for r in try ProvisionSummaryRecord.fetchStored(db) {
                out[r.codeVersion, default: [:]][r.provision] = r.summary
            }
            return out
        }
    }

    /// Every landlord, by id.
    public func landlords() throws(DatasetError) -> [LandlordRecord] {
        try read { db in try LandlordRecord.fetchStored(db, orderBy: "id") }
    }

    /// The Code versions a landlord has a score on, oldest first.
    public func versions(of landlordID: String) throws(DatasetError) -> [CodeVersion] {
        try read { db in try DatasetFigures.versions(of: landlordID, db) }
    }

    /// One landlord against the sector on one version, or nil when it has no score there.
    public func benchmark(landlordID: String, version: CodeVersion) throws(DatasetError) -> Benchmark? {
        try read { db in try DatasetFigures.benchmark(landlordID, version: version, db) }
    }

    /// Stored common non-compliance with each provision's stored rank in its Code version
    /// (`DatasetFigures.rankedNonCompliance(_:version:adjusted:minLandlords:)`).
    public func rankedNonCompliance(version: CodeVersion? = nil, adjusted: Bool, minLandlords: Int = 1,
                                    top: Int? = nil) throws(DatasetError) -> [(rank: Int, entry: NonComplianceEntry)] {
        try read { db in
            try DatasetFigures.rankedNonCompliance(db, version: version, adjusted: adjusted, minLandlords: minLandlords, top: top)
        }
    }

    /// Stored common non-compliance ranked, with each listed landlord's own words
    /// (`DatasetFigures.rankedGaps(_:version:adjusted:minLandlords:top:)`): what `chc gaps` prints.
    public func rankedGaps(version: CodeVersion? = nil, adjusted: Bool, minLandlords: Int = 1,
                           top: Int? = nil) throws(DatasetError) -> [RankedGap] {
        try read { db in
            try DatasetFigures.rankedGaps(db, version: version, adjusted: adjusted, minLandlords: minLandlords, top: top)
        }
    }

    /// Stored common non-compliance (`DatasetFigures.commonNonCompliance(_:version:adjusted:minLandlords:)`).
    public func commonNonCompliance(version: CodeVersion? = nil, adjusted: Bool, minLandlords: Int = 1) throws(DatasetError) -> [NonComplianceEntry] {
        try read { db in try DatasetFigures.commonNonCompliance(db, version: version, adjusted: adjusted, minLandlords: minLandlords) }
    }

    /// The not-fully-compliant landlords' own words (`DatasetFigures.landlordWords(_:adjusted:)`).
    public func landlordWords(adjusted: Bool) throws(DatasetError) -> [LandlordWords] {
        try read { db in try DatasetFigures.landlordWords(db, adjusted: adjusted) }
    }

    /// The words of the landlords of `entries` only (`DatasetFigures.landlordWords(_:adjusted:of:)`).
    public func landlordWords(adjusted: Bool, of entries: [NonComplianceEntry]) throws(DatasetError) -> [LandlordWords] {
        try read { db in try DatasetFigures.landlordWords(db, adjusted: adjusted, of: entries) }
    }

    /// Signals, optionally of one kind and one landlord (by id), by landlord name, version and provision order.
    public func signals(kind: String? = nil, landlordID: String? = nil) throws(DatasetError) -> [SignalEntry] {
        try read { db in
            try SignalEntry.fetchJoined(db, sql: SignalEntry.sql(kind: kind != nil, landlord: landlordID != nil),
                                        arguments: StatementArguments([kind, landlordID].compactMap { $0 }))
        }
    }

    /// Actions, optionally only the overdue ones and of one landlord (by id). (The overdue filter runs after every
    /// row was decoded, so a damaged `overdue` value is reported rather than silently left out.)
    public func actions(overdueOnly: Bool = false, landlordID: String? = nil) throws(DatasetError) -> [ActionEntry] {
        try read { db in
            try ActionEntry.fetchJoined(db, sql: ActionEntry.sql(landlord: landlordID != nil),
                                        arguments: StatementArguments([landlordID].compactMap { $0 }))
                .filter { !overdueOnly || $0.overdue == true }
        }
    }

    /// Throws `not a chc dataset (no build_info table)` for an SQLite file chc did not write.
    static func requireChcDataset(_ db: Database) throws {
        guard try db.tableExists("build_info") else {
            throw DatasetError(.notChcDataset, message: "not a chc dataset (no build_info table)", hint: DatasetReader.notChcHint)
        }
    }
}
